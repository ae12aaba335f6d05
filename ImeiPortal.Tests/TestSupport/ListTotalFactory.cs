using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The portal with its list totals exact only up to <see cref="ExactUpTo"/> matches on PostgreSQL (100,000 in
/// production), so a few hundred SIMs are a list past the cap. On SQLite the portal's own counter stays.
/// </summary>
public sealed class ListTotalFactory : PortalFactory
{
    public const int ExactUpTo = 50;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (TestDatabase.IsPostgreSql)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IListCounts>(new PostgreSqlListCounts(ExactUpTo))));
        }
    }

    /// <summary>
    /// Stores <paramref name="count"/> active SIMs of <paramref name="partnerId"/> on <paramref name="network"/> in one
    /// save, then (<paramref name="analyze"/>) refreshes the planner's statistics; without, the planner knows nothing of them.
    /// </summary>
    public Task AddSimsAsync(int partnerId, string network, int count, bool analyze = true) => WithDbAsync(async db =>
    {
        if (TestDatabase.IsPostgreSql && !analyze)
        {
            // Autovacuum would ANALYZE after this many new rows, at a moment of its own choosing.
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Sims\" SET (autovacuum_enabled = false)");
        }

        var since = DateTime.UtcNow.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            var sim = new Sim(Iccid.Parse(EngineData.NewIccid()), partnerId, since, network: network);
            sim.Activate(enableImeiLock: false);
            db.Sims.Add(sim);
        }

        await db.SaveChangesAsync();
        if (TestDatabase.IsPostgreSql && analyze)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Sims\"");
        }

        return count;
    });

    public static string NewNetwork() => "net-" + Guid.NewGuid().ToString("N")[..10];
}
