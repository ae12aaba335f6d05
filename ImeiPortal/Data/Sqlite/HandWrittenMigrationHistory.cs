using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>
/// Until 2026-12-01 migrations were hand-written (no EF Design package was served); they were replaced by a
/// generated baseline with the same schema. A database made by that code records the hand-written ids, so the
/// baseline is recorded as applied instead of run: running it would create tables that exist. A test proves the
/// schema and rows of such a database come through unchanged.
/// </summary>
internal static class HandWrittenMigrationHistory
{
    private const string Last = "20261129230000_DetectionHistoryChain";

    private static readonly string[] Ids = ["20261123180000_Initial", "20261123192000_ListIndexes", Last];

    public static async Task AdoptBaselineAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var applied = await AppliedAsync(db, cancellationToken);
        if (!applied.Overlaps(Ids))
        {
            return;
        }

        if (!applied.Contains(Last))
        {
            // Its data step (linking every SIM's detection history) exists only in the code of that time.
            throw new InvalidOperationException(
                $"This database predates migration {Last}. Start it once with ImeiPortal of 2026-11-30 (which applies it), then with this version.");
        }

        var baseline = db.Database.GetMigrations().First();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" IN ({0}, {1}, {2})""", [Ids[0], Ids[1], Ids[2]], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({0}, {1})""",
            [baseline, ProductVersion()], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<HashSet<string>> AppliedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'""")
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return [];
        }

        return [.. await db.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """).ToListAsync(cancellationToken)];
    }

    private static string ProductVersion()
    {
        var version = typeof(DbContext).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion;
        return version.Split('+')[0];
    }
}
