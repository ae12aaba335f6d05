using ImeiPortal.Domain.Journal;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// The PostgreSQL migration that partitions the history tables by month keeps every row of a database made before it:
/// the rows land in the partitions of their months, deliveries still name their notifications, new rows get new ids.
/// </summary>
public sealed class MonthlyPartitionsMigrationTests : IDisposable
{
    private const string Before = "20261201235222_BulkJobs";

    private static readonly DateTime Now = DateTime.UtcNow;
    private static readonly DateTime LastYear = new(Now.Year - 1, Now.Month, 15, 9, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database;

    public MonthlyPartitionsMigrationTests() => _database = TestDatabase.Create(_folder);

    [PostgreSqlOnlyFact]
    public async Task Migrate_RowsMadeBefore_AreKeptInMonthlyPartitions()
    {
        await using (var db = _database.OpenContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // Old rows are written as SQL: today's model has columns the old tables lack.
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Name", "CreatedAt", "TwoFactorRequired") VALUES ('Old data', {LastYear}, false)""");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Sims" ("Iccid", "PartnerId", "Status", "ImeiStatus", "TacChanged", "FrequentImeiChanges", "RecentImeiChanges", "BarredByImeiLock", "CreatedAt", "Version", "AllowedImeis", "LockScope", "RiskReasons")
                SELECT '8944500000000000001', "Id", 0, 0, false, false, '', false, {LastYear}, 0, '', 0, '' FROM "Partners"
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Detections" ("Id", "DetectionId", "SimId", "Iccid", "ObservedAt", "ReceivedAt", "Result")
                SELECT n, 'old-' || n, (SELECT "Id" FROM "Sims"), '8944500000000000001', {LastYear} + n * interval '20 days', {LastYear} + n * interval '20 days', 1
                FROM generate_series(1, 10) AS n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "UsageRecords" ("RecordId", "SimId", "Iccid", "Start", "End", "Bytes", "ReceivedAt")
                SELECT 'old-' || n, (SELECT "Id" FROM "Sims"), '8944500000000000001', {LastYear} + n * interval '31 days', {LastYear} + n * interval '31 days', 100, {LastYear}
                FROM generate_series(1, 5) AS n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Notifications" ("AlarmId", "PartnerId", "Iccid", "CreatedAt", "Kind", "Message", "TacChanged", "RiskReasons")
                SELECT 1, (SELECT "Id" FROM "Partners"), '8944500000000000001', {LastYear} + n * interval '40 days', 0, 'old ' || n, false, ''
                FROM generate_series(1, 3) AS n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "NotificationDeliveries" ("NotificationId", "Channel", "Target", "State", "Attempts", "NextAttemptAt")
                SELECT "Id", 2, 'https://example.test/hook', 0, 0, "CreatedAt" FROM "Notifications"
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Journal" ("At", "Action", "Entity") SELECT {LastYear} + n * interval '1 day', 'Old', 'Test' FROM generate_series(1, 100) AS n
                """);
        }

        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = _database.OpenContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(10, await db.Detections.CountAsync(d => d.DetectionId!.StartsWith("old-")));
            Assert.Equal(5, await db.UsageRecords.CountAsync());
            Assert.Equal(100, await db.Journal.CountAsync(j => j.Action == "Old"));
            var notifications = await db.Notifications.AsNoTracking().Include(n => n.Deliveries).ToListAsync();
            Assert.Equal(3, notifications.Count);
            Assert.All(notifications, n => Assert.Single(n.Deliveries));

            // The identity goes on after the copied rows.
            var entry = new JournalEntry(Now, null, null, "New", "Test", null, null, null, null, null);
            db.Journal.Add(entry);
            await db.SaveChangesAsync();
            Assert.True(entry.Id > await db.Journal.Where(j => j.Action == "Old").MaxAsync(j => j.Id));
        }

        foreach (var table in new[] { "Detections", "UsageRecords", "Notifications", "Journal" })
        {
            Assert.Equal('p', await _database.ScalarAsync<char>($"SELECT relkind FROM pg_class WHERE oid = '\"{table}\"'::regclass"));
            Assert.Equal(1, await _database.ScalarAsync<long>($"SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '\"{table}\"'::regclass AND c.relname = '{table}_default'"));
            Assert.Equal(0, await _database.ScalarAsync<long>($"SELECT count(*) FROM \"{table}_default\""));
        }

        // Every month the old rows span has its partition, each row in its own.
        Assert.Equal(1, await _database.ScalarAsync<long>($"SELECT count(*) FROM \"Journal_{LastYear:yyyyMM}\" WHERE \"At\" = '{LastYear.AddDays(1):yyyy-MM-dd HH:mm:ss}+00'"));
        Assert.Equal(1, await _database.ScalarAsync<long>($"SELECT count(*) FROM \"Detections_{LastYear.AddDays(20):yyyyMM}\" WHERE \"DetectionId\" = 'old-1'"));
    }

    [PostgreSqlOnlyFact]
    public async Task MigrateDown_PartitionedTables_AreMadePlainAgainWithTheirRows()
    {
        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
            db.Journal.Add(new JournalEntry(LastYear, null, null, "Kept", "Test", null, null, null, null, null));
            await db.SaveChangesAsync();
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }

        Assert.Equal('r', await _database.ScalarAsync<char>("SELECT relkind FROM pg_class WHERE oid = '\"Journal\"'::regclass"));
        Assert.Equal(1, await _database.ScalarAsync<long>("SELECT count(*) FROM \"Journal\" WHERE \"Action\" = 'Kept'"));
        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal('p', await _database.ScalarAsync<char>("SELECT relkind FROM pg_class WHERE oid = '\"Journal\"'::regclass"));
        Assert.Equal(1, await _database.ScalarAsync<long>("SELECT count(*) FROM \"Journal\" WHERE \"Action\" = 'Kept'"));
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
