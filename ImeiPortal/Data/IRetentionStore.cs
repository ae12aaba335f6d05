namespace ImeiPortal.Data;

/// <summary>
/// Removes history past its retention: detections, usage records, notifications (with their deliveries) and journal
/// rows. Each provider removes them its own way (SQLite: bounded DELETEs in id order, so the feed is never held up long;
/// PostgreSQL: whole monthly partitions). The contract sits in Data because provider folders do not reference Features.
/// </summary>
/// <remarks>
/// What is never removed: a SIM's current state (only the history tables are touched), a notification with a delivery
/// still pending (its outbox entry would be lost), a row at or after its cutoff, and the detection with the highest id
/// (the feed numbers detections from the highest stored id, so removing it would hand out ids that SIMs' history chains
/// still point to).
/// </remarks>
public interface IRetentionStore
{
    /// <summary>
    /// One round: removes what is older than each cutoff. Returns null without removing anything when another instance
    /// runs a round at this moment (several instances on one database run one round at a time).
    /// </summary>
    Task<RetentionRound?> RemoveExpiredAsync(PortalDbContext db, RetentionCutoffs cutoffs, DateTime now, CancellationToken cancellationToken);
}

/// <summary>Rows older than these times (UTC) are past their retention.</summary>
/// <param name="Detections">by the network's <c>ObservedAt</c></param>
/// <param name="Usage">by the usage period's <c>Start</c></param>
/// <param name="Notifications">by <c>CreatedAt</c></param>
/// <param name="Journal">by the entry's <c>At</c></param>
public sealed record RetentionCutoffs(DateTime Detections, DateTime Usage, DateTime Notifications, DateTime Journal);

/// <summary>What a round did.</summary>
/// <param name="RowsDeleted">rows removed by DELETE, per table (SQLite: all; PostgreSQL: what lay outside whole partitions)</param>
/// <param name="PartitionsDropped">monthly partitions dropped whole (PostgreSQL)</param>
/// <param name="PartitionsCreated">monthly partitions created ahead (PostgreSQL)</param>
public sealed record RetentionRound(IReadOnlyDictionary<string, long> RowsDeleted, IReadOnlyList<string> PartitionsDropped, IReadOnlyList<string> PartitionsCreated)
{
    public long TotalRowsDeleted => RowsDeleted.Values.Sum();
}
