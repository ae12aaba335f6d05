using System.Collections.Concurrent;
using ImeiPortal.Data;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>What the test trigger handler saw, and which SIMs it should bar (as an alarm with the Bar action would).</summary>
public sealed class TriggerRecorder
{
    public ConcurrentQueue<ImeiLockTriggered> Seen { get; } = new();
    public ConcurrentDictionary<string, bool> BarIccids { get; } = new();

    public IReadOnlyList<ImeiLockTriggered> For(string iccid) => [.. Seen.Where(t => t.Iccid == iccid)];
}

/// <summary>The app with a stand-in for the alarms feature: it records every trigger and bars the SIMs a test asks for.</summary>
public sealed class TriggerFactory : PortalFactory
{
    public TriggerRecorder Recorder { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Recorder);
            services.AddScoped<IImeiLockTriggerHandler, BarringTriggerHandler>();
        });
    }

    private sealed class BarringTriggerHandler(TriggerRecorder recorder, OrderService orders) : IImeiLockTriggerHandler
    {
        public async Task OnTriggeredAsync(IBatchContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken)
        {
            recorder.Seen.Enqueue(trigger);
            if (recorder.BarIccids.ContainsKey(sim.Iccid))
            {
                await orders.PlaceSystemOrderAsync(db, sim, OrderType.Bar, OrderReason.ImeiLockAlarm, "alarm:test", cancellationToken: cancellationToken);
            }
        }

        public Task OnUnexpectedModelAsync(IBatchContext db, Sim sim, string imei, DateTime observedAt, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnBackInLockDeviceAsync(IBatchContext db, Sim sim, DateTime observedAt, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
