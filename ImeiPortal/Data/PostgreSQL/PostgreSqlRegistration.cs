using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>Everything the portal does differently on PostgreSQL, registered in one place.</summary>
public static class PostgreSqlRegistration
{
    /// <summary>
    /// The store on PostgreSQL. The derived context carries PostgreSQL's migrations; everything else keeps asking for
    /// <see cref="PortalDbContext"/> and its factory, which hand out the derived type.
    /// </summary>
    /// <param name="configure">What every provider's contexts share (interceptors, logging).</param>
    public static IServiceCollection AddPortalPostgreSql(
        this IServiceCollection services, string connectionString, Func<IServiceProvider, DbContextOptionsBuilder, DbContextOptionsBuilder> configure)
    {
        services.AddDbContextFactory<PostgreSqlPortalDbContext>(
            (sp, options) => configure(sp, options.UseNpgsql(connectionString)).AddInterceptors(RowLockInterceptor.Instance), ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<PortalDbContext>>(sp => new DerivedContextFactory(sp.GetRequiredService<IDbContextFactory<PostgreSqlPortalDbContext>>()));
        services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgreSqlPortalDbContext>());
        services.AddSingleton<IDetectionStore, PostgreSqlDetectionStore>();
        services.AddSingleton<IOrderClaims, PostgreSqlOrderClaims>();
        services.AddSingleton<IDeliveryClaims, PostgreSqlDeliveryClaims>();
        services.AddSingleton<IRetentionStore, PostgreSqlRetentionStore>();
        services.AddSingleton<IListCounts>(new PostgreSqlListCounts());
        // Its own data source: the relay's LISTEN connection stays open for the process's life, outside EF's use.
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<IStartupLock, PostgreSqlStartupLock>();
        services.AddSingleton<PostgreSqlChangeRelay>();
        services.Replace(ServiceDescriptor.Singleton<Changes.IChangeHub>(sp => sp.GetRequiredService<PostgreSqlChangeRelay>()));
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlChangeRelay>());
        return services;
    }

    /// <summary>Hands out the derived context where the portal's own type is asked for.</summary>
    private sealed class DerivedContextFactory(IDbContextFactory<PostgreSqlPortalDbContext> inner) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
