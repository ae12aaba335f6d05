using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// Two instances on one PostgreSQL database and one slow webhook endpoint: an instance sends at most
/// <see cref="NotificationDispatcher.MaxPerTarget"/> calls at a time to it, so deliveries it claimed wait their turn for
/// longer than their lease. Its own rounds (every poll) claim them again, which renews the lease, so the other instance
/// never takes over a delivery the first is still going to send: without that renewal this test saw 16 sends of 10.
/// </summary>
public sealed class DeliveryLeaseTests : IDisposable
{
    private readonly ConfiguredPortalFactory _first;
    private readonly ConfiguredPortalFactory _second;

    public DeliveryLeaseTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:PollMilliseconds"] = "100",
            // A send (1.5 s at the receiver) fits in the lease and its timeout; four queued behind two do not.
            ["Notifications:LeaseSeconds"] = "2",
            ["Webhooks:TimeoutSeconds"] = "1.9",
            [WebhookTargets.AllowPrivateKey] = "true",
        };
        _first = new ConfiguredPortalFactory(settings);
        _second = new ConfiguredPortalFactory(new Dictionary<string, string?>(settings).Concat(_first.SharedStore).ToDictionary());
    }

    [PostgreSqlOnlyFact]
    public async Task WebhookDeliveries_QueuedLongerThanTheirLease_AreEachSentOnce()
    {
        _ = _second.Server;
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromSeconds(1.5);
        var t = await Tenants.CreateAsync(_first);
        var sims = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            sims.Add((await AlarmTestData.AddSimAsync(_first, t.PartnerA.Id, locked: true)).Iccid);
        }

        await AlarmTestData.AddAlarmAsync(_first, new(AlarmType.ImeiStatusChange, "slow endpoint", Iccids: sims, Recipients: new AlarmRecipients(WebhookUrl: receiver.Url)));
        // One feed batch: all the deliveries are due at once, on the instance that took the batch.
        var batch = await _first.NetworkClient().PostAsJsonAsync("/api/network/detections", sims.Select(i => EngineData.Detection(i, AlarmTestData.NewImei(), DateTime.UtcNow)).ToArray());
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);

        await ProcessApi.WaitAsync(() => Task.FromResult(receiver.Accepted.Count >= sims.Count), "a webhook per theft", seconds: 60);
        await Task.Delay(3000); // room for a queued second send to show

        Assert.Equal(sims.Count, receiver.Accepted.Distinct().Count());
        Assert.Equal(sims.Count, receiver.Accepted.Count);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}
