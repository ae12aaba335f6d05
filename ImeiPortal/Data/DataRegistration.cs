using ImeiPortal.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
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
            .UsePortalSqlite(connectionString)
            .AddInterceptors(services.GetRequiredService<JournalInterceptor>(), services.GetRequiredService<Changes.ChangeSignals>())
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
        // Today the store is always SQLite; its fast paths and upkeep are registered in one place.
        builder.Services.AddPortalSqlite();
        // A provider without fast paths of its own writes and reads through plain ADO.NET.
        builder.Services.TryAddSingleton<IDetectionStore, PortableDetectionStore>();
        builder.Services.TryAddSingleton<IExportCursor, PortableExportCursor>();
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
        await SqliteRegistration.UseWriteAheadLogAsync(db);
    }
}
