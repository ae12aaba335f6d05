using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>One IMSI or MSISDN taken off a SIM because an older SIM had it too.</summary>
internal sealed record ClearedSimNumber(string Column, string Value, string KeptOn, string ClearedOn);

/// <summary>
/// Migration <c>UniqueSimNumbers</c> makes IMSI and MSISDN unique (the network names SIMs by them). A database made before
/// may hold a number on several SIMs, which the unique index would refuse, and the portal would not start. Before that
/// migration runs, each such number stays on the SIM registered first (lowest id) and is cleared on the others: each clear
/// is journaled with the number it removed (nothing is lost) and logged as a warning, for someone to decide which SIM
/// really has it. An ambiguous number could not have named one SIM for the network anyway.
/// </summary>
internal static class DuplicateSimNumbers
{
    public const string Migration = "UniqueSimNumbers";
    public const string Actor = "migration:" + Migration;
    public const string Action = "Sim.DuplicateNumberCleared";

    private static readonly string[] Columns = ["Imsi", "Msisdn"];

    public static async Task<IReadOnlyList<ClearedSimNumber>> ClearBeforeUniqueIndexAsync(PortalDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        if (!pending.Any(id => id.EndsWith("_" + Migration, StringComparison.Ordinal)) || !await SimsTableExistsAsync(db, cancellationToken))
        {
            return [];
        }

        var cleared = new List<ClearedSimNumber>();
        var at = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var column in Columns)
        {
            // Every holder of a shared number but its first (column names come from the list above, never from input).
            var select = $"""
                SELECT s."Id", s."Iccid", s."{column}" AS "Value", s."PartnerId", s."CustomerId",
                       (SELECT f."Iccid" FROM "Sims" AS f WHERE f."{column}" = s."{column}" ORDER BY f."Id" LIMIT 1) AS "KeptOn"
                FROM "Sims" AS s
                WHERE s."{column}" IS NOT NULL
                  AND EXISTS (SELECT 1 FROM "Sims" AS o WHERE o."{column}" = s."{column}" AND o."Id" < s."Id")
                ORDER BY s."Id"
                """;
            var clear = $$"""UPDATE "Sims" SET "{{column}}" = NULL, "Version" = "Version" + 1 WHERE "Id" = {0}""";
            var rows = await db.Database.SqlQueryRaw<Holder>(select).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                await db.Database.ExecuteSqlRawAsync(clear, [row.Id], cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "Journal" ("At", "UserId", "UserEmail", "Action", "Entity", "EntityId", "Before", "After", "PartnerId", "CustomerId")
                    VALUES ({0}, {1}, NULL, {2}, 'Sim', {3}, {4}, {5}, {6}, {7})
                    """,
                    [at, Actor, Action, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Snapshot(column, row.Value), Snapshot(column, null), row.PartnerId, new SqliteParameter("customer", (object?)row.CustomerId ?? DBNull.Value)],
                    cancellationToken);
                cleared.Add(new ClearedSimNumber(column, row.Value, row.KeptOn, row.Iccid));
                logger.LogWarning(
                    "{Column} {Value} was on more than one SIM; kept on {KeptOn} (registered first), cleared on {ClearedOn} (journaled as {Action}): check which SIM has it",
                    column, row.Value, row.KeptOn, row.Iccid, Action);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return cleared;
    }

    private static string Snapshot(string column, string? value) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { [column] = value });

    private static async Task<bool> SimsTableExistsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = 'Sims'""")
            .SingleAsync(cancellationToken) > 0;

    private sealed record Holder(long Id, string Iccid, string Value, int PartnerId, int? CustomerId, string KeptOn);
}
