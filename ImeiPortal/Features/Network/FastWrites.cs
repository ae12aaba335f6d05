using System.Data.Common;
using ImeiPortal.Data;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
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

    /// <summary>Writes the SIMs whose only change is last-seen, with the optimistic version check, and marks them saved.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed one of them meanwhile.</exception>
    public static async Task WriteLastSeenAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries<Sim>()
            .Where(e => e.State == EntityState.Modified && e.Properties.Where(p => p.IsModified).All(p => LastSeenOnly.Contains(p.Metadata.Name)))
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var table = Table<Sim>(db);
        await using var command = Command(db,
            $"UPDATE {table} SET {Column<Sim>(db, nameof(Sim.ImeiLastSeenAt))} = @seen, {Column<Sim>(db, nameof(Sim.LastObservedAt))} = @observed, "
            + $"{Column<Sim>(db, nameof(Sim.Version))} = @version WHERE {Column<Sim>(db, nameof(Sim.Id))} = @id AND {Column<Sim>(db, nameof(Sim.Version))} = @original",
            "@seen", "@observed", "@version", "@id", "@original");
        foreach (var entry in entries)
        {
            var sim = entry.Entity;
            Set(command, sim.ImeiLastSeenAt, sim.LastObservedAt, sim.Version, sim.Id, entry.Property(s => s.Version).OriginalValue);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new DbUpdateConcurrencyException($"SIM {sim.Iccid} was changed by another writer.");
            }

            // Written: what is in memory is now what is stored.
            entry.State = EntityState.Unchanged;
        }
    }

    public static async Task InsertDetectionsAsync(PortalDbContext db, IReadOnlyList<Detection> detections, CancellationToken cancellationToken)
    {
        if (detections.Count == 0)
        {
            return;
        }

        string[] columns = [nameof(Detection.DetectionId), nameof(Detection.SimId), nameof(Detection.Iccid), nameof(Detection.Imei),
            nameof(Detection.ObservedAt), nameof(Detection.ReceivedAt), nameof(Detection.Result)];
        var parameters = columns.Select(c => "@" + c).ToArray();
        await using var command = Command(db,
            $"INSERT INTO {Table<Detection>(db)} ({string.Join(", ", columns.Select(c => Column<Detection>(db, c)))}) VALUES ({string.Join(", ", parameters)})",
            parameters);
        foreach (var d in detections)
        {
            Set(command, d.DetectionId, d.SimId, d.Iccid, d.Imei, d.ObservedAt, d.ReceivedAt, (int)d.Result);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbCommand Command(PortalDbContext db, string sql, params string[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Fast writes must run inside the batch's transaction.");
#pragma warning disable CA2100 // Only table and column names from the EF model are spliced in; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Table<T>(PortalDbContext db) => Quote(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    private static string Column<T>(PortalDbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
