using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ImeiPortal.Security;
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
        builder.Services.AddSingleton<JournalInterceptor>();
        builder.Services.AddSingleton<Changes.ChangeHub>();
        builder.Services.AddSingleton<Changes.IChangeHub>(sp => sp.GetRequiredService<Changes.ChangeHub>());
        builder.Services.AddSingleton<Changes.ChangeSignals>();
        builder.Services.AddSingleton<PortalInstance>();
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            builder.Services.AddPortalPostgreSql(database.ConnectionString);
        }
        else
        {
            builder.Services.AddPortalContexts<PortalDbContext>(options => options.UsePortalSqlite(database.ConnectionString), options => new PortalDbContext(options));
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

    /// <summary>
    /// The provider's contexts. Their options are built once (<see cref="ScopedContextFactory{TContext}"/>); the factory is
    /// scoped: each service operation gets its own short-lived context (safe in Blazor circuits, where several UI events
    /// may run at once), yet the journal still knows the scope's caller.
    /// </summary>
    /// <param name="provider">The provider and what it adds of its own (pragmas, row locks).</param>
    /// <param name="create">The context's constructor.</param>
    internal static IServiceCollection AddPortalContexts<TContext>(this IServiceCollection services,
        Func<DbContextOptionsBuilder<TContext>, DbContextOptionsBuilder> provider, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : PortalDbContext
    {
        services.AddSingleton(sp =>
        {
            var options = provider(new DbContextOptionsBuilder<TContext>())
                // Logging, and what EF would otherwise look for in the scope: from the application's root services.
                .UseApplicationServiceProvider(sp)
                .AddInterceptors(sp.GetRequiredService<JournalInterceptor>(), sp.GetRequiredService<Changes.ChangeSignals>())
                // A failed command or save is an exception to whoever called: it is that caller who knows whether it was
                // expected (a conflict the feed retries, a duplicate refused) or a fault (logged as an error there).
                .ConfigureWarnings(w => w.Log(
                    (RelationalEventId.CommandError, LogLevel.Information),
                    (CoreEventId.SaveChangesFailed, LogLevel.Information))
                    // A limit without an order is a question of "how many, up to N" (a list's capped count, whether a
                    // customer has more SIMs of a model than a batch), where any N rows answer it. A page is always
                    // ordered before it is cut (PageRequest.Of), and its order is what the list tests check.
                    .Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
            // EF's own extension point (services.ConfigureDbContext), kept for whoever adds to the options from outside.
            foreach (var configuration in sp.GetServices<IDbContextOptionsConfiguration<TContext>>())
            {
                configuration.Configure(sp, options);
            }

            return (DbContextOptions<TContext>)options.Options;
        });
        services.AddScoped<IDbContextFactory<PortalDbContext>>(sp =>
            new ScopedContextFactory<TContext>(sp.GetRequiredService<DbContextOptions<TContext>>(), sp.GetRequiredService<ICurrentUser>(), create));
        // The data protection key ring and the design-time tools ask for a context itself.
        services.AddScoped(sp => (TContext)sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        if (typeof(TContext) != typeof(PortalDbContext))
        {
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<TContext>());
        }

        return services;
    }

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
