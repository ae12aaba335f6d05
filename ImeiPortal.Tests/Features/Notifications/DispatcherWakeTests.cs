using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Notifications;

/// <summary>The dispatcher polls once an hour: whatever it sends sooner, a signal made it send.</summary>
public sealed class HourlyPollDispatcherFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:PollMilliseconds"] = "3600000",
        ["Notifications:RetryBaseSeconds"] = "1",
        [ImeiPortal.Features.Notifications.WebhookTargets.AllowPrivateKey] = "true",
    };
}

public sealed class DispatcherWakeTests(HourlyPollDispatcherFactory factory) : TenantTests<HourlyPollDispatcherFactory>(factory)
{
    [Fact]
    public async Task Trigger_EmailDeliveryAndHourlyPoll_DeliveredWithinTwoSeconds()
    {
        var address = $"wake-{Guid.NewGuid():N}@example.com";
        var alarm = await FireAsync(new AlarmRecipients(Emails: [address]));

        Assert.Equal(DeliveryState.Delivered, await WaitAsync(alarm, d => d.State != DeliveryState.Pending, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Trigger_WebhookFailsOnceAndHourlyPoll_RetriedWhenTheBackoffEnds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer(500);
        var alarm = await FireAsync(new AlarmRecipients(WebhookUrl: receiver.Url));

        // First attempt at once (the signal), the retry a second later (the round's own wake-up), no poll in between.
        Assert.Equal(DeliveryState.Delivered, await WaitAsync(alarm, d => d.State != DeliveryState.Pending, TimeSpan.FromSeconds(4)));
        Assert.Equal(2, receiver.Received.Count);
    }

    private async Task<int> FireAsync(AlarmRecipients recipients)
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "wake", Iccids: [sim.Iccid], Recipients: recipients));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        return alarm.Id;
    }

    private async Task<DeliveryState> WaitAsync(int alarmId, Func<NotificationDelivery, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var delivery = await Factory.WithDbAsync(db => db.NotificationDeliveries
                .Where(d => db.Notifications.Any(n => n.Id == d.NotificationId && n.AlarmId == alarmId)).SingleAsync());
            if (done(delivery) || DateTime.UtcNow > deadline)
            {
                return delivery.State;
            }

            await Task.Delay(25);
        }
    }
}
