using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Data;

/// <summary>
/// The network feed's bulk writes, one call per batch, inside the batch's open transaction: the rows nobody journals
/// (detections, and SIMs whose only change is "last seen"), which EF's per-row change tracking would cost far more
/// than the rows themselves at 10,000 items a call. Business changes still go through EF, so the journal sees them.
/// Each provider writes them its fastest way (SQLite: one prepared statement stepped per row; a server database: one
/// round trip per batch). The contract sits in Data because provider folders do not reference Features.
/// </summary>
public interface IDetectionStore
{
    /// <summary>
    /// Opens the batch's connection with whatever a batch's worth of writes needs (SQLite: a page cache large enough
    /// for the whole batch). Disposing gives it back before the connection returns to the pool.
    /// </summary>
    Task<IAsyncDisposable> OpenBatchAsync(PortalDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <see cref="DetectionWrites.LastSeen"/> (each with the optimistic version check), then inserts
    /// <see cref="DetectionWrites.Detections"/> with the ids they carry and <see cref="DetectionWrites.StatusChanges"/>,
    /// in <paramref name="db"/>'s current transaction.
    /// </summary>
    /// <exception cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException">Another writer changed one of the SIMs meanwhile.</exception>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    Task WriteAsync(PortalDbContext db, DetectionWrites writes, CancellationToken cancellationToken);
}

/// <summary>What one feed batch writes past EF.</summary>
/// <param name="LastSeen">SIMs whose only change is "last seen" and the head of their detection history.</param>
/// <param name="Detections">Every accepted detection of the batch, ids assigned.</param>
/// <param name="StatusChanges">
/// The IMEI status history the batch's detections made (the SIMs' own changes go through EF and the journal): history
/// rows, like the detections, that cost EF a tracked insert each (a tenth of a repeat batch's SIMs lock when first seen).
/// </param>
public sealed record DetectionWrites(IReadOnlyList<LastSeenRow> LastSeen, IReadOnlyList<Detection> Detections, IReadOnlyList<ImeiStatusChange> StatusChanges);

/// <summary>A SIM's last-seen change and new history head, and the version it had when read (the optimistic check).</summary>
public readonly record struct LastSeenRow(long Id, int OriginalVersion, DateTime? LastSeenAt, DateTime? LastObservedAt, int Version, long LastDetectionId);
