using System.Net;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Notifications;

/// <summary>The production default: webhooks may not reach loopback or private networks.</summary>
public sealed class GuardedWebhookFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // The loop is off: each test drives the dispatcher itself.
        ["Notifications:DispatcherEnabled"] = "false",
        ["Notifications:RetryBaseSeconds"] = "0",
    };
}

public sealed class WebhookTargetTests(GuardedWebhookFactory factory) : TenantTests<GuardedWebhookFactory>(factory)
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::7f00:1")] // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::192.168.1.1")]
    [InlineData("64:ff9b:1::a00:1")] // local-use NAT64 prefix
    [InlineData("2002:7f00:1::1")] // 6to4 of 127.0.0.1
    [InlineData("2002:a00:1::")] // 6to4 of 10.0.0.1
    [InlineData("2002:a9fe:a9fe::1")] // 6to4 of 169.254.169.254
    [InlineData("::127.0.0.1")] // IPv4-compatible
    [InlineData("::10.1.2.3")]
    [InlineData("::169.254.169.254")]
    [InlineData("2001::1")] // Teredo: tunnels to an address the portal cannot see
    [InlineData("2001:db8::1")]
    [InlineData("100::1")]
    [InlineData("ff02::1")]
    [InlineData("fec0::1")]
    [InlineData("::")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.1")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.1")]
    [InlineData("203.0.113.1")]
    [InlineData("224.0.0.1")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    public void IsInternal_PrivateOrLocalAddress_IsTrue(string address) => Assert.True(WebhookTargets.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")] // 6to4 of 8.8.8.8
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("100.128.0.1")]
    public void IsInternal_PublicAddress_IsFalse(string address) => Assert.False(WebhookTargets.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://example.com/")]
    [InlineData("ftp://example.com/x")]
    [InlineData("not a url")]
    public void SchemeError_NonHttpTarget_IsRefused(string url) => Assert.NotNull(WebhookTargets.SchemeError(url));

    [Fact]
    public async Task DispatchDue_LoopbackWebhookWithoutAllowPrivate_NeverReachesTheReceiver()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "ssrf", Iccids: [sim.Iccid],
            Recipients: new AlarmRecipients(WebhookUrl: receiver.Url)));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        await Factory.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();

        Assert.Empty(receiver.Received);
        var delivery = await Factory.WithDbAsync(db => db.NotificationDeliveries
            .Where(d => d.Channel == DeliveryChannel.Webhook && db.Notifications.Any(n => n.Id == d.NotificationId && n.AlarmId == alarm.Id))
            .SingleAsync());
        Assert.NotEqual(DeliveryState.Delivered, delivery.State);
        Assert.Contains("internal address", delivery.LastError, StringComparison.Ordinal);
    }
}
