using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>What a save changed reaches the change hub once committed, and never when it was not.</summary>
public sealed class ChangeSignalsTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly TimeSpan Arrives = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(500);

    private IChangeHub Hub => Factory.Services.GetRequiredService<IChangeHub>();

    [Fact]
    public async Task SaveChanges_WithoutTransaction_PublishesTheSimAfterTheSave()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        using var recorder = new ChangeRecorder<SimChanged>(Hub, c => c.SimId == sim.Id);

        await SuspendAsync(sim.Id);

        Assert.True(await recorder.WaitForAsync(_ => true, Arrives));
        var change = Assert.Single(recorder.Received);
        Assert.Equal(new SimChanged(sim.Id, sim.Iccid, T.PartnerA.Id, T.CustomerA1.Id), change);
    }

    [Fact]
    public async Task SaveChanges_InTransaction_PublishesOnlyOnceCommitted()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        using var recorder = new ChangeRecorder<SimChanged>(Hub, c => c.SimId == sim.Id);

        await Factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Sims.SingleAsync(s => s.Id == sim.Id)).Suspend();
            await db.SaveChangesAsync();
            Assert.False(await recorder.WaitForAsync(_ => true, Silence), "signalled before the commit");
            await transaction.CommitAsync();
            return 0;
        });

        Assert.True(await recorder.WaitForAsync(_ => true, Arrives));
    }

    [Fact]
    public async Task SaveChanges_RolledBackOrDroppedTransaction_PublishesNothing()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        using var recorder = new ChangeRecorder<SimChanged>(Hub, c => c.SimId == sim.Id);

        await Factory.WithDbAsync(async db =>
        {
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                (await db.Sims.SingleAsync(s => s.Id == sim.Id)).Suspend();
                await db.SaveChangesAsync();
                await rolledBack.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            await using (var dropped = await db.Database.BeginTransactionAsync())
            {
                (await db.Sims.SingleAsync(s => s.Id == sim.Id)).Suspend();
                await db.SaveChangesAsync();
            }

            // A later committed transaction on the same context publishes its own change only.
            db.ChangeTracker.Clear();
            var other = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
            await using var committed = await db.Database.BeginTransactionAsync();
            (await db.Sims.SingleAsync(s => s.Id == other.Id)).Suspend();
            await db.SaveChangesAsync();
            await committed.CommitAsync();
            return 0;
        });

        Assert.False(await recorder.WaitForAsync(_ => true, Silence));
        Assert.Equal(SimStatus.Active, (await EngineData.GetSimAsync(Factory, sim.Iccid)).Status);
    }

    [Fact]
    public async Task SaveChanges_Fails_PublishesNothing()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        using var recorder = new ChangeRecorder<SimChanged>(Hub, c => c.Iccid == sim.Iccid);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => Factory.WithDbAsync(db =>
        {
            db.Sims.Add(new Sim(Iccid.Parse(sim.Iccid), T.PartnerA.Id, DateTime.UtcNow));
            return db.SaveChangesAsync();
        }));

        Assert.False(await recorder.WaitForAsync(_ => true, Silence));
    }

    [Fact]
    public async Task Feed_LastSeenOnlyDetection_PublishesTheSimAfterTheBatchCommits()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        using var recorder = new ChangeRecorder<SimChanged>(Hub, c => c.SimId == sim.Id);

        // No IMEI from this network: only "last seen" moves, through the feed's bulk write that bypasses EF.
        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(sim.Iccid, null, DateTime.UtcNow) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await recorder.WaitForAsync(c => c.PartnerId == T.PartnerB.Id && c.CustomerId == T.CustomerB1.Id, Arrives));
    }

    [Fact]
    public async Task Trigger_NotifyAlarm_PublishesNotificationWithItsPortalRecipientsAndDueDeliveries()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailA(Security.Roles.PartnerUser)).Select(u => u.Id).SingleAsync());
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Signal", Iccids: [sim.Iccid],
            Recipients: new AlarmRecipients([userId], ["signal@example.com"])));
        using var created = new ChangeRecorder<NotificationCreated>(Hub, _ => true);
        using var due = new ChangeRecorder<DeliveryDue>(Hub, _ => true);

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var id = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.AlarmId == alarm.Id).Select(n => n.Id).SingleAsync());
        Assert.True(await created.WaitForAsync(n => n.NotificationId == id, Arrives));
        var notification = created.Received.Single(n => n.NotificationId == id);
        Assert.Equal((T.PartnerA.Id, (int?)T.CustomerA1.Id, userId), (notification.PartnerId, notification.CustomerId, Assert.Single(notification.PortalRecipients)));
        Assert.True(await due.WaitForAsync(d => d.NotificationId == id, Arrives));
        Assert.Equal(2, due.Received.Count(d => d.NotificationId == id));
    }

    [Fact]
    public async Task PlaceOrder_PublishesPendingThenFinishedOrder()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        using var recorder = new ChangeRecorder<OrderChanged>(Hub, c => c.Iccid == iccid);

        var order = await EngineData.RunOrderAsync(Factory, iccid, new ImeiPortal.Features.Orders.PlaceOrderRequest(OrderType.Activate));

        Assert.True(await recorder.WaitForAsync(c => c.OrderId == order.Id && c.State == OrderState.Completed, Arrives));
        Assert.Contains(recorder.Received, c => c.OrderId == order.Id && c.State == OrderState.Pending);
    }

    private Task<int> SuspendAsync(long simId) => Factory.WithDbAsync(async db =>
    {
        (await db.Sims.SingleAsync(s => s.Id == simId)).Suspend();
        return await db.SaveChangesAsync();
    });
}
