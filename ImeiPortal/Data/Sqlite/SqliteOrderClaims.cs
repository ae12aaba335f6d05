using ImeiPortal.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>One writer per file: the due orders are this instance's, no lease is written.</summary>
internal sealed class SqliteOrderClaims : IOrderClaims
{
    public async Task<IReadOnlyList<long>> ClaimDueAsync(PortalDbContext db, DateTime now, DateTime leaseUntil, int max, CancellationToken cancellationToken) =>
        await db.Orders.Where(o => o.State == OrderState.Pending && o.DueAt <= now)
            .OrderBy(o => o.DueAt).ThenBy(o => o.Id).Select(o => o.Id).Take(max).ToListAsync(cancellationToken);
}
