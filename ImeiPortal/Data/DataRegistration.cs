using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        builder.Services.AddSingleton(Options.Create(database));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<JournalInterceptor>();
        builder.Services.AddSingleton<Changes.ChangeHub>();
        builder.Services.AddSingleton<Changes.IChangeHub>(sp => sp.GetRequiredService<Changes.ChangeHub>());
        builder.Services.AddSingleton<Changes.ChangeSignals>();
        builder.Services.AddSingleton<PortalInstance>();
        // Scoped factory: each service operation gets its own short-lived context (safe in Blazor circuits,
        // where several UI events may run at once), yet the journal still knows the scope's caller.
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            builder.Services.AddPortalPostgreSql(database.ConnectionString, Configure);
        }
        else
        {
            builder.Services.AddDbContextFactory<PortalDbContext>(
                (services, options) => Configure(services, options.UsePortalSqlite(database.ConnectionString)), ServiceLifetime.Scoped);
            builder.Services.AddPortalSqlite();
        }

        // The key ring protects sign-in cookies, bearer tokens and the webhook secrets stored in the database: it lives
        // beside them, so a restart, another machine or another instance on the same database reads them all.
        builder.Services.AddDataProtection()
            .SetApplicationName("ImeiPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        // A provider without fast paths of its own writes and reads through plain ADO.NET.
        builder.Services.TryAddSingleton<IDetectionStore, PortableDetectionStore>();
        builder.Services.TryAddSingleton<IJournalStore, PortableJournalStore>();
        builder.Services.TryAddSingleton<IExportCursor, PortableExportCursor>();
        builder.Services.TryAddSingleton<IListCounts, ExactListCounts>();
        builder.Services.TryAddSingleton<IStartupLock, NoStartupLock>();
        return builder;
    }

    /// <summary>What every provider's contexts share: the journal, the change signals and how failures are logged.</summary>
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
        app.Services.GetService<IStartupValidator>()?.Validate();
        var sqlite = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite;
        // Instances started together migrate one at a time: the later ones find the schema done.
        await using var startup = await app.Services.GetRequiredService<IStartupLock>().AcquireAsync(app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        if (sqlite)
        {
            // Databases made by the code of 2026-11 exist only on SQLite.
            await HandWrittenMigrationHistory.AdoptBaselineAsync(db, app.Lifetime.ApplicationStopping);
            await DuplicateSimNumbers.ClearBeforeUniqueIndexAsync(db, app.Logger, app.Lifetime.ApplicationStopping);
        }

        await db.Database.MigrateAsync();
        if (sqlite)
        {
            await SqliteRegistration.UseWriteAheadLogAsync(db);
        }
    }
}
