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
    public static IServiceCollection AddPortalPostgreSql(this IServiceCollection services, string connectionString)
    {
        services.AddPortalContexts<PostgreSqlPortalDbContext>(
            options => options.UseNpgsql(connectionString).AddInterceptors(RowLockInterceptor.Instance), options => new PostgreSqlPortalDbContext(options));
        services.AddSingleton<IDetectionStore, PostgreSqlDetectionStore>();
        services.AddSingleton<IOrderClaims, PostgreSqlOrderClaims>();
        services.AddSingleton<IDeliveryClaims, PostgreSqlDeliveryClaims>();
        services.AddSingleton<IRetentionStore, PostgreSqlRetentionStore>();
        services.AddSingleton<IListCounts>(new PostgreSqlListCounts());
        // Its own data source: the relay's LISTEN connection stays open for the process's life, outside EF's use.
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<PostgreSqlLookups>();
        services.AddSingleton<ISessionLookup>(s => s.GetRequiredService<PostgreSqlLookups>());
        services.AddSingleton<IUserStateLookup>(s => s.GetRequiredService<PostgreSqlLookups>());
        services.AddSingleton<IStartupLock, PostgreSqlStartupLock>();
        services.AddSingleton<PostgreSqlChangeRelay>();
        services.Replace(ServiceDescriptor.Singleton<Changes.IChangeHub>(sp => sp.GetRequiredService<PostgreSqlChangeRelay>()));
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlChangeRelay>());
        return services;
    }
}
