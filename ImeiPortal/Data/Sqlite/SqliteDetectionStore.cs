using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace ImeiPortal.Data.Sqlite;

/// <summary>
/// The feed's writes on SQLite. SQLite runs in-process, so a statement costs no round trip: one prepared one-row
/// statement stepped per row beats binding one of hundreds of parameters (about 5x on 10,000 rows), and stepping it
/// on the connection's handle (it is inside the open transaction) spares the per-execution work of
/// <see cref="SqliteCommand"/> (about a third of the write time of a batch).
/// </summary>
internal sealed class SqliteDetectionStore : IDetectionStore
{
    // SQLite's own default (2 MB), what every other connection of the pool keeps.
    private const int DefaultCacheKb = 2000;

    // A batch dirties a page per SIM row, per index entry and per few detections (about 100 MB for 10,000 random
    // SIMs): with the default cache SQLite spills dirty pages to the log mid-transaction and reads them back.
    private const int BatchCacheKb = 128 * 1024;

    public async Task<IAsyncDisposable> OpenBatchAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await PragmaAsync(connection, $"PRAGMA cache_size=-{BatchCacheKb};", cancellationToken);
        return new WideCache(connection);
    }

    public Task WriteAsync(PortalDbContext db, DetectionWrites writes, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        DetectionStatements.Transaction(db);
        // The plain one-row form spares SQLite a one-row VALUES join per row.
        var lastSeen = DetectionStatements.LastSeenOneRow(db, c => $"?{c}");
        if (Step(connection, lastSeen, DetectionStatements.LastSeenValues(writes.LastSeen)) != writes.LastSeen.Count)
        {
            throw DetectionStatements.Conflict();
        }

        var columns = DetectionStatements.DetectionValues(writes.Detections);
        if (columns.Count > 0)
        {
            Step(connection, DetectionStatements.RowsSql(DetectionStatements.DetectionInsertHead(db), string.Empty, 1, columns[0].Length, (r, c) => $"?{c + 1}"), columns);
        }

        return Task.CompletedTask;
    }

    /// <summary>Steps <paramref name="sql"/> once per row of <paramref name="rows"/> (its ?1..?n bound to the row's values); returns the rows changed.</summary>
    private static int Step(SqliteConnection connection, string sql, List<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var db = connection.Handle!;
        var columns = rows[0].Length;
        SqliteNative.Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            var affected = 0;
            foreach (var row in rows)
            {
                for (var c = 0; c < columns; c++)
                {
                    SqliteNative.BindValue(db, statement, c + 1, row[c]);
                }

                var result = raw.sqlite3_step(statement);
                SqliteNative.Check(db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
                affected += raw.sqlite3_changes(db);
                raw.sqlite3_reset(statement);
            }

            return affected;
        }
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
}
