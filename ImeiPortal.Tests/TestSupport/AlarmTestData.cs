using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Network;
using ImeiPortal.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ImeiPortal.Data;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>SIMs and alarms for alarm, notification and journal tests, unique per call.</summary>
internal static class AlarmTestData
{
    public static string NewIccid() => TestIds.Iccid(Random.Shared.NextInt64(1, 9_999_999_999_999));

    public static string NewImei() => TestIds.Imei(TestIds.TacA, Random.Shared.Next(1, 999_999));

    /// <summary>An active SIM; when <paramref name="locked"/>, armed and then seen in a device, so it is Locked.</summary>
    public static async Task<Sim> AddSimAsync(PortalFactory factory, int partnerId, int? customerId = null, bool locked = false,
        string? network = null, SimStatus status = SimStatus.Active)
    {
        return await factory.WithDbAsync(async db =>
        {
            var sim = new Sim(Iccid.Parse(NewIccid()), partnerId, DateTime.UtcNow.AddDays(-1), network: network, customerId: customerId);
            if (status != SimStatus.Inventory)
            {
                sim.Activate(enableImeiLock: locked);
            }

            if (locked)
            {
                sim.ApplyDetection(NewImei(), DateTime.UtcNow.AddHours(-1));
            }

            if (status == SimStatus.Barred)
            {
                sim.Bar(byImeiLock: false);
            }
            else if (status == SimStatus.Deactivated)
            {
                sim.Deactivate();
            }

            db.Sims.Add(sim);
            await db.SaveChangesAsync();
            return sim;
        });
    }

    /// <summary>A Locked SIM then seen in <paramref name="devices"/> other devices within minutes: Differed, and with 3 or more, frequent changes.</summary>
    public static async Task<Sim> AddDifferedSimAsync(PortalFactory factory, int partnerId, int? customerId = null, int devices = 1, string? network = null)
    {
        var sim = await AddSimAsync(factory, partnerId, customerId, locked: true, network: network);
        return await factory.WithDbAsync(async db =>
        {
            var stored = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            var now = DateTime.UtcNow;
            for (var i = devices; i > 0; i--)
            {
                stored.ApplyDetection(NewImei(), now.AddMinutes(-i));
            }

            await db.SaveChangesAsync();
            return stored;
        });
    }

    /// <summary>Moves a Locked SIM into another device and runs the alarm handler in the same save, as the detection feed does.</summary>
    public static async Task<ImeiLockTriggered> TriggerAsync(PortalFactory factory, string iccid, string? newImei = null, DateTime? at = null)
    {
        return await factory.AsSystemAsync(async services =>
        {
            var handler = services.GetRequiredService<IImeiLockTriggerHandler>();
            await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            var outcome = sim.ApplyDetection(newImei ?? NewImei(), at ?? DateTime.UtcNow);
            var trigger = outcome.Trigger ?? throw new InvalidOperationException($"SIM {iccid} did not trigger ({outcome.Result}, {sim.ImeiStatus}).");
            await handler.OnTriggeredAsync(db, sim, trigger, CancellationToken.None);
            await db.SaveChangesAsync();
            return trigger;
        });
    }

    /// <summary>Creates an alarm as the platform admin; without a tenant given, it belongs to its first SIM's partner.</summary>
    public static async Task<AlarmDto> AddAlarmAsync(PortalFactory factory, SaveAlarmRequest request)
    {
        if (request.PartnerId is null && request.CustomerId is null && request.Iccids is [var first, ..])
        {
            request = request with { PartnerId = await factory.WithDbAsync(db => db.Sims.Where(s => s.Iccid == first).Select(s => s.PartnerId).SingleAsync()) };
        }

        return await factory.AsSystemAsync(services => services.GetRequiredService<AlarmService>().CreateAsync(request));
    }
}

/// <summary>One <see cref="Tenants"/> per app: xunit builds the test class per test, but the tenants' users are unique per database.</summary>
internal static class SharedTenants
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PortalFactory, Task<Tenants>> Created = [];

    public static Task<Tenants> OfAsync(PortalFactory factory) => Created.GetValue(factory, Tenants.CreateAsync);
}
