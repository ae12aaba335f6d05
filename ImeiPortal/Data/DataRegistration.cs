using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImeiPortal.Data;

public static class DataRegistration
{
    /// <summary>SQLite store: a file under the app's data folder unless <c>ConnectionStrings:Portal</c> says otherwise.</summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(builder.Environment.ContentRootPath, "data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "imeiportal.db")}";
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<JournalInterceptor>();
        builder.Services.AddSingleton<Changes.ChangeHub>();
        builder.Services.AddSingleton<Changes.IChangeHub>(sp => sp.GetRequiredService<Changes.ChangeHub>());
        builder.Services.AddSingleton<Changes.ChangeSignals>();
        // Scoped factory: each service operation gets its own short-lived context (safe in Blazor circuits,
        // where several UI events may run at once), yet the journal still knows the scope's caller.
        builder.Services.AddDbContextFactory<PortalDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(services.GetRequiredService<JournalInterceptor>(), SqlitePragmas.Instance, services.GetRequiredService<Changes.ChangeSignals>())
            // A failed command or save is an exception to whoever called: it is that caller who knows whether it was
            // expected (a conflict the feed retries, a duplicate refused) or a fault (logged as an error there).
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Information),
                (CoreEventId.SaveChangesFailed, LogLevel.Information))),
            ServiceLifetime.Scoped);
        // The key ring protects sign-in cookies, bearer tokens and the webhook secrets stored in the database: it lives
        // beside them, so a restart, another machine or another instance on the same database reads them all.
        builder.Services.AddDataProtection()
            .SetApplicationName("ImeiPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        builder.Services.AddHostedService<WalCheckpointer>();
        return builder;
    }

    /// <summary>Brings the store to the model's schema before anything reads it.</summary>
    public static async Task MigratePortalDataAsync(this WebApplication app)
    {
        // Settings validated at start are checked before the store is touched: a bad value must not migrate or seed first.
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await Sqlite.HandWrittenMigrationHistory.AdoptBaselineAsync(db, app.Lifetime.ApplicationStopping);
        await Sqlite.DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, app.Logger, app.Lifetime.ApplicationStopping);
        await db.Database.MigrateAsync();
        // WAL lets readers (lists, exports) run while the feed writes; it is a property of the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Per-connection settings SQLite does not keep in the file.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection)
            {
                return;
            }

            using var command = connection.CreateCommand();
            // NORMAL is durable in WAL mode except on power loss of the OS; busy_timeout makes writers wait, not fail.
            // case_sensitive_like: LINQ's StartsWith is ordinal, and only a case-sensitive LIKE can use the plain
            // (BINARY) indexes, so an identifier prefix search is an index range, not a scan of a million rows.
            // wal_autocheckpoint=0: the commit that fills the log would otherwise copy it back (fsync included) before
            // returning; WalCheckpointer does that in the background instead.
            command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA case_sensitive_like=ON; "
                + "PRAGMA wal_autocheckpoint=0;";
            command.ExecuteNonQuery();
        }
    }
}
