using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// The PostgreSQL migration that moves a SIM's "last seen" into a table of its own keeps every SIM's value (seen or
/// never), leaves no SIM without its row (the two tables are joined), and leaves room on the SIMs' pages.
/// </summary>
public sealed class SimLastSeenMigrationTests : IDisposable
{
    private const string Before = "20261202060958_SimIdentifiersOrdinal";

    private static readonly DateTime Seen = new(2026, 11, 20, 8, 30, 15, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database;

    public SimLastSeenMigrationTests() => _database = TestDatabase.Create(_folder);

    [PostgreSqlOnlyFact]
    public async Task Migrate_SimsMadeBefore_KeepTheirLastSeen()
    {
        await using (var db = _database.OpenContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Name", "CreatedAt", "TwoFactorRequired") VALUES ('Old data', {Seen}, false)""");
            // One SIM seen, one never seen: both must come through.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Sims" ("Iccid", "PartnerId", "Status", "ImeiStatus", "ImeiLastSeenAt", "TacChanged", "FrequentImeiChanges", "RecentImeiChanges", "BarredByImeiLock", "CreatedAt", "Version", "AllowedImeis", "LockScope", "RiskReasons")
                SELECT '894450000000000000' || n, "Id", 1, 2, CASE WHEN n = 1 THEN {Seen} END, false, false, '', false, {Seen}, 3, '', 0, '' FROM "Partners", generate_series(1, 2) AS n
                """);
        }

        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = _database.OpenContext())
        {
            var sims = await db.Sims.AsNoTracking().OrderBy(s => s.Iccid).Select(s => new { s.Iccid, s.ImeiLastSeenAt, s.Version }).ToListAsync();
            Assert.Equal([("8944500000000000001", (DateTime?)Seen, 3), ("8944500000000000002", null, 3)], sims.Select(s => (s.Iccid, s.ImeiLastSeenAt, s.Version)));
        }

        Assert.Equal(0, await _database.ScalarAsync<long>("""SELECT count(*) FROM "Sims" s WHERE NOT EXISTS (SELECT 1 FROM "SimLastSeen" l WHERE l."Id" = s."Id")"""));
        Assert.Equal("fillfactor=90", await _database.ScalarAsync<string>("""SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = '"Sims"'::regclass"""));
        Assert.Equal(0, await _database.ScalarAsync<long>("""SELECT count(*) FROM information_schema.columns WHERE table_name = 'Sims' AND column_name = 'ImeiLastSeenAt'"""));
    }

    [PostgreSqlOnlyFact]
    public async Task MigrateDown_LastSeenGoesBackIntoTheSimsTable()
    {
        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Name", "CreatedAt", "TwoFactorRequired") VALUES ('New data', {Seen}, false)""");
        }

        var iccid = EngineData.NewIccid();
        await using (var db = _database.OpenContext())
        {
            var partner = await db.Partners.SingleAsync();
            var sim = new Sim(Iccid.Parse(iccid), partner.Id, Seen);
            db.Sims.Add(sim);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"""UPDATE "SimLastSeen" SET "ImeiLastSeenAt" = {Seen}""");
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }

        Assert.Equal(Seen, await _database.ScalarAsync<DateTime>($"""SELECT "ImeiLastSeenAt" FROM "Sims" WHERE "Iccid" = '{iccid}'"""));
        Assert.Equal(0, await _database.ScalarAsync<long>("""SELECT count(*) FROM pg_class WHERE relname = 'SimLastSeen'"""));
    }

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
