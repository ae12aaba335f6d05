using ImeiPortal.Data;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// A database from before IMSI and MSISDN were unique may hold one on several SIMs: the migration still creates the unique
/// indexes, every SIM stays, the first SIM keeps the number and each clear is journaled with the number it removed.
/// </summary>
public sealed class UniqueSimNumbersMigrationTests : IDisposable
{
    private const string Reason = "the duplicate clean-up runs before a SQLite migration only; PostgreSQL databases start from its Baseline";

    private const string Before = "20261201151537_DataProtectionKeys";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"imeiportal-unique-numbers-{Guid.NewGuid():N}.db");

    [SqliteOnlyFact(Reason)]
    public async Task Migrate_DuplicateImsiAndMsisdn_KeepsEverySimAndJournalsWhatItCleared()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // Old rows are written as SQL: today's model may have columns the old tables lack.
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Id", "Name", "CreatedAt") VALUES (1, 'Old data', '2026-11-30 09:00:00')""");
            foreach (var (n, imsi, msisdn) in new (int, string?, string?)[]
            {
                (1, "001010000000001", "447900000001"), (2, "001010000000001", "447900000002"), (3, "001010000000003", "447900000002"), (4, null, null), (5, null, null),
            })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Sims" ("Iccid", "Imsi", "Msisdn", "PartnerId", "Status", "ImeiStatus", "TacChanged", "FrequentImeiChanges", "RecentImeiChanges", "BarredByImeiLock", "CreatedAt", "Version")
                    VALUES ({Iccid(n)}, {imsi}, {msisdn}, 1, 0, 0, 0, 0, '', 0, '2026-11-30 09:00:00', 0)
                    """);
            }
        }

        IReadOnlyList<ClearedSimNumber> cleared;
        await using (var db = Context())
        {
            cleared = await DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, NullLogger.Instance, CancellationToken.None);
            await db.Database.MigrateAsync();
        }

        Assert.Equal(
            [new ClearedSimNumber("Imsi", "001010000000001", Iccid(1), Iccid(2)), new ClearedSimNumber("Msisdn", "447900000002", Iccid(2), Iccid(3))],
            cleared);
        await using (var db = Context())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var sims = await db.Sims.AsNoTracking().OrderBy(s => s.Iccid).Select(s => new { s.Imsi, s.Msisdn }).ToListAsync();
            Assert.Equal(5, sims.Count);
            Assert.Equal(["001010000000001", null, "001010000000003", null, null], sims.Select(s => s.Imsi));
            Assert.Equal(["447900000001", "447900000002", null, null, null], sims.Select(s => s.Msisdn));
            var journal = await db.Journal.AsNoTracking().Where(j => j.Action == DuplicateSimNumbers.Action).OrderBy(j => j.Id).ToListAsync();
            Assert.Equal(2, journal.Count);
            Assert.Contains("001010000000001", journal[0].Before, StringComparison.Ordinal);
            Assert.Contains("447900000002", journal[1].Before, StringComparison.Ordinal);
            Assert.All(journal, j => Assert.Equal(DuplicateSimNumbers.Actor, j.UserId));
        }

        Assert.Equal(MigrationSchemaTests.Schema(db => db.Database.EnsureCreated()), Schema());
        await using (var db = Context())
        {
            // Once the unique indexes exist there is nothing left to clear.
            Assert.Empty(await DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, NullLogger.Instance, CancellationToken.None));
        }
    }

    [SqliteOnlyFact(Reason)]
    public async Task ClearBeforeUniqueIndex_NewDatabase_ChangesNothing()
    {
        await using var db = Context();

        Assert.Empty(await DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, NullLogger.Instance, CancellationToken.None));
        await db.Database.MigrateAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private static string Iccid(int n)
    {
        var body = $"89440000000000000{n:D2}";
        return body + Luhn.CheckDigit(body);
    }

    private PortalDbContext Context() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={_path}").Options);

    private List<string> Schema()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        return MigrationSchemaTests.Describe(connection);
    }
}
