using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Alarms;

/// <summary>
/// Through the feed: every trigger is scored (notification and SIM), an alarm acts only from its minimum risk, a delayed
/// action is cancelled when the SIM comes back to its lock device, and an Armed SIM in a model outside the customer's
/// allowed TACs raises an UnexpectedModel notification instead of locking.
/// </summary>
public class TheftRiskAlarmTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private const string TacA = "35209900";
    private const string TacB = "86123404";

    private readonly HttpClient _network = factory.NetworkClient();

    [Fact]
    public async Task Feed_OnePhoneCarriesTwoStolenSimsOfAnotherModel_ScoredHigherThanASameModelSwap()
    {
        var (sameModel, stolenA, stolenB) = (await LockedSimAsync(), await LockedSimAsync(), await LockedSimAsync());
        var alarmId = await CreateAlarmAsync("Notify", [sameModel, stolenA, stolenB]);
        var thiefPhone = EngineData.NewImei(TacB);

        await FeedAsync((sameModel, EngineData.NewImei(TacA)), (stolenA, thiefPhone), (stolenB, thiefPhone));

        var notifications = await NotificationsAsync(alarmId);
        var low = notifications.Single(n => n.Iccid == sameModel);
        var high = notifications.Single(n => n.Iccid == stolenA);
        Assert.True(high.RiskScore > low.RiskScore, $"{high.RiskScore} should be above {low.RiskScore}");
        Assert.Contains(high.RiskReasons, r => r.Contains("another SIM", StringComparison.Ordinal));
        Assert.Contains(high.RiskReasons, r => r.Contains("model", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(low.RiskReasons, r => r.Contains("another SIM", StringComparison.Ordinal));
        Assert.Equal(high.RiskScore, (await EngineData.GetSimAsync(Factory, stolenA)).RiskScore);
    }

    [Fact]
    public async Task Feed_RiskBelowTheAlarmsMinimum_NotifiesWithoutBarring()
    {
        var iccid = await LockedSimAsync();
        var alarmId = await CreateAlarmAsync("Bar", [iccid], minRiskScore: 90);

        await FeedAsync((iccid, EngineData.NewImei(TacA)));

        var notification = Assert.Single(await NotificationsAsync(alarmId));
        Assert.Contains("below the alarm's minimum 90", notification.Message, StringComparison.Ordinal);
        Assert.False(await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Iccid == iccid && o.Type == OrderType.Bar)));
    }

    [Fact]
    public async Task Feed_DelayedBarThenBackInTheLockDevice_BarIsCancelledWithItsReason()
    {
        var lockImei = EngineData.NewImei(TacA);
        var iccid = await LockedSimAsync(lockImei);
        await CreateAlarmAsync("Bar", [iccid], actionDelayMinutes: 30);

        await FeedAsync((iccid, EngineData.NewImei(TacB)));
        var pending = Assert.Single(await Factory.WithDbAsync(db => db.Orders.Where(o => o.Iccid == iccid && o.Type == OrderType.Bar).ToListAsync()));
        await FeedAsync((iccid, lockImei));

        Assert.True(pending.DueAt >= pending.CreatedAt.AddMinutes(29), $"due {pending.DueAt:O}, created {pending.CreatedAt:O}");
        var cancelled = await Factory.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == pending.Id));
        Assert.Equal(OrderState.Cancelled, cancelled.State);
        Assert.Contains("lock device", cancelled.Reason, StringComparison.Ordinal);
        Assert.Equal(SimStatus.Active, (await EngineData.GetSimAsync(Factory, iccid)).Status);
    }

    /// <summary>
    /// "No other SIM of the customer is in this model": the batch's own triggering SIMs do not count as the fleet (a
    /// theft wave of several SIMs into one phone model is still new to the customer), another SIM of the fleet does.
    /// </summary>
    [Fact]
    public async Task Feed_WaveIntoAModelNoOtherFleetSimHas_NewToTheCustomerUntilAFleetSimUsesIt()
    {
        const string reason = "No other SIM of the customer is in this device model";
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var customerId = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Wave " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var wave = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            wave.Add(await LockedSimAsync(customerId: customerId));
        }

        var later = await LockedSimAsync(customerId: customerId);
        var alarmId = await CreateAlarmAsync("Notify", [.. wave, later], customerId: customerId);
        // The only SIM of its customer, moved to another phone of its own model: its own stored device is no fleet.
        var soloCustomerId = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Solo " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var solo = await LockedSimAsync(customerId: soloCustomerId);
        var soloAlarmId = await CreateAlarmAsync("Notify", [solo], customerId: soloCustomerId);

        await FeedAsync([.. wave.Select(iccid => (iccid, EngineData.NewImei(TacB))), (solo, EngineData.NewImei(TacA))]);
        var fleetSim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, customerId);
        await FeedAsync((fleetSim, EngineData.NewImei(TacB)));
        await FeedAsync((later, EngineData.NewImei(TacB)));

        var notifications = await NotificationsAsync(alarmId);
        Assert.All(wave, iccid => Assert.Contains(reason, notifications.Single(n => n.Iccid == iccid).RiskReasons));
        Assert.DoesNotContain(reason, notifications.Single(n => n.Iccid == later).RiskReasons);
        Assert.Contains(reason, Assert.Single(await NotificationsAsync(soloAlarmId)).RiskReasons);
    }

    [Fact]
    public async Task Feed_ArmedSimInAModelOutsideTheAllowedTacs_StaysArmedAndNotifiesUnexpectedModelOnce()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var customer = await (await admin.PostAsJsonAsync("/api/customers", new { name = "Fleet " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var customerId = customer.GetProperty("id").GetInt32();
        await (await admin.PutAsJsonAsync($"/api/customers/{customerId}/lock-policy", new { allowedTacs = new[] { TacA } })).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, customerId, enableImeiLock: true);
        var alarmId = await CreateAlarmAsync("Bar", [iccid], customerId: null);
        var phone = EngineData.NewImei(TacB);

        await FeedAsync((iccid, phone));
        await FeedAsync((iccid, phone));

        var notification = Assert.Single(await NotificationsAsync(alarmId), n => n.Iccid == iccid);
        Assert.Equal((NotificationKind.UnexpectedModel, phone), (notification.Kind, notification.NewImei));
        Assert.Equal(ImeiStatus.Armed, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
        Assert.False(await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Iccid == iccid && o.Type == OrderType.Bar)));
    }

    [Fact]
    public async Task CreateAlarm_DelayOrMinimumOutOfRange_Returns400AndStoresNothing()
    {
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var name = "Bad " + Guid.NewGuid();

        var problem = await (await partner.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange", name, action = "Bar", enabled = true, actionDelayMinutes = 1441, minRiskScore = 101,
        })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("actionDelayMinutes", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("minRiskScore", out _));
        Assert.False(await Factory.WithDbAsync(db => db.Alarms.AnyAsync(a => a.Name == name)));
    }

    private DateTime _clock = DateTime.UtcNow.AddHours(-1);

    private async Task FeedAsync(params (string Iccid, string Imei)[] detections)
    {
        _clock = _clock.AddMinutes(1);
        var result = await (await _network.PostAsJsonAsync("/api/network/detections", detections.Select(d => EngineData.Detection(d.Iccid, d.Imei, _clock)).ToArray()))
            .ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        Assert.Empty(result.Rejected);
    }

    /// <summary>A SIM of customer A2 (or the one given), Locked to <paramref name="lockImei"/>.</summary>
    private async Task<string> LockedSimAsync(string? lockImei = null, int? customerId = null)
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, customerId ?? T.CustomerA2.Id, enableImeiLock: true);
        await FeedAsync((iccid, lockImei ?? EngineData.NewImei(TacA)));
        return iccid;
    }

    /// <summary>A partner A alarm naming only the test's own SIMs, so no other test's alarm acts on them.</summary>
    private async Task<int> CreateAlarmAsync(string action, string[] iccids, int? minRiskScore = null, int? actionDelayMinutes = null, int? customerId = -1)
    {
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await partner.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange", name = "Risk " + Guid.NewGuid(), customerId = customerId == -1 ? T.CustomerA2.Id : customerId, iccids, action, enabled = true,
            minRiskScore, actionDelayMinutes, recipients = new { emails = new[] { "ops@example.com" } },
        });
        return (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private async Task<List<NotificationDto>> NotificationsAsync(int alarmId)
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        return [.. (await (await admin.GetAsync($"/api/notifications?alarmId={alarmId}&pageSize=100")).ReadAsync<ImeiPortal.Features.Common.PagedResult<NotificationDto>>(HttpStatusCode.OK)).Items];
    }
}
