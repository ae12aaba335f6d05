using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>The feed's writes on SQLite: one prepared one-row statement per table, stepped per row (<see cref="SqliteNative.StepRows"/>).</summary>
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
        // Stepped on the connection they join its open transaction; this only checks there is one.
        StoreSql.Transaction(db);
        // The plain one-row form spares SQLite a one-row VALUES join per row.
        var lastSeen = DetectionStatements.LastSeenOneRow(db, c => $"?{c}");
        if (SqliteNative.StepRows(connection, lastSeen, DetectionStatements.LastSeenValues(writes.LastSeen)) != writes.LastSeen.Count)
        {
            throw DetectionStatements.Conflict();
        }

        SqliteNative.StepRows(connection, SqliteNative.OneRowInsert(DetectionStatements.DetectionInsertHead(db), DetectionStatements.DetectionColumns.Count),
            DetectionStatements.DetectionValues(writes.Detections));
        SqliteNative.StepRows(connection, SqliteNative.OneRowInsert(DetectionStatements.StatusChangeInsertHead(db), DetectionStatements.StatusChangeColumns.Count),
            DetectionStatements.StatusChangeValues(writes.StatusChanges));
        return Task.CompletedTask;
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
