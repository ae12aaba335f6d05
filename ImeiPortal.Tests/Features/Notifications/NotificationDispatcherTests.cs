using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Notifications;

/// <summary>The app with the dispatch loop off, so each test drives <see cref="NotificationDispatcher.DispatchDueAsync"/> itself.</summary>
public sealed class DispatcherFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:DispatcherEnabled"] = "false",
        ["Notifications:RetryBaseSeconds"] = "0",
        ["Notifications:MaxAttempts"] = "3",
        ["Webhooks:TimeoutSeconds"] = "5",
        // The test receiver listens on loopback, which production refuses.
        [ImeiPortal.Features.Notifications.WebhookTargets.AllowPrivateKey] = "true",
    };
}

public class NotificationDispatcherTests(DispatcherFactory factory) : TenantTests<DispatcherFactory>(factory)
{
    private NotificationDispatcher Dispatcher => Factory.Services.GetRequiredService<NotificationDispatcher>();

    [Fact]
    public async Task DispatchDue_Webhook_PostsSignedJsonAndMarksDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (sim, alarm, secret) = await FireWithSecretAsync(new AlarmRecipients(WebhookUrl: receiver.Url));

        await Dispatcher.DispatchDueAsync();

        var (body, signature) = Assert.Single(receiver.Received);
        Assert.Equal(NotificationDispatcher.Sign(body, secret!), signature);
        using (var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret!)))
        {
            Assert.Equal("sha256=" + Convert.ToHexStringLower(hmac.ComputeHash(body)), signature);
        }

        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(sim, json.GetProperty("iccid").GetString());
        Assert.Equal(alarm, json.GetProperty("alarmId").GetInt32());
        // The alarm's own recipients learn its name beside the message, which leaves it out (the SIM's customer reads it too).
        Assert.Equal("dispatch", json.GetProperty("alarmName").GetString());
        Assert.StartsWith($"SIM {sim} was seen in another device", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ImeiStatusChange", json.GetProperty("kind").GetString());
        var delivery = await DeliveryAsync(alarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Delivered, delivery.State);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public async Task DispatchDue_ReceiverFailsFirst_RetriesAndDelivers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer(500);
        var (_, alarm) = await FireAsync(new AlarmRecipients(WebhookUrl: receiver.Url));

        await Dispatcher.DispatchDueAsync();
        var failed = await DeliveryAsync(alarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Pending, failed.State);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("500", failed.LastError, StringComparison.Ordinal);

        await Dispatcher.DispatchDueAsync();
        var delivered = await DeliveryAsync(alarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Delivered, delivered.State);
        Assert.Equal(2, delivered.Attempts);
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task DispatchDue_ReceiverAlwaysFails_GivesUpAfterMaxAttemptsKeepingNotification()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.DefaultStatus = 503;
        var (_, alarm) = await FireAsync(new AlarmRecipients(WebhookUrl: receiver.Url));

        for (var i = 0; i < 4; i++)
        {
            await Dispatcher.DispatchDueAsync();
        }

        var delivery = await DeliveryAsync(alarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(3, receiver.Received.Count);
        Assert.True(await Factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.AlarmId == alarm)));
    }

    [Fact]
    public async Task DispatchDue_HangingWebhookBeforeFastOne_FastDeliveredWhileSlowPendingThenSlowTimesOutAndRetries()
    {
        await using var slow = await WebhookReceiver.StartAsync();
        await using var fast = await WebhookReceiver.StartAsync();
        slow.Delay = TimeSpan.FromMinutes(10);
        // The slow endpoint's delivery is older, so a one-at-a-time dispatcher would send it first.
        var (_, slowAlarm) = await FireAsync(new AlarmRecipients(WebhookUrl: slow.Url));
        var (_, fastAlarm) = await FireAsync(new AlarmRecipients(WebhookUrl: fast.Url));

        var round = Dispatcher.DispatchDueAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await DeliveryAsync(fastAlarm, DeliveryChannel.Webhook)).State != DeliveryState.Delivered && DateTime.UtcNow < deadline && !round.IsCompleted)
        {
            await Task.Delay(50);
        }

        Assert.Equal(DeliveryState.Delivered, (await DeliveryAsync(fastAlarm, DeliveryChannel.Webhook)).State);
        var whileFastDone = await DeliveryAsync(slowAlarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Pending, whileFastDone.State);
        Assert.Equal(0, whileFastDone.Attempts);
        Assert.Single(slow.Received);

        await round;
        var timedOut = await DeliveryAsync(slowAlarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Pending, timedOut.State);
        Assert.Equal(1, timedOut.Attempts);
        Assert.Equal("Timed out.", timedOut.LastError);

        slow.Delay = TimeSpan.Zero;
        await Dispatcher.DispatchDueAsync();
        var retried = await DeliveryAsync(slowAlarm, DeliveryChannel.Webhook);
        Assert.Equal(DeliveryState.Delivered, retried.State);
        Assert.Equal(2, retried.Attempts);
        Assert.Single(fast.Accepted);
    }

    [Fact]
    public async Task DispatchDue_Email_WritesMailToPickupDirectory()
    {
        var address = $"ops-{Guid.NewGuid():N}@example.com";
        var (sim, alarm) = await FireAsync(new AlarmRecipients(Emails: [address]));

        await Dispatcher.DispatchDueAsync();

        Assert.Equal(DeliveryState.Delivered, (await DeliveryAsync(alarm, DeliveryChannel.Email)).State);
        var mails = Directory.GetFiles(Factory.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(address, StringComparison.Ordinal)).ToList();
        Assert.Single(mails);
        var mail = Assert.Single(Mailbox.To(Factory, address));
        Assert.StartsWith($"Alarm 'dispatch': SIM {sim} was seen in another device", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_Portal_DeliveredImmediately()
    {
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailA(Security.Roles.PartnerAdmin)).Select(u => u.Id).SingleAsync());
        var (_, alarm) = await FireAsync(new AlarmRecipients(UserIds: [userId]));

        await Dispatcher.DispatchDueAsync();

        Assert.Equal(DeliveryState.Delivered, (await DeliveryAsync(alarm, DeliveryChannel.Portal)).State);
    }

    private async Task<(string Iccid, int AlarmId)> FireAsync(AlarmRecipients recipients)
    {
        var (iccid, alarmId, _) = await FireWithSecretAsync(recipients);
        return (iccid, alarmId);
    }

    private async Task<(string Iccid, int AlarmId, string? WebhookSecret)> FireWithSecretAsync(AlarmRecipients recipients)
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "dispatch", Iccids: [sim.Iccid], Recipients: recipients));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        return (sim.Iccid, alarm.Id, alarm.WebhookSecret);
    }

    private Task<NotificationDelivery> DeliveryAsync(int alarmId, DeliveryChannel channel) =>
        Factory.WithDbAsync(db => db.NotificationDeliveries
            .Where(d => d.Channel == channel && db.Notifications.Any(n => n.Id == d.NotificationId && n.AlarmId == alarmId))
            .SingleAsync());
}

public class NotificationOutboxRestartTests
{
    [Fact]
    public async Task Restart_PendingDeliveriesInDatabase_AreDeliveredByTheNewHost()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N"));
        using var store = TestDatabase.Create(folder);
        var settings = new Dictionary<string, string?>(store.Settings)
        {
            ["Notifications:RetryBaseSeconds"] = "0",
            [ImeiPortal.Features.Notifications.WebhookTargets.AllowPrivateKey] = "true",
        };
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.DefaultStatus = 500;
        int alarmId;
        using (var first = new ConfiguredPortalFactory(new Dictionary<string, string?>(settings) { ["Notifications:DispatcherEnabled"] = "false" }))
        {
            var t = await Tenants.CreateAsync(first);
            var sim = await AlarmTestData.AddSimAsync(first, t.PartnerA.Id, locked: true);
            alarmId = (await AlarmTestData.AddAlarmAsync(first, new(AlarmType.ImeiStatusChange, "restart", Iccids: [sim.Iccid],
                Recipients: new AlarmRecipients(WebhookUrl: receiver.Url)))).Id;
            await AlarmTestData.TriggerAsync(first, sim.Iccid);
            await first.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();
            Assert.Equal(DeliveryState.Pending, await StateAsync(first, alarmId));
        }

        // The receiver recovers while the portal is down; the new host's own loop must finish the job.
        receiver.DefaultStatus = 200;
        using var second = new ConfiguredPortalFactory(new Dictionary<string, string?>(settings) { ["Notifications:PollMilliseconds"] = "100" });
        _ = second.Services;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await StateAsync(second, alarmId) == DeliveryState.Pending && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(DeliveryState.Delivered, await StateAsync(second, alarmId));
        Assert.Equal(2, receiver.Received.Count);
    }

    private static Task<DeliveryState> StateAsync(PortalFactory Factory, int alarmId) =>
        Factory.WithDbAsync(db => db.NotificationDeliveries
            .Where(d => db.Notifications.Any(n => n.Id == d.NotificationId && n.AlarmId == alarmId))
            .Select(d => d.State).SingleAsync());
}
