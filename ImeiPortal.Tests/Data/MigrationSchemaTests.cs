using ImeiPortal.Data;
using System.Text.RegularExpressions;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tests.Data;

public class MigrationSchemaTests
{
    /// <summary>
    /// A model change without a matching generated migration (or a hand edit of one) makes the two schemas differ.
    /// </summary>
    [SqliteOnlyFact("compares SQLite's own schema text; PostgreSQL's schema is compared by Migrate_OnPostgreSql_BuildsTheSchemaOfTheModel")]
    public void Migrate_BuildsTheSchemaOfTheModel()
    {
        var migrated = Schema(db => db.Database.Migrate());
        var created = Schema(db => db.Database.EnsureCreated());

        Assert.NotEmpty(created);
        // The first definition that differs, whole: the collection diff cuts long CREATE TABLE lines.
        Assert.Equal(created.Except(migrated).FirstOrDefault(), migrated.Except(created).FirstOrDefault());
        Assert.Equal(created, migrated);
    }

    /// <summary>
    /// The same guard for each provider's own migration set, without a server: the set's snapshot is the model it was
    /// generated from, so a model change without a migration of that provider shows as pending changes.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public void Migrations_OfEachProvider_MatchTheModel(DatabaseProvider provider)
    {
        using PortalDbContext db = provider == DatabaseProvider.PostgreSQL
            ? new PostgreSqlPortalDbContext(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql("Host=localhost").Options)
            : new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes no migration of Data/Migrations/{provider} holds");
    }

    /// <summary>PostgreSQL's migration set, run on a real server, builds what the model creates: columns, keys, indexes.</summary>
    [PostgreSqlOnlyFact]
    public void Migrate_OnPostgreSql_BuildsTheSchemaOfTheModel()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N"));
        using var migrated = TestDatabase.Create(folder);
        using var created = TestDatabase.Create(folder);
        using (var db = migrated.OpenContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.OpenContext())
        {
            db.Database.EnsureCreated();
        }

        var expected = DescribePostgreSql(created.ConnectionString);
        Assert.Contains(expected, d => d.Contains("timestamp with time zone", StringComparison.Ordinal));
        Assert.Equal(expected, DescribePostgreSql(migrated.ConnectionString));
    }

    private static List<string> DescribePostgreSql(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // The monthly partitions of the history tables (migration MonthlyPartitions) are the store's, not the model's:
        // only the tables themselves are compared, and an index of a partitioned table reads "ON ONLY" where a plain
        // table's reads "ON".
        command.CommandText = """
            WITH partitions AS (SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relispartition)
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || is_identity
                || ' ' || coalesce(character_maximum_length::text, '') || ' '
                -- A NOT NULL column added to an existing table needs a literal default (ADD COLUMN ... DEFAULT 0); EF
                -- writes every column on insert, so such a default is no difference the app can see.
                || CASE WHEN column_default ~ '^(''[^'']*''(::[a-z ]+)?|-?[0-9]+|true|false)$' THEN '' ELSE coalesce(column_default, '') END
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '%EFMigrations%'
                AND table_name NOT IN (SELECT relname FROM partitions)
            UNION ALL
            SELECT 'index ' || replace(indexdef, ' ON ONLY ', ' ON ') FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '%EFMigrations%'
                AND tablename NOT IN (SELECT relname FROM partitions)
            UNION ALL
            SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = 'public' AND c.conrelid::regclass::text NOT LIKE '%EFMigrations%'
                AND NOT EXISTS (SELECT 1 FROM pg_class p WHERE p.oid = c.conrelid AND p.relispartition) AND c.conparentid = 0
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    internal static List<string> Schema(Action<PortalDbContext> build)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection)
            .Options;
        using (var db = new PortalDbContext(options))
        {
            build(db);
        }

        return Describe(connection);
    }

    /// <summary>Every table and index definition of the database, comparable across builders.</summary>
    internal static List<string> Describe(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name NOT LIKE '%EFMigrationsLock%' ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)} {Normalise(reader.IsDBNull(3) ? "" : reader.GetString(3))}");
        }

        return rows;
    }

    // Column order and whitespace may differ between the two builders; the set of definitions may not.
    private static string Normalise(string sql)
    {
        var open = sql.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !sql.StartsWith("CREATE TABLE", StringComparison.Ordinal))
        {
            return string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        var body = sql[(open + 1)..sql.LastIndexOf(')')];
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] == '(' ? 1 : body[i] == ')' ? -1 : 0;
            if (body[i] == ',' && depth == 0)
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }

        parts.Add(body[start..]);
        return sql[..open].Trim() + " (" + string.Join(", ", parts.Select(Column).Order(StringComparer.Ordinal)) + ")";

        // SQLite adds a NOT NULL column only with a default (ADD COLUMN ... DEFAULT ''); EF writes every column on
        // insert, so such a default is invisible to the app and not a difference between the two schemas.
        static string Column(string definition) =>
            Regex.Replace(string.Join(' ', definition.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), " DEFAULT ('[^']*'|-?[0-9]+)$", "");
    }
}
