using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>PostgreSQL's order claims: an order held by one instance is not another's until its lease runs out.</summary>
public sealed class OrderClaimsTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _store = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N")));

    [PostgreSqlOnlyFact]
    public async Task ClaimDue_OrderHeldByAnotherInstance_IsSkippedUntilItsLeaseRunsOut()
    {
        var ids = await SeedOrdersAsync(3);
        var first = new PostgreSqlOrderClaims(new PortalInstance());
        var second = new PostgreSqlOrderClaims(new PortalInstance());
        await using var db = _store.OpenContext();

        var claimedByFirst = await first.ClaimDueAsync(db, Now, Now.AddSeconds(60), 2, default);
        var claimedBySecond = await second.ClaimDueAsync(db, Now.AddSeconds(1), Now.AddSeconds(61), 10, default);
        // The first instance crashed: nobody renews its lease, so after it ends the second takes its orders over (beside
        // its own, which are its own anyway).
        var takenOver = await second.ClaimDueAsync(db, Now.AddSeconds(60), Now.AddSeconds(120), 10, default);

        Assert.Equal(ids[..2], claimedByFirst);
        Assert.Equal(ids[2..], claimedBySecond);
        Assert.Equal(ids, takenOver);
    }

    /// <summary>A round that could not decide its orders leaves them to the instance's next round, not to the lease's end.</summary>
    [PostgreSqlOnlyFact]
    public async Task ClaimDue_OrdersOfItsOwnLease_AreClaimedAgainByTheSameInstance()
    {
        var ids = await SeedOrdersAsync(2);
        var instance = new PostgreSqlOrderClaims(new PortalInstance());
        await using var db = _store.OpenContext();

        var first = await instance.ClaimDueAsync(db, Now, Now.AddSeconds(60), 10, default);
        var again = await instance.ClaimDueAsync(db, Now.AddSeconds(1), Now.AddSeconds(61), 10, default);

        Assert.Equal(ids, first);
        Assert.Equal(ids, again);
    }

    [PostgreSqlOnlyFact]
    public async Task ClaimDue_RowsLockedByAConcurrentClaim_AreSkippedWithoutWaiting()
    {
        var ids = await SeedOrdersAsync(2);
        await using var holder = _store.OpenContext();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        await holder.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Orders" WHERE "Id" = {ids[0]} FOR UPDATE""");
        await using var other = _store.OpenContext();

        var claimed = await new PostgreSqlOrderClaims(new PortalInstance()).ClaimDueAsync(other, Now, Now.AddSeconds(60), 10, default)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ids[1..], claimed);
    }

    public void Dispose() => _store.Dispose();

    private async Task<long[]> SeedOrdersAsync(int count)
    {
        await using var db = _store.OpenContext();
        await db.Database.MigrateAsync();
        var partner = new Partner("Claims", Now);
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        var orders = new List<Order>();
        for (var i = 0; i < count; i++)
        {
            var sim = new Sim(ImeiPortal.Domain.Identifiers.Iccid.Parse(EngineData.NewIccid()), partner.Id, Now);
            db.Sims.Add(sim);
            await db.SaveChangesAsync();
            orders.Add(new Order(sim, OrderType.Activate, Now, Now.AddSeconds(-count + i), "test"));
        }

        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
        return [.. orders.Select(o => o.Id)];
    }
}
