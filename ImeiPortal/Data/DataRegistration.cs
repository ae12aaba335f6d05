using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImeiPortal.Data;

public static class DataRegistration
{
    /// <summary>
    /// The store named by <c>Database:Provider</c> (SQLite by default: a file under the app's data folder unless
    /// <c>ConnectionStrings:Portal</c> says otherwise; PostgreSQL: that connection string, required).
    /// </summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var database = DatabaseOptions.Read(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "data"));
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(database));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<JournalInterceptor>();
        builder.Services.AddSingleton<Changes.ChangeHub>();
        builder.Services.AddSingleton<Changes.IChangeHub>(sp => sp.GetRequiredService<Changes.ChangeHub>());
        builder.Services.AddSingleton<Changes.ChangeSignals>();
        builder.Services.AddSingleton<PortalInstance>();
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            AddPostgreSql(builder.Services, database.ConnectionString);
        }
        else
        {
            // Scoped factory: each service operation gets its own short-lived context (safe in Blazor circuits,
            // where several UI events may run at once), yet the journal still knows the scope's caller.
            builder.Services.AddDbContextFactory<PortalDbContext>(
                (services, options) => Configure(services, options.UseSqlite(database.ConnectionString)).AddInterceptors(SqlitePragmas.Instance),
                ServiceLifetime.Scoped);
            builder.Services.AddHostedService<WalCheckpointer>();
            builder.Services.AddSingleton<IOrderClaims, Sqlite.SqliteOrderClaims>();
            builder.Services.AddSingleton<IDeliveryClaims, Sqlite.SqliteDeliveryClaims>();
        }

        // The key ring protects sign-in cookies, bearer tokens and the webhook secrets stored in the database: it lives
        // beside them, so a restart, another machine or another instance on the same database reads them all.
        builder.Services.AddDataProtection()
            .SetApplicationName("ImeiPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }

    /// <summary>
    /// The derived context carries PostgreSQL's migrations; everything else keeps asking for <see cref="PortalDbContext"/>
    /// and its factory, which hand out the derived type.
    /// </summary>
    private static void AddPostgreSql(IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PostgreSQL.PostgreSqlPortalDbContext>(
            (sp, options) => Configure(sp, options.UseNpgsql(connectionString)), ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<PortalDbContext>>(sp =>
            new DerivedContextFactory<PostgreSQL.PostgreSqlPortalDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSQL.PostgreSqlPortalDbContext>>()));
        services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgreSQL.PostgreSqlPortalDbContext>());
        services.AddSingleton<IOrderClaims, PostgreSQL.PostgreSqlOrderClaims>();
        services.AddSingleton<IDeliveryClaims, PostgreSQL.PostgreSqlDeliveryClaims>();
    }

    private static DbContextOptionsBuilder Configure(IServiceProvider services, DbContextOptionsBuilder options) => options
        .AddInterceptors(services.GetRequiredService<JournalInterceptor>(), services.GetRequiredService<Changes.ChangeSignals>())
        // A failed command or save is an exception to whoever called: it is that caller who knows whether it was
        // expected (a conflict the feed retries, a duplicate refused) or a fault (logged as an error there).
        .ConfigureWarnings(w => w.Log(
            (RelationalEventId.CommandError, LogLevel.Information),
            (CoreEventId.SaveChangesFailed, LogLevel.Information)));

    /// <summary>Brings the store to the model's schema before anything reads it.</summary>
    public static async Task MigratePortalDataAsync(this WebApplication app)
    {
        // Settings validated at start are checked before the store is touched: a bad value must not migrate or seed first.
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // Databases made by the code of 2026-11 exist only on SQLite.
            await Sqlite.HandWrittenMigrationHistory.AdoptBaselineAsync(db, app.Lifetime.ApplicationStopping);
            await Sqlite.DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, app.Logger, app.Lifetime.ApplicationStopping);
        }

        await db.Database.MigrateAsync();
        if (sqlite)
        {
            // WAL lets readers (lists, exports) run while the feed writes; it is a property of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>Hands out the provider's derived context where the portal's own type is asked for.</summary>
    private sealed class DerivedContextFactory<TDerived>(IDbContextFactory<TDerived> inner) : IDbContextFactory<PortalDbContext>
        where TDerived : PortalDbContext
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
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
