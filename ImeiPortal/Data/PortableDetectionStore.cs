using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// The feed's writes in plain parameterised SQL any relational provider runs: multi-row statements of up to
/// <see cref="RowsPerStatement"/> rows, every value a parameter. For a provider without a store of its own; the
/// statements' shape (table and column names from the EF model, the rows' values) is shared with the provider stores.
/// </summary>
internal sealed class PortableDetectionStore : IDetectionStore
{
    public async Task<IAsyncDisposable> OpenBatchAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return NothingToUndo.Instance;
    }

    public async Task WriteAsync(PortalDbContext db, DetectionWrites writes, CancellationToken cancellationToken)
    {
        var transaction = StoreSql.Transaction(db);
        var connection = db.Database.GetDbConnection();
        // VALUES columns are column1..n on SQLite and PostgreSQL alike: (id, original version, seen, observed, version, last detection).
        var values = DetectionStatements.LastSeenValues(writes.LastSeen);
        foreach (var (head, tail, versionChecked) in DetectionStatements.LastSeenFromValues(db))
        {
            // The SIM's own table comes first and carries the version check; a conflict there rolls the batch back.
            if (await StoreSql.ExecuteRowsAsync(connection, transaction, head, tail, values, cancellationToken) != writes.LastSeen.Count && versionChecked)
            {
                throw DetectionStatements.Conflict();
            }
        }

        await StoreSql.ExecuteRowsAsync(connection, transaction, DetectionStatements.DetectionInsertHead(db), string.Empty,
            DetectionStatements.DetectionValues(writes.Detections), cancellationToken);
        await StoreSql.ExecuteRowsAsync(connection, transaction, DetectionStatements.StatusChangeInsertHead(db), string.Empty,
            DetectionStatements.StatusChangeValues(writes.StatusChanges), cancellationToken);
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
    /// <summary>A detection's columns in the order of <see cref="DetectionValues"/>.</summary>
    public static readonly IReadOnlyList<string> DetectionColumns = [nameof(Detection.Id), nameof(Detection.PreviousId), nameof(Detection.DetectionId), nameof(Detection.SimId),
        nameof(Detection.Iccid), nameof(Detection.Imei), nameof(Detection.ObservedAt), nameof(Detection.ReceivedAt), nameof(Detection.Result)];

    /// <summary>A status change's columns in the order of <see cref="StatusChangeValues"/>.</summary>
    public static readonly IReadOnlyList<string> StatusChangeColumns = [nameof(ImeiStatusChange.SimId), nameof(ImeiStatusChange.At), nameof(ImeiStatusChange.From), nameof(ImeiStatusChange.To)];

    public static DbUpdateConcurrencyException Conflict() => new("A SIM of the batch was changed by another writer meanwhile.");

    /// <summary>
    /// The head and tail of <c>UPDATE ... FROM (VALUES (id, original version, seen, observed, version, last detection), ...)</c>,
    /// one per table the <see cref="SimConfiguration.LastSeen"/> columns live in: the SIM's own table first, with the version
    /// check, then any the model splits off (PostgreSQL keeps "last seen" apart), matched by id.
    /// </summary>
    public static IReadOnlyList<(string Head, string Tail, bool VersionChecked)> LastSeenFromValues(PortalDbContext db)
    {
        var own = StoreSql.Table<Sim>(db);
        string Col(string property) => StoreSql.Column<Sim>(db, property);
        return SimConfiguration.LastSeen.Select(p => StoreSql.TableOf<Sim>(db, p)).Distinct().OrderBy(t => t != own)
            .Select(table => (
                $"UPDATE {table} SET {LastSeenSet(db, table, c => $"v.column{c}")} FROM (VALUES ",
                $") AS v WHERE {table}.{Col(nameof(Sim.Id))} = v.column1" + (table == own ? $" AND {table}.{Col(nameof(Sim.Version))} = v.column2" : string.Empty),
                table == own))
            .ToList();
    }

    /// <summary>
    /// One SIM's last-seen update, its values named by <paramref name="parameter"/> (1-based, in <see cref="LastSeenValues"/>
    /// order), for a model that keeps them all in the SIM's own table (SQLite's).
    /// </summary>
    public static string LastSeenOneRow(PortalDbContext db, Func<int, string> parameter)
    {
        var own = StoreSql.Table<Sim>(db);
        if (SimConfiguration.LastSeen.Any(p => StoreSql.TableOf<Sim>(db, p) != own))
        {
            throw new InvalidOperationException("This model keeps some of a SIM's last-seen columns in another table: use LastSeenFromValues.");
        }

        string Col(string property) => StoreSql.Column<Sim>(db, property);
        return $"UPDATE {own} SET {LastSeenSet(db, own, parameter)} "
            + $"WHERE {Col(nameof(Sim.Id))} = {parameter(1)} AND {Col(nameof(Sim.Version))} = {parameter(2)}";
    }

    /// <summary>
    /// <c>col = value, ...</c> for those of <see cref="SimConfiguration.LastSeen"/> stored in <paramref name="table"/>, the
    /// values at 3.. of <see cref="LastSeenValues"/> (after the id and the original version).
    /// </summary>
    private static string LastSeenSet(PortalDbContext db, string table, Func<int, string> value) =>
        string.Join(", ", SimConfiguration.LastSeen
            .Select((property, i) => (property, i))
            .Where(p => StoreSql.TableOf<Sim>(db, p.property) == table)
            .Select(p => $"{StoreSql.Column<Sim>(db, p.property)} = {value(p.i + 3)}"));

    /// <summary>(id, original version, seen, observed, version, last detection) per SIM, in row order, so the table's pages are visited once each, in file order.</summary>
    public static List<object?[]> LastSeenValues(IReadOnlyList<LastSeenRow> rows) =>
        rows.OrderBy(r => r.Id).Select(r => new object?[] { r.Id, r.OriginalVersion, r.LastSeenAt, r.LastObservedAt, r.Version, r.LastDetectionId }).ToList();

    public static string DetectionInsertHead(PortalDbContext db) => StoreSql.InsertHead<Detection>(db, DetectionColumns);

    public static List<object?[]> DetectionValues(IReadOnlyList<Detection> detections) =>
        detections.Select(d => new object?[] { d.Id, d.PreviousId, d.DetectionId, d.SimId, d.Iccid, d.Imei, d.ObservedAt, d.ReceivedAt, (int)d.Result }).ToList();

    public static string StatusChangeInsertHead(PortalDbContext db) => StoreSql.InsertHead<ImeiStatusChange>(db, StatusChangeColumns);

    public static List<object?[]> StatusChangeValues(IReadOnlyList<ImeiStatusChange> changes) =>
        changes.Select(c => new object?[] { c.SimId, c.At, (int?)c.From, (int)c.To }).ToList();
}
