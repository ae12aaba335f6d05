using ImeiPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>One writer per file: the due deliveries are this instance's, no lease is written.</summary>
internal sealed class SqliteDeliveryClaims : IDeliveryClaims
{
    public async Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken) =>
        await db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
}
