using System.Globalization;
using ImeiPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tools;

/// <summary>A fleet into a SQLite file: one prepared insert per table, a transaction per <see cref="BatchRows"/> rows.</summary>
internal sealed class SqliteFleetWriter : IFleetWriter
{
    private const int BatchRows = 100_000;

    // How the portal stores times on SQLite (Data/Sqlite/StoredTime), so that generated rows sort and compare with its own.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly string _connectionString;
    private SqliteConnection? _connection;

    public SqliteFleetWriter(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        Name = file;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
    }

    public string Name { get; }

    public PortalDbContext CreateContext() => new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connectionString).Options);

    public async Task OpenAsync(DateTime now)
    {
        _connection = new SqliteConnection(_connectionString);
        await _connection.OpenAsync();
        // A generated file is rebuilt, not recovered: no journal while loading, WAL (what the app uses) after.
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;");
    }

    public Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var connection = Connection;
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Count; i++)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) });
        }

        var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        var inBatch = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                insert.Parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateTime time => time.ToString(DateFormat, CultureInfo.InvariantCulture),
                    var value => value,
                };
            }

            insert.ExecuteNonQuery();
            if (++inBatch == BatchRows)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                inBatch = 0;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        return Task.CompletedTask;
    }

    public Task FinishAsync()
    {
        Execute("ANALYZE; PRAGMA journal_mode=WAL;");
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private SqliteConnection Connection => _connection ?? throw new InvalidOperationException("OpenAsync first.");

    private void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
