using System.Data.Common;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ImeiPortal.Data;

/// <summary>
/// The feed's writes in plain parameterised SQL any relational provider runs: multi-row statements of up to
/// <see cref="RowsPerStatement"/> rows, every value a parameter. For a provider without a store of its own; the
/// statements' shape (table and column names from the EF model, the rows' values) is shared with the provider stores.
/// </summary>
internal sealed class PortableDetectionStore : IDetectionStore
{
    // Rows per statement for a server database: one statement per row costs more in round trips than the rows themselves.
    private const int RowsPerStatement = 100;

    public async Task<IAsyncDisposable> OpenBatchAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return NothingToUndo.Instance;
    }

    public async Task WriteAsync(PortalDbContext db, DetectionWrites writes, CancellationToken cancellationToken)
    {
        var transaction = DetectionStatements.Transaction(db);
        var connection = db.Database.GetDbConnection();
        // VALUES columns are column1..n on SQLite and PostgreSQL alike: (id, original version, seen, observed, version, last detection).
        var (head, tail) = DetectionStatements.LastSeenFromValues(db);
        if (await ExecuteRowsAsync(connection, transaction, head, tail, DetectionStatements.LastSeenValues(writes.LastSeen), cancellationToken) != writes.LastSeen.Count)
        {
            throw DetectionStatements.Conflict();
        }

        await ExecuteRowsAsync(connection, transaction, DetectionStatements.DetectionInsertHead(db), string.Empty,
            DetectionStatements.DetectionValues(writes.Detections), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="head"/> (v1, v2), (..) <paramref name="tail"/> over all <paramref name="rows"/> and returns the
    /// affected rows. The command of a chunk size is prepared once and re-bound per chunk.
    /// </summary>
    private static async Task<int> ExecuteRowsAsync(
        DbConnection connection, DbTransaction transaction, string head, string tail, List<object?[]> rows, CancellationToken cancellationToken)
    {
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
        command.CommandText = DetectionStatements.RowsSql(head, tail, rowCount, columnCount, (r, c) => $"@p{(r * columnCount) + c}");
#pragma warning restore CA2100
        return command;
    }

    private sealed class NothingToUndo : IAsyncDisposable
    {
        public static readonly NothingToUndo Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The feed's statements as every provider store builds them: names from the EF model, values in column order.</summary>
internal static class DetectionStatements
{
    private static readonly string[] DetectionColumns = [nameof(Detection.Id), nameof(Detection.PreviousId), nameof(Detection.DetectionId), nameof(Detection.SimId),
        nameof(Detection.Iccid), nameof(Detection.Imei), nameof(Detection.ObservedAt), nameof(Detection.ReceivedAt), nameof(Detection.Result)];

    public static DbTransaction Transaction(PortalDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Fast writes must run inside the batch's transaction.");

    public static DbUpdateConcurrencyException Conflict() => new("A SIM of the batch was changed by another writer meanwhile.");

    /// <summary>The head and tail of <c>UPDATE ... FROM (VALUES (id, original version, seen, observed, version, last detection), ...)</c>.</summary>
    public static (string Head, string Tail) LastSeenFromValues(PortalDbContext db)
    {
        var table = Table<Sim>(db);
        string Col(string property) => Column<Sim>(db, property);
        var head = $"UPDATE {table} SET {LastSeenSet(db, c => $"v.column{c}")} FROM (VALUES ";
        var tail = $") AS v WHERE {table}.{Col(nameof(Sim.Id))} = v.column1 AND {table}.{Col(nameof(Sim.Version))} = v.column2";
        return (head, tail);
    }

    /// <summary>One SIM's last-seen update, its values named by <paramref name="parameter"/> (1-based, in <see cref="LastSeenValues"/> order).</summary>
    public static string LastSeenOneRow(PortalDbContext db, Func<int, string> parameter)
    {
        string Col(string property) => Column<Sim>(db, property);
        return $"UPDATE {Table<Sim>(db)} SET {LastSeenSet(db, parameter)} "
            + $"WHERE {Col(nameof(Sim.Id))} = {parameter(1)} AND {Col(nameof(Sim.Version))} = {parameter(2)}";
    }

    /// <summary>
    /// <c>col = value, ...</c> for <see cref="SimConfiguration.LastSeen"/>, the values at 3.. of <see cref="LastSeenValues"/>
    /// (after the id and the original version).
    /// </summary>
    private static string LastSeenSet(PortalDbContext db, Func<int, string> value) =>
        string.Join(", ", SimConfiguration.LastSeen.Select((property, i) => $"{Column<Sim>(db, property)} = {value(i + 3)}"));

    /// <summary>(id, original version, seen, observed, version, last detection) per SIM, in row order, so the table's pages are visited once each, in file order.</summary>
    public static List<object?[]> LastSeenValues(IReadOnlyList<LastSeenRow> rows) =>
        rows.OrderBy(r => r.Id).Select(r => new object?[] { r.Id, r.OriginalVersion, r.LastSeenAt, r.LastObservedAt, r.Version, r.LastDetectionId }).ToList();

    public static string DetectionInsertHead(PortalDbContext db) =>
        $"INSERT INTO {Table<Detection>(db)} ({string.Join(", ", DetectionColumns.Select(c => Column<Detection>(db, c)))}) VALUES ";

    public static List<object?[]> DetectionValues(IReadOnlyList<Detection> detections) =>
        detections.Select(d => new object?[] { d.Id, d.PreviousId, d.DetectionId, d.SimId, d.Iccid, d.Imei, d.ObservedAt, d.ReceivedAt, (int)d.Result }).ToList();

    public static string RowsSql(string head, string tail, int rowCount, int columnCount, Func<int, int, string> parameter)
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

    private static string Table<T>(PortalDbContext db) => Quote(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    private static string Column<T>(PortalDbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
