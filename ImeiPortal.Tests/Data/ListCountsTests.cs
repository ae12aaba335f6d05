using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// A list's total is exact up to the cap on every provider; beyond it PostgreSQL answers its planner's estimate (never
/// below what the capped count proved) and SQLite still counts.
/// </summary>
public sealed class ListCountsTests(ListTotalFactory factory) : TenantTests<ListTotalFactory>(factory)
{
    private Task<ListTotal> CountAsync(IListCounts counts, string network) =>
        Factory.WithDbAsync(db => counts.CountAsync(db, db.Sims.Where(s => s.Network == network), CancellationToken.None));

    private IListCounts Registered => Factory.Services.GetRequiredService<IListCounts>();

    [Fact]
    public async Task CountAsync_MatchesWithinTheCap_AreCountedExactly()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 10);

        Assert.Equal(new ListTotal(10, IsEstimate: false), await CountAsync(Registered, network));
    }

    [Fact]
    public async Task CountAsync_NoMatch_IsAnExactZero()
    {
        Assert.Equal(new ListTotal(0, IsEstimate: false), await CountAsync(Registered, ListTotalFactory.NewNetwork()));
    }

    [SqliteOnlyFact("SQLite has no planner estimate: every total is counted")]
    public async Task CountAsync_SqliteBeyondTheCap_CountsExactly()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);

        Assert.Equal(new ListTotal(200, IsEstimate: false), await CountAsync(Registered, network));
    }

    [PostgreSqlOnlyFact]
    public async Task CountAsync_PostgreSqlBeyondTheCap_AnswersThePlannersEstimate()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);

        var total = await CountAsync(new PostgreSqlListCounts(ListTotalFactory.ExactUpTo), network);

        Assert.True(total.IsEstimate);
        // Well above the floor of cap + 1: the number is the planner's (about 200 after ANALYZE), not the capped count's.
        Assert.InRange(total.Total, 2 * ListTotalFactory.ExactUpTo, 1_000);
    }

    [PostgreSqlOnlyFact]
    public async Task CountAsync_PostgreSqlPlannerExpectsMoreThanTheCap_AnswersItsEstimateWithoutCounting()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);
        // Most of them gone since the last ANALYZE (and no autovacuum to notice): a count would find 50, within the cap.
        await Factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Sims\" SET (autovacuum_enabled = false)");
            // As SQL: EF has no ExecuteDelete for an entity split over two tables, as a SIM is on PostgreSQL.
            return await db.Database.ExecuteSqlAsync(
                $"""DELETE FROM "Sims" WHERE "Id" IN (SELECT "Id" FROM "Sims" WHERE "Network" = {network} ORDER BY "Id" LIMIT 150)""");
        });

        var total = await CountAsync(new PostgreSqlListCounts(ListTotalFactory.ExactUpTo), network);

        // The planner's 200 or so, not the 50 a count would have found: far beyond the cap, no count is run at all.
        Assert.True(total.IsEstimate);
        Assert.InRange(total.Total, 2 * ListTotalFactory.ExactUpTo, 1_000);
    }

    [PostgreSqlOnlyFact]
    public async Task CountAsync_PostgreSqlStatisticsOlderThanTheRows_NeverAnswersBelowTheCappedCount()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 10);
        // Rows stored after the last ANALYZE: the planner's statistics know only the first ten.
        var late = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, late, 80, analyze: false);

        var total = await CountAsync(new PostgreSqlListCounts(ListTotalFactory.ExactUpTo), late);

        Assert.Equal(new ListTotal(ListTotalFactory.ExactUpTo + 1, IsEstimate: true), total);
    }

    [PostgreSqlOnlyFact]
    public void Registered_PostgreSql_IsThePlannerEstimatingCounter()
    {
        using var portal = new PortalFactory();
        Assert.IsType<PostgreSqlListCounts>(portal.Services.GetRequiredService<IListCounts>());
    }
}
