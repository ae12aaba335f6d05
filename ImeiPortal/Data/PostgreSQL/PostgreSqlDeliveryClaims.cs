using ImeiPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>As <see cref="PostgreSqlOrderClaims"/>, for the outbox: each due delivery is sent by one instance at a time.</summary>
internal sealed class PostgreSqlDeliveryClaims(PortalInstance instance) : IDeliveryClaims
{
    public async Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<Claimed>($"""
            UPDATE "NotificationDeliveries" SET "LeaseOwner" = {instance.Id}, "LeaseUntil" = {leaseUntil}
            WHERE "Id" IN (
                SELECT "Id" FROM "NotificationDeliveries"
                WHERE "State" = {(int)DeliveryState.Pending} AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {now} OR "LeaseOwner" = {instance.Id})
                ORDER BY "NextAttemptAt", "Id" LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id", "NextAttemptAt"
            """).ToListAsync(cancellationToken);
        return [.. claimed.OrderBy(c => c.NextAttemptAt).ThenBy(c => c.Id).Select(c => c.Id)];
    }

    private sealed record Claimed(long Id, DateTime? NextAttemptAt);
}
