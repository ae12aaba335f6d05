using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Tests.Features.Orders;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Alarms;

// The worker is off: these tests look at the orders the handler places, before anything processes them (the worker's
// side is ImeiLockAlarmOrderTests).
public class ImeiLockAlarmHandlerTests(ManualProvisioningFactory factory) : TenantTests<ManualProvisioningFactory>(factory)
{
    [Fact]
    public async Task OnTriggered_NotifyAlarm_CreatesOneNotificationWithDeliveriesAndNoOrder()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailA(Security.Roles.PartnerUser)).Select(u => u.Id).SingleAsync());
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Notify", Iccids: [sim.Iccid],
            Recipients: new AlarmRecipients([userId], ["a@example.com", "b@example.com"], "http://127.0.0.1:9/hook")));

        var trigger = await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var notifications = await Factory.WithDbAsync(db => db.Notifications.Include(n => n.Deliveries).Where(n => n.AlarmId == alarm.Id).ToListAsync());
        var n = Assert.Single(notifications);
        Assert.Equal(NotificationKind.ImeiStatusChange, n.Kind);
        Assert.Equal(sim.Iccid, n.Iccid);
        Assert.Equal(trigger.NewImei, n.NewImei);
        Assert.Equal(trigger.PreviousImei, n.PreviousImei);
        Assert.Equal(trigger.ImeiLock, n.ImeiLock);
        Assert.Equal(T.PartnerA.Id, n.PartnerId);
        Assert.Equal(T.CustomerA1.Id, n.CustomerId);
        Assert.Contains(trigger.NewImei, n.Message, StringComparison.Ordinal);
        Assert.Equal(
            [(DeliveryChannel.Portal, userId), (DeliveryChannel.Email, "a@example.com"), (DeliveryChannel.Email, "b@example.com"), (DeliveryChannel.Webhook, "http://127.0.0.1:9/hook")],
            n.Deliveries.OrderBy(d => d.Id).Select(d => (d.Channel, d.Target)).ToList());
        Assert.False(await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Iccid == sim.Iccid)));
    }

    [Theory]
    [InlineData(AlarmAction.Bar, OrderType.Bar, Order.ImeiLockBarLabel)]
    [InlineData(AlarmAction.Deactivate, OrderType.Deactivate, Order.ImeiLockDeactivateLabel)]
    public async Task OnTriggered_ActionAlarm_PlacesLabelledOrder(AlarmAction action, OrderType type, string label)
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA2.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Act", Iccids: [sim.Iccid], Action: action));

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var order = Assert.Single(await Factory.WithDbAsync(db => db.Orders.Where(o => o.Iccid == sim.Iccid).ToListAsync()));
        Assert.Equal(type, order.Type);
        Assert.Equal(label, order.Label);
        Assert.Equal(OrderState.Pending, order.State);
        Assert.Equal($"alarm:{alarm.Id}", order.RequestedBy);
        Assert.Single(await Factory.WithDbAsync(db => db.Notifications.Where(n => n.AlarmId == alarm.Id).ToListAsync()));
    }

    [Fact]
    public async Task OnTriggered_BarOnSuspendedSim_SkipsOrderAndSaysSo()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, locked: true);
        await Factory.WithDbAsync(async db =>
        {
            var tracked = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            tracked.Suspend();
            return await db.SaveChangesAsync();
        });
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Bar", Iccids: [sim.Iccid], Action: AlarmAction.Bar));

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        Assert.False(await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Iccid == sim.Iccid)));
        var n = Assert.Single(await Factory.WithDbAsync(db => db.Notifications.Where(n => n.AlarmId == alarm.Id && n.Iccid == sim.Iccid).ToListAsync()));
        Assert.Contains("No bar order was placed", n.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as the feed calls it: the batch's firings and pending orders read at once first
    public async Task OnTriggered_SameTriggerTwice_FiresOnce(bool preloaded)
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Once", CustomerId: T.CustomerB1.Id, Action: AlarmAction.Bar));

        var trigger = await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        // A replay of the same detection (e.g. the feed resent a batch) reaches the handler again.
        await Factory.AsSystemAsync(async services =>
        {
            var handler = services.GetRequiredService<ImeiPortal.Features.Network.IImeiLockTriggerHandler>();
            await using var db = await services.GetRequiredService<IDbContextFactory<ImeiPortal.Data.PortalDbContext>>().CreateDbContextAsync();
            var tracked = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            if (preloaded)
            {
                await handler.OnTriggeringAsync(db, [(tracked, trigger)], CancellationToken.None);
            }

            await handler.OnTriggeredAsync(db, tracked, trigger, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        Assert.Single(await Factory.WithDbAsync(db => db.Notifications.Where(n => n.AlarmId == alarm.Id).ToListAsync()));
        Assert.Single(await Factory.WithDbAsync(db => db.Orders.Where(o => o.Iccid == sim.Iccid).ToListAsync()));
    }

    [Fact]
    public async Task OnTriggered_ScopeAndEnabled_OnlyCoveringEnabledAlarmsFire()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var other = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var byIccid = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "iccid", Iccids: [sim.Iccid]));
        var otherIccid = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "other", Iccids: [other.Iccid]));
        var byCustomer = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "customer", CustomerId: T.CustomerA1.Id));
        var otherCustomer = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "customer2", CustomerId: T.CustomerA2.Id));
        var disabled = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "off", CustomerId: T.CustomerA1.Id, Enabled: false));
        var otherPartner = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "B", PartnerId: T.PartnerB.Id));

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var fired = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.Iccid == sim.Iccid).Select(n => n.AlarmId).ToListAsync());
        Assert.Contains(byIccid.Id, fired);
        Assert.Contains(byCustomer.Id, fired);
        Assert.DoesNotContain(otherIccid.Id, fired);
        Assert.DoesNotContain(otherCustomer.Id, fired);
        Assert.DoesNotContain(disabled.Id, fired);
        Assert.DoesNotContain(otherPartner.Id, fired);
        Assert.Equal(fired.Count, fired.Distinct().Count());
    }

    [Fact]
    public void Covers_PartnerWideAlarm_CoversAllSimsOfThePartnerOnly()
    {
        var alarm = new Alarm(7, AlarmType.ImeiStatusChange, "all", DateTime.UtcNow);
        var own = new Sim(ImeiPortal.Domain.Identifiers.Iccid.Parse(AlarmTestData.NewIccid()), 7, DateTime.UtcNow, customerId: 3);
        var foreign = new Sim(ImeiPortal.Domain.Identifiers.Iccid.Parse(AlarmTestData.NewIccid()), 8, DateTime.UtcNow);

        Assert.True(ImeiLockAlarmHandler.Covers(alarm, own));
        Assert.False(ImeiLockAlarmHandler.Covers(alarm, foreign));
    }
}
