using System.Data.Common;
using ImeiPortal.Data;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>Writes the SIMs whose only change is last-seen, with the optimistic version check, and marks them saved.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed one of them meanwhile.</exception>
    public static async Task WriteLastSeenAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries<Sim>()
            .Where(e => e.State == EntityState.Modified && e.Properties.Where(p => p.IsModified).All(p => LastSeenOnly.Contains(p.Metadata.Name)))
            .ToList();
        var table = Table<Sim>(db);
        string Col(string property) => Column<Sim>(db, property);
        // VALUES columns are column1..n on SQLite and PostgreSQL alike: (id, original version, seen, observed, version).
        var head = $"UPDATE {table} SET {Col(nameof(Sim.ImeiLastSeenAt))} = v.column3, {Col(nameof(Sim.LastObservedAt))} = v.column4, "
            + $"{Col(nameof(Sim.Version))} = v.column5 FROM (VALUES ";
        var tail = $") AS v WHERE {table}.{Col(nameof(Sim.Id))} = v.column1 AND {table}.{Col(nameof(Sim.Version))} = v.column2";
        var rows = entries.Select(e => new object?[]
        {
            e.Entity.Id, e.Property(s => s.Version).OriginalValue, e.Entity.ImeiLastSeenAt, e.Entity.LastObservedAt, e.Entity.Version,
        }).ToList();
        if (await ExecuteRowsAsync(db, head, tail, rows, cancellationToken) != entries.Count)
        {
            throw new DbUpdateConcurrencyException("A SIM of the batch was changed by another writer meanwhile.");
        }

        foreach (var entry in entries)
        {
            // Written: what is in memory is now what is stored.
            entry.State = EntityState.Unchanged;
        }
    }

    public static async Task InsertDetectionsAsync(PortalDbContext db, IReadOnlyList<Detection> detections, CancellationToken cancellationToken)
    {
        string[] columns = [nameof(Detection.DetectionId), nameof(Detection.SimId), nameof(Detection.Iccid), nameof(Detection.Imei),
            nameof(Detection.ObservedAt), nameof(Detection.ReceivedAt), nameof(Detection.Result)];
        var head = $"INSERT INTO {Table<Detection>(db)} ({string.Join(", ", columns.Select(c => Column<Detection>(db, c)))}) VALUES ";
        var rows = detections.Select(d => new object?[] { d.DetectionId, d.SimId, d.Iccid, d.Imei, d.ObservedAt, d.ReceivedAt, (int)d.Result }).ToList();
        await ExecuteRowsAsync(db, head, string.Empty, rows, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="head"/> (v1, v2), (..) <paramref name="tail"/> over all <paramref name="rows"/>, every value a
    /// parameter, and returns the affected rows. The command of a chunk size is prepared once and re-bound per chunk.
    /// </summary>
    private static async Task<int> ExecuteRowsAsync(PortalDbContext db, string head, string tail, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Fast writes must run inside the batch's transaction.");
        // SQLite runs in-process, so a statement costs no round trip: one prepared one-row statement re-bound per row
        // beats parsing and binding one of hundreds of parameters (measured: about 5x on 10,000 rows).
        var perStatement = connection is SqliteConnection ? 1 : RowsPerStatement;
        var affected = 0;
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
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
        var sql = new System.Text.StringBuilder(head);
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columnCount; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{r}_{c}";
                command.Parameters.Add(parameter);
                sql.Append(c == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
            }

            sql.Append(')');
        }

#pragma warning disable CA2100 // Only table and column names from the EF model are spliced in; every value is a parameter.
        command.CommandText = sql.Append(tail).ToString();
#pragma warning restore CA2100
        return command;
    }

    private static string Table<T>(PortalDbContext db) => Quote(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    private static string Column<T>(PortalDbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
