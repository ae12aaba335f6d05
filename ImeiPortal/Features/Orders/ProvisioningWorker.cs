using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Orders;

/// <summary>
/// Sends due orders to the "network": applies each to its SIM and completes it, or fails it with the reason
/// when its precondition no longer holds. Orders are rows, so whatever was pending at a restart is picked up.
/// </summary>
public sealed class ProvisioningWorker(
    IServiceScopeFactory scopes, IOptions<ProvisioningOptions> options, IOrderClaims claims, PortalInstance instance, IChangeHub hub, TimeProvider clock, Operations.PortalMetrics metrics,
    ILogger<ProvisioningWorker> logger)
    : SignalledWorker<OrderChanged>(hub)
{
    public const string Actor = "provisioning";
    private const int BatchSize = 100;
    private const int ConcurrencyRetries = 5;

    // The worker loop and a direct call (tests, an admin "process now") must not interleave.
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override bool Enabled => options.Value.WorkerEnabled;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));

    // A placed order wakes the worker, so a zero delay means "now" rather than "next poll".
    protected override bool Wakes(OrderChanged change) => change.State == OrderState.Pending;

    protected override async Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await ProcessDueOrdersAsync(cancellationToken) >= BatchSize)
        {
            return TimeSpan.Zero;
        }

        // An order placed with a delay is due later: wake then, not at the next poll. One another instance holds is
        // this one's only when that lease runs out.
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var me = instance.Id;
        return Until(await db.Orders.Where(o => o.State == OrderState.Pending)
            .MinAsync(o => (DateTime?)(o.LeaseOwner != me && o.LeaseUntil != null && o.LeaseUntil > o.DueAt ? o.LeaseUntil.Value : o.DueAt), cancellationToken));
    }

    protected override void LogFailedRound(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            // Under a busy feed an order can lose the race for its SIM every time in one round; the next round
            // decides again on the fresh SIM. Expected, so not an error.
            logger.LogWarning("Orders lost the race for their SIMs {Retries} times; retrying at the next round", ConcurrencyRetries);
        }
        else
        {
            logger.LogError(exception, "Processing orders failed; retrying at the next round");
        }
    }

    /// <summary>Processes every order due now (up to one batch); returns how many were completed or failed.</summary>
    public async Task<int> ProcessDueOrdersAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The journal records who changed the SIM: the provisioning system, on behalf of the order.
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(CurrentUser.ForSystem(Actor));
            var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            List<long> due;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                due = [.. await claims.ClaimDueAsync(db, now, now.AddSeconds(options.Value.LeaseSeconds), BatchSize, cancellationToken)];
            }

            var processed = 0;
            foreach (var id in due)
            {
                if (await ProcessAsync(dbFactory, id, cancellationToken))
                {
                    processed++;
                }
            }

            return processed;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> ProcessAsync(IDbContextFactory<PortalDbContext> dbFactory, long orderId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is not { State: OrderState.Pending })
            {
                return false;
            }

            var sim = await db.Sims.FirstAsync(s => s.Id == order.SimId, cancellationToken);
            var serviceDefault = sim.ServiceId is { } serviceId
                ? await db.ServiceProfiles.Where(p => p.Id == serviceId).Select(p => (ImeiStatus?)p.DefaultImeiStatus).FirstOrDefaultAsync(cancellationToken)
                : null;
            // SIMs activated under a customer take its lock policy's default scope.
            var lockScope = order.Type == OrderType.Activate && sim.CustomerId is { } customerId
                ? await db.Customers.Where(c => c.Id == customerId).Select(c => (LockScope?)c.DefaultLockScope).FirstOrDefaultAsync(cancellationToken)
                : null;
            var now = clock.GetUtcNow().UtcDateTime;
            var before = sim.ImeiStatus;
            try
            {
                order.ApplyTo(sim, serviceDefault, now, lockScope);
                order.Complete(now);
                ImeiStatusHistory.RecordIfChanged(db, sim, before, now);
            }
            catch (TransitionRefusedException refused)
            {
                order.Fail(refused.Message, now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Order {OrderId} ({Type}) for SIM {Iccid}: {State}", order.Id, order.Type, order.Iccid, order.State);
                metrics.Order(order.Type.ToString(), order.State.ToString());
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConcurrencyRetries)
            {
                // The feed or another writer changed the SIM meanwhile, or another instance took the order over when
                // this one's lease ran out: decide again on the fresh rows (an order already decided is left alone).
                logger.LogDebug("Order {OrderId} lost a race for SIM {Iccid}; retrying", order.Id, order.Iccid);
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
