using System.Data.Common;
using ImeiPortal.Data;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace ImeiPortal.Features.Network;

/// <summary>
/// The feed's hot path in plain parameterised SQL, inside the context's transaction. EF's per-row change
/// tracking costs far more than the rows themselves at 10,000 items a call; only rows nobody journals go
/// this way (detections, and SIMs whose only change is "last seen"), so the journal still sees every
/// business change through EF.
/// </summary>
internal static class FastWrites
{
    // What a repeated detection changes: bookkeeping the journal ignores too.
    private static readonly HashSet<string> LastSeenOnly = new(StringComparer.Ordinal)
    {
        nameof(Sim.ImeiLastSeenAt), nameof(Sim.LastObservedAt), nameof(Sim.Version),
    };

    // Rows per statement for a server database: one statement per row costs more in round trips than the rows themselves.
    private const int RowsPerStatement = 100;

    // SQLite's own default (2 MB), what every other connection of the pool keeps.
    private const int DefaultCacheKb = 2000;

    // A batch dirties a page per SIM row, per index entry and per few detections (about 100 MB for 10,000 random
    // SIMs): with the default cache SQLite spills dirty pages to the log mid-transaction and reads them back.
    private const int BatchCacheKb = 128 * 1024;

    /// <summary>
    /// Opens the connection with a page cache large enough for a whole batch; disposing gives the memory back
    /// before the connection returns to the pool. Does nothing on other providers.
    /// </summary>
    public static async Task<IAsyncDisposable> WidenCacheAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return NoCache.Instance;
        }

        await PragmaAsync(connection, $"PRAGMA cache_size=-{BatchCacheKb};", cancellationToken);
        return new WideCache(connection);
    }

    private static async Task PragmaAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant pragmas.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class WideCache(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await PragmaAsync(connection, $"PRAGMA cache_size=-{DefaultCacheKb};", CancellationToken.None);
            }
        }
    }

    private sealed class NoCache : IAsyncDisposable
    {
        public static readonly NoCache Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>True when a SIM whose <paramref name="changed"/> properties are these may go through <see cref="WriteLastSeenAsync"/>.</summary>
    public static bool IsLastSeenOnly(IEnumerable<string> changed) => changed.All(LastSeenOnly.Contains);

    /// <summary>Writes SIMs whose only change is last-seen and the head of their history, each with the optimistic version check.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed one of them meanwhile.</exception>
    public static async Task WriteLastSeenAsync(PortalDbContext db, IReadOnlyList<LastSeenRow> rows, CancellationToken cancellationToken)
    {
        var table = Table<Sim>(db);
        string Col(string property) => Column<Sim>(db, property);
        // VALUES columns are column1..n on SQLite and PostgreSQL alike: (id, original version, seen, observed, version, last detection).
        var head = $"UPDATE {table} SET {Col(nameof(Sim.ImeiLastSeenAt))} = v.column3, {Col(nameof(Sim.LastObservedAt))} = v.column4, "
            + $"{Col(nameof(Sim.Version))} = v.column5, {Col(SimConfiguration.LastDetectionId)} = v.column6 FROM (VALUES ";
        var tail = $") AS v WHERE {table}.{Col(nameof(Sim.Id))} = v.column1 AND {table}.{Col(nameof(Sim.Version))} = v.column2";
        // SQLite steps one row a statement (see ExecuteOnSqlite): the plain form spares it a one-row VALUES join per row.
        var oneRow = $"UPDATE {table} SET {Col(nameof(Sim.ImeiLastSeenAt))} = ?3, {Col(nameof(Sim.LastObservedAt))} = ?4, "
            + $"{Col(nameof(Sim.Version))} = ?5, {Col(SimConfiguration.LastDetectionId)} = ?6 WHERE {Col(nameof(Sim.Id))} = ?1 AND {Col(nameof(Sim.Version))} = ?2";
        // In row order, so the table's pages are visited once each, in file order.
        var values = rows.OrderBy(r => r.Id).Select(r => new object?[] { r.Id, r.OriginalVersion, r.LastSeenAt, r.LastObservedAt, r.Version, r.LastDetectionId }).ToList();
        if (await ExecuteRowsAsync(db, head, tail, values, cancellationToken, oneRow) != rows.Count)
        {
            throw new DbUpdateConcurrencyException("A SIM of the batch was changed by another writer meanwhile.");
        }
    }

    public static async Task InsertDetectionsAsync(PortalDbContext db, IReadOnlyList<Detection> detections, CancellationToken cancellationToken)
    {
        string[] columns = [nameof(Detection.Id), nameof(Detection.PreviousId), nameof(Detection.DetectionId), nameof(Detection.SimId), nameof(Detection.Iccid), nameof(Detection.Imei),
            nameof(Detection.ObservedAt), nameof(Detection.ReceivedAt), nameof(Detection.Result)];
        var head = $"INSERT INTO {Table<Detection>(db)} ({string.Join(", ", columns.Select(c => Column<Detection>(db, c)))}) VALUES ";
        var rows = detections.Select(d => new object?[] { d.Id, d.PreviousId, d.DetectionId, d.SimId, d.Iccid, d.Imei, d.ObservedAt, d.ReceivedAt, (int)d.Result }).ToList();
        await ExecuteRowsAsync(db, head, string.Empty, rows, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="head"/> (v1, v2), (..) <paramref name="tail"/> over all <paramref name="rows"/>, every value a
    /// parameter, and returns the affected rows. The command of a chunk size is prepared once and re-bound per chunk.
    /// </summary>
    private static async Task<int> ExecuteRowsAsync(
        PortalDbContext db, string head, string tail, List<object?[]> rows, CancellationToken cancellationToken, string? oneRowSql = null)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Fast writes must run inside the batch's transaction.");
        if (rows.Count == 0)
        {
            return 0;
        }

        if (connection is SqliteConnection sqlite)
        {
            return ExecuteOnSqlite(sqlite, oneRowSql ?? RowsSql(head, tail, 1, rows[0].Length, (r, c) => $"?{c + 1}"), rows);
        }

        var affected = 0;
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * chunk[0].Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = CreateCommand(connection, transaction, head, tail, chunk.Length, chunk[0].Length);
                }

                var p = 0;
                foreach (var row in chunk)
                {
                    foreach (var value in row)
                    {
                        command.Parameters[p++].Value = value ?? DBNull.Value;
                    }
                }

                affected += await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        return affected;
    }

    /// <summary>
    /// SQLite runs in-process, so a statement costs no round trip: one prepared one-row statement stepped per row
    /// beats binding one of hundreds of parameters (about 5x on 10,000 rows), and stepping it on the connection's
    /// handle (it is inside the open transaction) spares the per-execution work of <see cref="SqliteCommand"/>
    /// (about a third of the write time of a batch).
    /// </summary>
    private static int ExecuteOnSqlite(SqliteConnection connection, string sql, List<object?[]> rows)
    {
        var db = connection.Handle!;
        var columns = rows[0].Length;
        SqliteCursor.Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            var affected = 0;
            foreach (var row in rows)
            {
                for (var c = 0; c < columns; c++)
                {
                    SqliteCursor.BindValue(db, statement, c + 1, row[c]);
                }

                var result = raw.sqlite3_step(statement);
                SqliteCursor.Check(db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
                affected += raw.sqlite3_changes(db);
                raw.sqlite3_reset(statement);
            }

            return affected;
        }
    }

    private static string RowsSql(string head, string tail, int rowCount, int columnCount, Func<int, int, string> parameter)
    {
        var sql = new System.Text.StringBuilder(head);
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columnCount; c++)
            {
                sql.Append(c == 0 ? string.Empty : ", ").Append(parameter(r, c));
            }

            sql.Append(')');
        }

        return sql.Append(tail).ToString();
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, string head, string tail, int rowCount, int columnCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var i = 0; i < rowCount * columnCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

#pragma warning disable CA2100 // Only table and column names from the EF model are spliced in; every value is a parameter.
        command.CommandText = RowsSql(head, tail, rowCount, columnCount, (r, c) => $"@p{(r * columnCount) + c}");
#pragma warning restore CA2100
        return command;
    }

    private static string Table<T>(PortalDbContext db) => Quote(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    private static string Column<T>(PortalDbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>A SIM's last-seen change and new history head, and the version it had when read (the optimistic check).</summary>
internal readonly record struct LastSeenRow(long Id, int OriginalVersion, DateTime? LastSeenAt, DateTime? LastObservedAt, int Version, long LastDetectionId);
