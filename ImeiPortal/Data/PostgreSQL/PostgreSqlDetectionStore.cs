using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The feed's writes on PostgreSQL in one round trip per batch, whatever its size: the batch's values go as one array
/// parameter per column, <c>unnest</c> turns them back into rows, and the SIMs' update and the detections' insert
/// travel together as one <see cref="NpgsqlBatch"/>. A statement per chunk of rows (the portable store) costs a round
/// trip and a parse per 100 rows, and its untyped VALUES cannot carry a NULL time.
/// </summary>
internal sealed class PostgreSqlDetectionStore : IDetectionStore
{
    public async Task<IAsyncDisposable> OpenBatchAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return NothingToUndo.Instance;
    }

    public async Task WriteAsync(PortalDbContext db, DetectionWrites writes, CancellationToken cancellationToken)
    {
        var transaction = (NpgsqlTransaction)StoreSql.Transaction(db);
        if (writes.LastSeen.Count == 0 && writes.Detections.Count == 0 && writes.StatusChanges.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), transaction);
        NpgsqlBatchCommand? lastSeen = null;
        if (writes.LastSeen.Count > 0)
        {
            // In id order, as every store writes them: two batches touching the same SIMs take their row locks in one order.
            var sorted = writes.LastSeen.OrderBy(r => r.Id).ToArray();
            lastSeen = SimsCommand(db, sorted);
            batch.BatchCommands.Add(lastSeen);
            batch.BatchCommands.Add(LastSeenCommand(db, sorted));
        }

        if (writes.Detections.Count > 0)
        {
            batch.BatchCommands.Add(DetectionsCommand(db, writes.Detections));
        }

        if (writes.StatusChanges.Count > 0)
        {
            batch.BatchCommands.Add(StatusChangesCommand(db, writes.StatusChanges));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        // The version check is on the SIM's own row; a SIM another writer changed meanwhile fails the whole batch, whose
        // transaction then rolls back, "last seen" with it.
        if (lastSeen is not null && lastSeen.RecordsAffected != writes.LastSeen.Count)
        {
            throw new DbUpdateConcurrencyException($"{DetectionStatements.Conflict().Message} ({lastSeen.RecordsAffected} of {writes.LastSeen.Count} SIMs updated)");
        }
    }

    private static NpgsqlBatchCommand SimsCommand(PortalDbContext db, LastSeenRow[] rows)
    {
        // No indexed column among these: with room on the page, PostgreSQL updates the row in place (HOT), no index touched.
        string Col(string property) => StoreSql.Column<Sim>(db, property);
        var command = new NpgsqlBatchCommand(
            $"UPDATE {StoreSql.Table<Sim>(db)} AS s SET {Col(nameof(Sim.LastObservedAt))} = v.observed, "
            + $"{Col(nameof(Sim.Version))} = v.version, {Col(SimConfiguration.LastDetectionId)} = v.head "
            + "FROM unnest($1, $2, $3, $4, $5) AS v(id, original, observed, version, head) "
            + $"WHERE s.{Col(nameof(Sim.Id))} = v.id AND s.{Col(nameof(Sim.Version))} = v.original");
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, rows.Select(r => r.Id).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Integer, rows.Select(r => r.OriginalVersion).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, rows.Select(r => r.LastObservedAt).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Integer, rows.Select(r => r.Version).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, rows.Select(r => r.LastDetectionId).ToArray()));
        return command;
    }

    private static NpgsqlBatchCommand LastSeenCommand(PortalDbContext db, LastSeenRow[] rows)
    {
        // "Last seen" is in a table of its own here (PostgreSqlPortalDbContext). The id list beside the join lets the
        // planner filter that table by the batch's ids before it joins: joined alone, it hashed the whole table, spilling
        // to disk (500 ms a batch of 10,000 at 1M SIMs, against 190-220 ms).
        var id = StoreSql.Column<Sim>(db, nameof(Sim.Id));
        var command = new NpgsqlBatchCommand(
            $"UPDATE {StoreSql.TableOf<Sim>(db, nameof(Sim.ImeiLastSeenAt))} AS l SET {StoreSql.Column<Sim>(db, nameof(Sim.ImeiLastSeenAt))} = v.seen "
            + $"FROM unnest($1, $2) AS v(id, seen) WHERE l.{id} = v.id AND l.{id} = ANY($1)");
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, rows.Select(r => r.Id).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, rows.Select(r => r.LastSeenAt).ToArray()));
        return command;
    }

    private static NpgsqlBatchCommand DetectionsCommand(PortalDbContext db, IReadOnlyList<Detection> detections)
    {
        // The arrays below go in DetectionStatements.DetectionColumns' order.
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {StoreSql.Table<Detection>(db)} ({StoreSql.Columns<Detection>(db, DetectionStatements.DetectionColumns)}) "
            + "SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9)");
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, detections.Select(d => d.Id).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, detections.Select(d => d.PreviousId).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Varchar, detections.Select(d => d.DetectionId).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, detections.Select(d => d.SimId).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Varchar, detections.Select(d => d.Iccid).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Varchar, detections.Select(d => d.Imei).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, detections.Select(d => d.ObservedAt).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, detections.Select(d => d.ReceivedAt).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Integer, detections.Select(d => (int)d.Result).ToArray()));
        return command;
    }

    private static NpgsqlBatchCommand StatusChangesCommand(PortalDbContext db, IReadOnlyList<ImeiStatusChange> changes)
    {
        // The arrays below go in DetectionStatements.StatusChangeColumns' order.
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {StoreSql.Table<ImeiStatusChange>(db)} ({StoreSql.Columns<ImeiStatusChange>(db, DetectionStatements.StatusChangeColumns)}) "
            + "SELECT * FROM unnest($1, $2, $3, $4)");
        command.Parameters.Add(Array(NpgsqlDbType.Bigint, changes.Select(c => c.SimId).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, changes.Select(c => c.At).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Integer, changes.Select(c => (int?)c.From).ToArray()));
        command.Parameters.Add(Array(NpgsqlDbType.Integer, changes.Select(c => (int)c.To).ToArray()));
        return command;
    }

    private static NpgsqlParameter Array<T>(NpgsqlDbType element, T[] values) => new() { NpgsqlDbType = NpgsqlDbType.Array | element, Value = values };

    private sealed class NothingToUndo : IAsyncDisposable
    {
        public static readonly NothingToUndo Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
