using ImeiPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>
/// Retention on SQLite: DELETEs of at most <see cref="ChunkSize"/> rows each, walking every table in id order, each
/// chunk its own short write, so the feed's next batch never waits behind a long DELETE. One writer per file: a round
/// needs no lock between instances.
/// </summary>
/// <remarks>
/// The tables keep no index on their retention time (detections: one per row of the feed's hot path), but ids follow
/// the time a row was stored: the walk stops at the first chunk stored after the cutoff, so a round reads what it
/// removes and one chunk more, not the whole table. A row stored long after its own time (a detection reported more than
/// a retention late) is removed by a later round, once the cutoff has passed the time it was stored.
/// </remarks>
internal sealed class SqliteRetentionStore : IRetentionStore
{
    public const int ChunkSize = 5_000;

    public async Task<RetentionRound?> RemoveExpiredAsync(PortalDbContext db, RetentionCutoffs cutoffs, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var deleted = new Dictionary<string, long>(StringComparer.Ordinal);

        var detections = cutoffs.Detections;
        var newest = await db.Detections.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0;
        deleted[nameof(PortalDbContext.Detections)] = await WalkAsync(
            detections,
            after => db.Detections.Where(d => d.Id > after).OrderBy(d => d.Id).Select(d => new Boundary(d.Id, d.ReceivedAt)),
            (after, upTo) => db.Detections.Where(d => d.Id > after && d.Id <= upTo && d.Id < newest && d.ObservedAt < detections)
                .ExecuteDeleteAsync(cancellationToken),
            cancellationToken);

        var usage = cutoffs.Usage;
        deleted[nameof(PortalDbContext.UsageRecords)] = await WalkAsync(
            usage,
            after => db.UsageRecords.Where(u => u.Id > after).OrderBy(u => u.Id).Select(u => new Boundary(u.Id, u.ReceivedAt)),
            (after, upTo) => db.UsageRecords.Where(u => u.Id > after && u.Id <= upTo && u.Start < usage).ExecuteDeleteAsync(cancellationToken),
            cancellationToken);

        var notifications = cutoffs.Notifications;
        deleted[nameof(PortalDbContext.Notifications)] = await WalkAsync(
            notifications,
            after => db.Notifications.Where(n => n.Id > after).OrderBy(n => n.Id).Select(n => new Boundary(n.Id, n.CreatedAt)),
            (after, upTo) => RemoveNotificationsAsync(db, after, upTo, notifications, cancellationToken),
            cancellationToken);

        var journal = cutoffs.Journal;
        deleted[nameof(PortalDbContext.Journal)] = await WalkAsync(
            journal,
            after => db.Journal.Where(j => j.Id > after).OrderBy(j => j.Id).Select(j => new Boundary(j.Id, j.At)),
            (after, upTo) => db.Journal.Where(j => j.Id > after && j.Id <= upTo && j.At < journal).ExecuteDeleteAsync(cancellationToken),
            cancellationToken);

        return new RetentionRound(deleted, [], []);
    }

    /// <summary>
    /// Removes the chunk's expired notifications and their deliveries together. One with a delivery still pending (or
    /// being sent) stays: its outbox entry is work not yet done.
    /// </summary>
    private static async Task<int> RemoveNotificationsAsync(PortalDbContext db, long after, long upTo, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = db.Notifications
            .Where(n => n.Id > after && n.Id <= upTo && n.CreatedAt < cutoff && !n.Deliveries.Any(d => d.State == DeliveryState.Pending))
            .Select(n => n.Id);
        await db.NotificationDeliveries.Where(d => expired.Contains(d.NotificationId)).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.Notifications.Where(n => expired.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>
    /// Deletes chunk after chunk from the lowest id: <paramref name="rowsAfter"/> lists the rows after an id in id order
    /// with the time each was stored, <paramref name="deleteRange"/> deletes the expired rows of an id range.
    /// </summary>
    private static async Task<long> WalkAsync(
        DateTime cutoff, Func<long, IQueryable<Boundary>> rowsAfter, Func<long, long, Task<int>> deleteRange, CancellationToken cancellationToken)
    {
        var total = 0L;
        var after = long.MinValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            // The chunk's last row: null when fewer than a chunk remain, so this chunk is the last.
            var last = await rowsAfter(after).Skip(ChunkSize - 1).FirstOrDefaultAsync(cancellationToken);
            total += await deleteRange(after, last?.Id ?? long.MaxValue);
            if (last is null || last.StoredAt >= cutoff)
            {
                break;
            }

            after = last.Id;
        }

        return total;
    }

    private sealed record Boundary(long Id, DateTime StoredAt);
}
