using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>Everything the portal does differently on SQLite, registered in one place.</summary>
public static class SqliteRegistration
{
    /// <summary>The SQLite provider with the pragmas every connection of the pool runs with.</summary>
    public static DbContextOptionsBuilder UsePortalSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(SqlitePragmas.Instance);

    /// <summary>
    /// The feed's, the journal's, the exports' and the session look-up's fast paths on SQLite, the background copy of the write-ahead log, and the work claims
    /// of one writer per file.
    /// </summary>
    public static IServiceCollection AddPortalSqlite(this IServiceCollection services)
    {
        services.AddSingleton<IDetectionStore, SqliteDetectionStore>();
        services.AddSingleton<IJournalStore, SqliteJournalStore>();
        services.AddSingleton<IExportCursor, SqliteExportCursor>();
        services.AddHostedService<WalCheckpointer>();
        services.AddSingleton<IOrderClaims, SqliteOrderClaims>();
        services.AddSingleton<IDeliveryClaims, SqliteDeliveryClaims>();
        services.AddSingleton<IRetentionStore, SqliteRetentionStore>();
        services.AddSingleton<SqliteLookups>();
        services.AddSingleton<ISessionLookup>(s => s.GetRequiredService<SqliteLookups>());
        services.AddSingleton<IUserStateLookup>(s => s.GetRequiredService<SqliteLookups>());
        return services;
    }

    /// <summary>WAL lets readers (lists, exports) run while the feed writes; it is a property of the file, set once at start.</summary>
    public static async Task UseWriteAheadLogAsync(PortalDbContext db) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}
