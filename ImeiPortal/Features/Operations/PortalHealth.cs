using ImeiPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ImeiPortal.Features.Operations;

/// <summary>Ready: the store answers a query. A load balancer takes an instance out while it does not.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}

/// <summary>
/// Ready: no background worker (orders, notifications) has crashed. A crashed worker processes no more durable work
/// until a restart, so the instance is not ready. A worker switched off by configuration ends normally and is fine.
/// </summary>
internal sealed class WorkersHealthCheck(IEnumerable<IHostedService> hostedServices) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stopped = hostedServices.OfType<BackgroundService>()
            .Where(w => w.ExecuteTask is { IsFaulted: true })
            .Select(w => w.GetType().Name)
            .ToList();
        return Task.FromResult(stopped.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Stopped: " + string.Join(", ", stopped)));
    }
}
