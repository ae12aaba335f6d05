using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// A fresh, empty store for one test host (or for several hosts sharing it), on the provider the run names:
/// <c>PORTAL_TEST_PROVIDER=PostgreSQL</c> with <c>PORTAL_TEST_POSTGRES</c> a connection string to a server where the
/// user may create databases (scripts/test starts one); SQLite otherwise. On PostgreSQL each instance is a database of its
/// own, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "PORTAL_TEST_PROVIDER";
    public const string ServerVariable = "PORTAL_TEST_POSTGRES";

    private readonly string? _name;

    private TestDatabase(string connectionString, string? name)
    {
        ConnectionString = connectionString;
        _name = name;
    }

    /// <summary>The provider of this test run.</summary>
    public static DatabaseProvider Provider { get; } = ReadProvider();

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSQL;

    public string ConnectionString { get; }

    /// <summary>The settings that point a portal (in-process host) at this store.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = Provider.ToString(),
        [DatabaseOptions.ConnectionStringKey] = ConnectionString,
    };

    /// <summary>The same as environment variables, for a portal started as a process.</summary>
    public IDictionary<string, string?> Environment => Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <param name="folder">Where a SQLite file goes (the caller's temporary folder, which it deletes).</param>
    public static TestDatabase Create(string folder)
    {
        if (!IsPostgreSql)
        {
            Directory.CreateDirectory(folder);
            return new TestDatabase($"Data Source={Path.Combine(folder, "portal.db")}", null);
        }

        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString());
        var name = "portal_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is a generated identifier, not input.
            command.CommandText = $"CREATE DATABASE \"{name}\"";
#pragma warning restore CA2100
            command.ExecuteNonQuery();
        }

        server.Database = name;
        return new TestDatabase(server.ConnectionString, name);
    }

    /// <summary>A context on this store outside any host, e.g. to read it while the portal process is dead.</summary>
    public PortalDbContext OpenContext() => IsPostgreSql
        ? new PostgreSqlPortalDbContext(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql(ConnectionString).Options)
        : new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString + ";Pooling=False").Options);

    /// <summary>The first value <paramref name="sql"/> answers on this PostgreSQL database, read past EF (catalogue queries, other schemas).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // A test's own SQL.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        if (_name is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is a generated identifier, not input.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static DatabaseProvider ReadProvider()
    {
        var configured = System.Environment.GetEnvironmentVariable(ProviderVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
                ? provider
                : throw new InvalidOperationException($"{ProviderVariable}={configured}: use Sqlite or PostgreSQL.");
    }

    private static string ServerConnectionString()
    {
        var server = System.Environment.GetEnvironmentVariable(ServerVariable);
        return string.IsNullOrWhiteSpace(server)
            ? throw new InvalidOperationException($"{ProviderVariable}=PostgreSQL needs {ServerVariable}, a connection string to a server (scripts/postgres start prints one).")
            : server;
    }
}

/// <summary>
/// A test of something only SQLite has (its log mode, its file filling up, databases made by old SQLite-only code):
/// it runs on SQLite and is skipped, with its reason, in a PostgreSQL run.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = "SQLite only: " + reason;
        }
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = "SQLite only: " + reason;
        }
    }
}

/// <summary>A test of the PostgreSQL store itself: it needs the server of a PostgreSQL run (scripts/test's second pass).</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = $"PostgreSQL only: runs when {TestDatabase.ProviderVariable}=PostgreSQL (scripts/test's second pass)";
        }
    }
}

public sealed class PostgreSqlOnlyTheoryAttribute : TheoryAttribute
{
    public PostgreSqlOnlyTheoryAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = $"PostgreSQL only: runs when {TestDatabase.ProviderVariable}=PostgreSQL (scripts/test's second pass)";
        }
    }
}
