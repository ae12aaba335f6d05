using ImeiPortal.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// Several instances on one database: one statement picks due orders nobody holds (no lease, or a lease that ran out,
/// as a crashed instance's does), skipping rows another instance is claiming at this moment (<c>SKIP LOCKED</c>, so
/// claims never wait on each other), and writes this instance's lease on them. Its own leases are its own again: a round
/// that could not decide an order (it lost the race for its SIM every time) leaves it to the next round, not to the
/// lease's end; within the instance one round runs at a time.
/// </summary>
internal sealed class PostgreSqlOrderClaims(PortalInstance instance) : IOrderClaims
{
    public async Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<Claimed>($"""
            UPDATE "Orders" SET "LeaseOwner" = {instance.Id}, "LeaseUntil" = {leaseUntil}
            WHERE "Id" IN (
                SELECT "Id" FROM "Orders"
                WHERE "State" = {(int)OrderState.Pending} AND "DueAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {now} OR "LeaseOwner" = {instance.Id})
                ORDER BY "DueAt", "Id" LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id", "DueAt"
            """).ToListAsync(cancellationToken);
        return [.. claimed.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Select(c => c.Id)];
    }

    private sealed record Claimed(long Id, DateTime DueAt);
}
