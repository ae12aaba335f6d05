using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file off the request path. Connections run with
/// <c>wal_autocheckpoint=0</c> (see <see cref="SqlitePragmas"/>): otherwise whichever commit crosses 1,000 pages
/// writes tens of MB back with fsync while holding up the feed's next batch. Other providers: does nothing.
/// </summary>
internal sealed class WalCheckpointer(IServiceScopeFactory scopes, ILogger<WalCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // Pages (4 KB), 1 GB. A passive checkpoint copies pages back without holding anyone up, but the log only starts
    // over when a writer finds no reader still using it, which a busy feed (batches read while another writes)
    // rarely allows: without this bound the file grew past 1.6 GB in a benchmark, and every read then searches a
    // larger log index. Past it, TRUNCATE waits for the readers and holds writers back meanwhile (about a second),
    // so the bound is set where that is rare (about every 10 s of a saturated feed) rather than at every tick.
    private const long MaxLogPages = 250_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var lastLog = -1L;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    lastLog = await CheckpointAsync(lastLog, stoppingToken);
                    if (lastLog < 0)
                    {
                        return;
                    }
                }
                catch (DbException ex)
                {
                    // Busy or locked: the log is only checkpointed later; the next tick tries again.
                    logger.LogDebug(ex, "WAL checkpoint skipped");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One checkpoint; returns the log's size in pages, or -1 when the store is not SQLite.</summary>
    private async Task<long> CheckpointAsync(long lastLog, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return -1;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var (log, done) = await RunAsync(connection, "PASSIVE", cancellationToken);
        if (log > MaxLogPages)
        {
            (log, _) = await RunAsync(connection, "TRUNCATE", cancellationToken);
        }
        else if (log > 0 && log == done && log == lastLog)
        {
            // Nothing written since the last tick and everything copied back: give the disk space back.
            (log, _) = await RunAsync(connection, "TRUNCATE", cancellationToken);
        }

        return log;
    }

    private static async Task<(long Log, long Done)> RunAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // mode is one of three constants.
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Columns: busy flag, pages in the log, pages copied back (-1, -1 when not in WAL mode).
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }
}
