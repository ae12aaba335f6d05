using ImeiPortal.Data;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// A database made by the portal of 2026-11-29 (hand-written migrations; the fixture is its dump, with demo rows)
/// starts on the generated baseline without losing a row and ends with the model's schema.
/// </summary>
public sealed class BaselineMigrationTests : IDisposable
{
    private const string Reason = "databases made by the hand-written migrations of 2026-11 exist only as SQLite files";

    private const string Fixture = "Data/Fixtures/schema-2026-11-29-with-rows.sql";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"imeiportal-baseline-{Guid.NewGuid():N}.db");

    [SqliteOnlyFact(Reason)]
    public async Task AdoptBaseline_DatabaseOfTheHandWrittenMigrations_KeepsEveryRowAndReachesTheModel()
    {
        Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Fixture)));
        var before = RowCounts();
        Assert.True(before["Sims"] > 0 && before["Journal"] > 0 && before["Detections"] > 0);

        await using (var db = Context())
        {
            await HandWrittenMigrationHistory.AdoptBaselineAsync(db, CancellationToken.None);
            await db.Database.MigrateAsync();
        }

        var after = RowCounts();
        Assert.Equal(before, after.Where(t => before.ContainsKey(t.Key)).ToDictionary());
        // Tables of later migrations start empty.
        Assert.All(after.Where(t => !before.ContainsKey(t.Key)), t => Assert.Equal(0, t.Value));
        await using (var db = Context())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            // The model reads the old rows: every SIM, with its IMEI fields, through EF.
            Assert.Equal(before["Sims"], (await db.Sims.AsNoTracking().ToListAsync()).Count);
        }

        Assert.Equal(MigrationSchemaTests.Schema(db => db.Database.EnsureCreated()), SchemaOf(_path));
    }

    [SqliteOnlyFact(Reason)]
    public async Task AdoptBaseline_DatabaseOlderThanTheLastHandWrittenMigration_RefusesToStart()
    {
        Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Fixture)));
        Execute("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129230000_DetectionHistoryChain'""");

        await using var db = Context();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => HandWrittenMigrationHistory.AdoptBaselineAsync(db, CancellationToken.None));

        Assert.Contains("20261129230000_DetectionHistoryChain", refused.Message, StringComparison.Ordinal);
    }

    [SqliteOnlyFact(Reason)]
    public async Task AdoptBaseline_NewDatabase_ChangesNothing()
    {
        await using var db = Context();
        await HandWrittenMigrationHistory.AdoptBaselineAsync(db, CancellationToken.None);
        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private PortalDbContext Context() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={_path}").Options);

    private void Load(string sql) => Execute(sql);

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Dictionary<string, long> RowCounts()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'");
        return tables.ToDictionary(t => t, t => long.Parse(Query(connection, $"SELECT COUNT(*) FROM \"{t}\"")[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> SchemaOf(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return MigrationSchemaTests.Describe(connection);
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
