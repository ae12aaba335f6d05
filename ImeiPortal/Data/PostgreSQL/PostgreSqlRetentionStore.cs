using System.Globalization;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// Retention on PostgreSQL, where detections, usage records, notifications and the journal are partitioned by month of
/// their time (migration <c>MonthlyPartitions</c>): a round creates the partitions of this month and the next
/// <see cref="MonthsAhead"/> months, then detaches and drops every monthly partition that lies wholly before its
/// table's cutoff. A row so lives up to a month past its retention; no long DELETE runs.
/// </summary>
/// <remarks>
/// Deleted row by row (in chunks of <see cref="ChunkSize"/>), only what must be: the rows past their cutoff in each
/// table's DEFAULT partition (times outside every monthly partition, e.g. before the months the migration found), the
/// deliveries of a notifications partition about to be dropped (their foreign key would refuse the detach), and, when a
/// notifications partition still holds a notification with a delivery pending, that partition's other notifications
/// (the partition itself stays until the delivery is done). A detections partition holding the highest detection id
/// stays too (the feed numbers detections from it). One round runs at a time across instances: a session advisory lock
/// taken without waiting; an instance that finds it held skips its round.
/// </remarks>
internal sealed partial class PostgreSqlRetentionStore(ILogger<PostgreSqlRetentionStore> logger) : IRetentionStore
{
    public const int ChunkSize = 5_000;
    public const int MonthsAhead = 2;

    /// <summary>The advisory lock key of a retention round ("IMEIRETN"), apart from any other lock the portal takes.</summary>
    public const long RoundLock = 0x494D_4549_5245_544E;

    // A DETACH waits for the table's exclusive lock behind any reader (an export), and while it waits every write queues
    // behind it: the feed is held up at most this long, and a lock not had is tried again next round. (DETACH
    // CONCURRENTLY would not queue, but PostgreSQL refuses it on a table with a DEFAULT partition.)
    private const string LockTimeout = "SET LOCAL lock_timeout = '1s'";

    private const string LockNotAvailable = "55P03";

    public async Task<RetentionRound?> RemoveExpiredAsync(PortalDbContext db, RetentionCutoffs cutoffs, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (!await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock($1)", cancellationToken, RoundLock))
            {
                return null;
            }

            try
            {
                return await RoundAsync(connection, Tables(db, cutoffs), now, cancellationToken);
            }
            finally
            {
                await ScalarAsync<bool>(connection, "SELECT pg_advisory_unlock($1)", CancellationToken.None, RoundLock);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Makes every partitioned table's monthly partitions from <paramref name="first"/> to <paramref name="last"/> that it
    /// lacks, as a round makes the months ahead: for a store filled with history from before any portal served it
    /// (scripts/generate-data), whose past months would otherwise all land in DEFAULT. Returns the partitions made.
    /// </summary>
    internal async Task<IReadOnlyList<string>> CreateMonthsAsync(PortalDbContext db, DateTime first, DateTime last, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var created = new List<string>();
            // Cutoffs play no part in making partitions.
            foreach (var table in Tables(db, new RetentionCutoffs(DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, DateTime.MinValue)))
            {
                if (await PartitionsAsync(connection, table, cancellationToken) is { } partitions)
                {
                    created.AddRange(await CreateMissingMonthsAsync(connection, table, partitions, first, last, cancellationToken));
                }
            }

            return created;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The partitioned tables as the model names them, each with its cutoff.</summary>
    private static PartitionedTable[] Tables(PortalDbContext db, RetentionCutoffs cutoffs)
    {
        var deliveries = db.Model.FindEntityType(typeof(NotificationDelivery))!;
        var notifications = Describe<Notification>(db, nameof(Notification.CreatedAt), cutoffs.Notifications);
        return
        [
            Describe<Detection>(db, nameof(Detection.ObservedAt), cutoffs.Detections) with { KeepsHighestId = true },
            Describe<UsageRecord>(db, nameof(UsageRecord.Start), cutoffs.Usage),
            notifications with
            {
                Deliveries = new DeliveryColumns(
                    StoreSql.Quote(deliveries.GetTableName()!),
                    StoreSql.Quote(deliveries.FindProperty(nameof(NotificationDelivery.Id))!.GetColumnName()),
                    StoreSql.Quote(deliveries.FindProperty(nameof(NotificationDelivery.NotificationId))!.GetColumnName()),
                    StoreSql.Quote(deliveries.FindProperty(PostgreSqlPortalDbContext.NotificationCreatedAt)!.GetColumnName()),
                    StoreSql.Quote(deliveries.FindProperty(nameof(NotificationDelivery.State))!.GetColumnName())),
            },
            Describe<JournalEntry>(db, nameof(JournalEntry.At), cutoffs.Journal),
        ];
    }

    private static PartitionedTable Describe<T>(PortalDbContext db, string timeProperty, DateTime cutoff)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        return new PartitionedTable(entity.GetTableName()!, StoreSql.Quote(entity.FindProperty("Id")!.GetColumnName()), StoreSql.Quote(entity.FindProperty(timeProperty)!.GetColumnName()), cutoff);
    }

    private async Task<RetentionRound> RoundAsync(NpgsqlConnection connection, PartitionedTable[] tables, DateTime now, CancellationToken cancellationToken)
    {
        var created = new List<string>();
        var dropped = new List<string>();
        var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
        var thisMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var table in tables)
        {
            var partitions = await PartitionsAsync(connection, table, cancellationToken);
            if (partitions is null)
            {
                // Not partitioned (a database the migration has not converted): bounded DELETEs over the whole table.
                deleted[table.Name] = await DeleteExpiredRowsAsync(connection, table, StoreSql.Quote(table.Name), cancellationToken);
                continue;
            }

            created.AddRange(await CreateMissingMonthsAsync(connection, table, partitions, thisMonth, thisMonth.AddMonths(MonthsAhead), cancellationToken));

            var rows = 0L;
            foreach (var month in partitions.Months.Where(m => m.AddMonths(1) <= table.Cutoff).Order())
            {
                var (removed, gone) = await DropPartitionAsync(connection, table, month, cancellationToken);
                rows += removed;
                if (gone)
                {
                    dropped.Add(table.PartitionName(month));
                }
            }

            if (partitions.HasDefault)
            {
                rows += await DeleteExpiredRowsAsync(connection, table, StoreSql.Quote(table.DefaultName), cancellationToken);
            }

            deleted[table.Name] = rows;
        }

        return new RetentionRound(deleted, dropped, created);
    }

    /// <summary>The table's monthly partitions (by this store's naming) and whether it has a DEFAULT one; null when it is not partitioned.</summary>
    private static async Task<Partitions?> PartitionsAsync(NpgsqlConnection connection, PartitionedTable table, CancellationToken cancellationToken)
    {
        if (!await ScalarAsync<bool>(connection, "SELECT coalesce((SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass($1)), false)", cancellationToken, StoreSql.Quote(table.Name)))
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            "SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid WHERE i.inhparent = to_regclass($1)", connection);
        command.Parameters.AddWithValue(StoreSql.Quote(table.Name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var months = new HashSet<DateTime>();
        var hasDefault = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            if (name == table.DefaultName)
            {
                hasDefault = true;
            }
            else if (name.Length == table.Name.Length + 7 && name.StartsWith(table.Name + "_", StringComparison.Ordinal)
                     && DateTime.TryParseExact(name[^6..], "yyyyMM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month))
            {
                months.Add(DateTime.SpecifyKind(month, DateTimeKind.Utc));
            }
        }

        return new Partitions(months, hasDefault);
    }

    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/> (first days, UTC) the table has no partition for, made; returns those made.</summary>
    private async Task<List<string>> CreateMissingMonthsAsync(NpgsqlConnection connection, PartitionedTable table, Partitions partitions, DateTime first, DateTime last,
        CancellationToken cancellationToken)
    {
        var created = new List<string>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            if (!partitions.Months.Contains(month) && await CreatePartitionAsync(connection, table, month, partitions.HasDefault, cancellationToken))
            {
                created.Add(table.PartitionName(month));
            }
        }

        return created;
    }

    /// <summary>
    /// Creates the month's partition beside the table and attaches it, which needs a weaker lock than creating it as a
    /// partition and lets the feed write on meanwhile. Rows of that month already in the DEFAULT partition move into it
    /// first (the attach would refuse them otherwise); a notification there stays put (moving it would delete its
    /// deliveries), and so the month gets no partition: its rows keep going to DEFAULT, removed there by row.
    /// </summary>
    private async Task<bool> CreatePartitionAsync(NpgsqlConnection connection, PartitionedTable table, DateTime month, bool hasDefault, CancellationToken cancellationToken)
    {
        var partition = StoreSql.Quote(table.PartitionName(month));
        var from = Bound(month);
        var to = Bound(month.AddMonths(1));
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, LockTimeout, cancellationToken);
            if (hasDefault && table.Deliveries is not null
                && await ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM {StoreSql.Quote(table.DefaultName)} WHERE {table.Time} >= {from} AND {table.Time} < {to})", cancellationToken))
            {
                LogMonthLeftInDefault(table.Name, month);
                return false;
            }

            await ExecuteAsync(connection, $"CREATE TABLE {partition} (LIKE {StoreSql.Quote(table.Name)} INCLUDING DEFAULTS)", cancellationToken);
            if (hasDefault)
            {
                await ExecuteAsync(connection,
                    $"WITH moved AS (DELETE FROM {StoreSql.Quote(table.DefaultName)} WHERE {table.Time} >= {from} AND {table.Time} < {to} RETURNING *) INSERT INTO {partition} SELECT * FROM moved",
                    cancellationToken);
            }

            await ExecuteAsync(connection, $"ALTER TABLE {StoreSql.Quote(table.Name)} ATTACH PARTITION {partition} FOR VALUES FROM ({from}) TO ({to})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == LockNotAvailable)
        {
            LogLockNotHad(partition, e.MessageText);
            return false;
        }
    }

    /// <summary>Drops a wholly expired monthly partition; returns the rows deleted before, and whether it is gone.</summary>
    private async Task<(long Rows, bool Dropped)> DropPartitionAsync(NpgsqlConnection connection, PartitionedTable table, DateTime month, CancellationToken cancellationToken)
    {
        var partition = StoreSql.Quote(table.PartitionName(month));
        if (table.KeepsHighestId
            && await ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM {partition} WHERE {table.Id} = (SELECT max({table.Id}) FROM {StoreSql.Quote(table.Name)}))", cancellationToken))
        {
            return (0, false);
        }

        var rows = 0L;
        if (table.Deliveries is { } d)
        {
            var owned = $"SELECT x.{d.Id} FROM {d.Table} x JOIN {partition} n ON n.{table.Id} = x.{d.NotificationId} AND n.{table.Time} = x.{d.CreatedAt}";
            if (await ScalarAsync<bool>(connection, $"SELECT EXISTS ({owned} WHERE x.{d.State} = {(int)DeliveryState.Pending})", cancellationToken))
            {
                // Kept for its pending delivery; the rest of the month goes now, the partition once that is sent.
                return (await DeleteExpiredRowsAsync(connection, table, partition, cancellationToken), false);
            }

            rows += await DeleteInChunksAsync(connection, $"DELETE FROM {d.Table} WHERE {d.Id} = ANY(ARRAY({owned} LIMIT {ChunkSize}))", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, LockTimeout, cancellationToken);
            await ExecuteAsync(connection, $"ALTER TABLE {StoreSql.Quote(table.Name)} DETACH PARTITION {partition}", cancellationToken);
            await ExecuteAsync(connection, $"DROP TABLE {partition}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (rows, true);
        }
        catch (PostgresException e) when (e.SqlState is LockNotAvailable or PostgresErrorCodes.ForeignKeyViolation)
        {
            // Busy, or a delivery was added to one of its notifications meanwhile: the next round tries again.
            LogLockNotHad(partition, e.MessageText);
            return (rows, false);
        }
    }

    /// <summary>Deletes the expired rows of one relation (a DEFAULT partition, a partition kept, an unpartitioned table), a chunk at a time.</summary>
    private static async Task<long> DeleteExpiredRowsAsync(NpgsqlConnection connection, PartitionedTable table, string relation, CancellationToken cancellationToken)
    {
        var keep = "";
        if (table.KeepsHighestId)
        {
            keep = $" AND t.{table.Id} < (SELECT max({table.Id}) FROM {StoreSql.Quote(table.Name)})";
        }
        else if (table.Deliveries is { } d)
        {
            keep = $" AND NOT EXISTS (SELECT 1 FROM {d.Table} x WHERE x.{d.NotificationId} = t.{table.Id} AND x.{d.CreatedAt} = t.{table.Time} AND x.{d.State} = {(int)DeliveryState.Pending})";
        }

        // The deliveries of a notification go with it (their foreign key cascades).
        return await DeleteInChunksAsync(connection,
            $"DELETE FROM {relation} WHERE ctid = ANY(ARRAY(SELECT t.ctid FROM {relation} t WHERE t.{table.Time} < {Bound(table.Cutoff)}{keep} LIMIT {ChunkSize}))",
            cancellationToken);
    }

    /// <summary>Runs a DELETE of at most one chunk, each in its own transaction, until one deletes less than a chunk.</summary>
    private static async Task<long> DeleteInChunksAsync(NpgsqlConnection connection, string delete, CancellationToken cancellationToken)
    {
        var total = 0L;
        int deleted;
        do
        {
            deleted = await ExecuteAsync(connection, delete, cancellationToken);
            total += deleted;
        }
        while (deleted >= ChunkSize && !cancellationToken.IsCancellationRequested);

        return total;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Names come from the model, times are formatted by this class: nothing of a caller's input.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
#pragma warning disable CA2100 // As above.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A time as a timestamptz literal in UTC, whatever the session's time zone.</summary>
    private static string Bound(DateTime at) =>
        $"'{Domain.UtcTime.AsUtc(at).ToString("yyyy-MM-dd HH:mm:ss.ffffff'+00'", CultureInfo.InvariantCulture)}'::timestamptz";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention left {Partition} for the next round: {Reason}")]
    private partial void LogLockNotHad(string partition, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention created no partition of {Table} for {Month:yyyy-MM}: its DEFAULT partition holds rows of that month that cannot move")]
    private partial void LogMonthLeftInDefault(string table, DateTime month);

    private sealed record DeliveryColumns(string Table, string Id, string NotificationId, string CreatedAt, string State);

    private sealed record PartitionedTable(string Name, string Id, string Time, DateTime Cutoff)
    {
        public bool KeepsHighestId { get; init; }

        public DeliveryColumns? Deliveries { get; init; }

        public string DefaultName => Name + "_default";

        public string PartitionName(DateTime month) => Name + "_" + month.ToString("yyyyMM", CultureInfo.InvariantCulture);
    }

    private sealed record Partitions(IReadOnlySet<DateTime> Months, bool HasDefault);
}
