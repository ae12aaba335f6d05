using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Incidents;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using ImeiPortal.Tests.Features.Notifications;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Alarms;

/// <summary>
/// Through the feed: more than 20 triggers of one customer's SIMs into one new model within 10 minutes form one incident,
/// whose e-mail and webhook go out once (listing the SIMs) while portal notifications and actions stay per SIM.
/// </summary>
public class IncidentTests(DispatcherFactory factory) : TenantTests<DispatcherFactory>(factory)
{
    private const string LockTac = "35209900";
    private const string ThiefTac = "86123404";
    private const string OtherThiefTac = "49015420";

    private readonly HttpClient _network = factory.NetworkClient();

    [Fact]
    public async Task Feed_25TheftsIntoOneNewModelInOneBatch_OneIncidentWithOneEmailAndWebhookListingTheSims()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var customerId = await NewCustomerAsync();
        var sims = await LockedSimsAsync(customerId, 25);
        var alarmId = await AlarmAsync(customerId, AlarmAction.Notify, receiver.Url);

        await FeedAsync(sims.Select(s => (s, EngineData.NewImei(ThiefTac))));

        await AssertOneIncidentAsync(customerId, alarmId, sims);
        await Factory.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();
        var (body, _) = Assert.Single(receiver.Received);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Incident", json.GetProperty("kind").GetString());
        Assert.Equal(sims.Order(StringComparer.Ordinal), json.GetProperty("iccids").EnumerateArray().Select(e => e.GetString()!));
        Assert.True(json.GetProperty("incidentId").GetInt64() > 0);
        var mail = Assert.Single(Directory.GetFiles(Factory.MailFolder), f => File.ReadAllText(f).Contains(sims[0], StringComparison.Ordinal));
        var text = File.ReadAllText(mail);
        Assert.All(sims, iccid => Assert.Contains(iccid, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_25TheftsOverTwoBatches_OneIncidentWithOneEmailAndWebhook()
    {
        var customerId = await NewCustomerAsync();
        var sims = await LockedSimsAsync(customerId, 25);
        var alarmId = await AlarmAsync(customerId, AlarmAction.Notify, "https://hooks.example.com/imei");

        await FeedAsync(sims.Take(15).Select(s => (s, EngineData.NewImei(ThiefTac))));
        await FeedAsync(sims.Skip(15).Select(s => (s, EngineData.NewImei(ThiefTac))));

        await AssertOneIncidentAsync(customerId, alarmId, sims);
    }

    [Fact]
    public async Task Feed_25TheftsWithABarAlarm_BarsEverySim()
    {
        var customerId = await NewCustomerAsync();
        var sims = await LockedSimsAsync(customerId, 25);
        var alarmId = await AlarmAsync(customerId, AlarmAction.Bar, "https://hooks.example.com/imei");

        await FeedAsync(sims.Take(10).Select(s => (s, EngineData.NewImei(ThiefTac))));
        await FeedAsync(sims.Skip(10).Select(s => (s, EngineData.NewImei(ThiefTac))));

        await AssertOneIncidentAsync(customerId, alarmId, sims);
        Assert.Equal(25, await Factory.WithDbAsync(db => db.Orders.CountAsync(o => sims.Contains(o.Iccid) && o.Type == OrderType.Bar)));
    }

    [Fact]
    public async Task Feed_20Thefts_NoIncidentAndOneEmailPerSim()
    {
        var customerId = await NewCustomerAsync();
        var sims = await LockedSimsAsync(customerId, 20);
        var alarmId = await AlarmAsync(customerId, AlarmAction.Notify, null);

        await FeedAsync(sims.Select(s => (s, EngineData.NewImei(ThiefTac))));

        Assert.False(await Factory.WithDbAsync(db => db.Incidents.AnyAsync(i => i.CustomerId == customerId)));
        Assert.Equal(20, await Factory.WithDbAsync(db => db.NotificationDeliveries.CountAsync(d =>
            d.Channel == DeliveryChannel.Email && d.State == DeliveryState.Pending && db.Notifications.Any(n => n.Id == d.NotificationId && n.AlarmId == alarmId))));
    }

    [Fact]
    public async Task Feed_TheftsSplitOverTwoCustomersOrTwoModels_NoSharedIncident()
    {
        var (first, second, third) = (await NewCustomerAsync(), await NewCustomerAsync(), await NewCustomerAsync());
        var firstSims = await LockedSimsAsync(first, 15);
        var secondSims = await LockedSimsAsync(second, 15);
        var twoModels = await LockedSimsAsync(third, 30);

        await FeedAsync(firstSims.Concat(secondSims).Select(s => (s, EngineData.NewImei(ThiefTac)))
            .Concat(twoModels.Select((s, i) => (s, EngineData.NewImei(i % 2 == 0 ? ThiefTac : OtherThiefTac)))));

        var customers = new[] { first, second, third };
        Assert.False(await Factory.WithDbAsync(db => db.Incidents.AnyAsync(i => customers.Contains(i.CustomerId!.Value))));
    }

    [Fact]
    public async Task ListIncidents_OwnAndOtherTenant_OnlyTheOwnersSeeIt()
    {
        var customerId = await NewCustomerAsync();
        var sims = await LockedSimsAsync(customerId, 21);
        await AlarmAsync(customerId, AlarmAction.Notify, null);
        await FeedAsync(sims.Select(s => (s, EngineData.NewImei(ThiefTac))));
        var incident = await Factory.WithDbAsync(db => db.Incidents.SingleAsync(i => i.CustomerId == customerId));

        var own = await ListAsync(Tenants.EmailA(Roles.PartnerReadOnly));
        var otherPartner = await ListAsync(Tenants.EmailB(Roles.PartnerAdmin));
        var otherCustomer = await ListAsync(Tenants.EmailA(Roles.CustomerAdmin));

        var dto = Assert.Single(own.Items, i => i.Id == incident.Id);
        Assert.Equal((customerId, ThiefTac, 21), (dto.CustomerId, dto.NewTac, dto.SimCount));
        Assert.True(dto.FirstAt <= dto.LastAt);
        Assert.DoesNotContain(otherPartner.Items, i => i.Id == incident.Id);
        Assert.DoesNotContain(otherCustomer.Items, i => i.Id == incident.Id);
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var past = await (await admin.GetAsync($"/api/incidents?from={incident.FirstAt.AddDays(-2):O}&to={incident.FirstAt.AddDays(-1):O}"))
            .ReadAsync<PagedResult<IncidentDto>>(HttpStatusCode.OK);
        Assert.DoesNotContain(past.Items, i => i.Id == incident.Id);
    }

    private async Task AssertOneIncidentAsync(int customerId, int alarmId, List<string> sims)
    {
        var incident = await Factory.WithDbAsync(db => db.Incidents.SingleAsync(i => i.CustomerId == customerId));
        Assert.Equal((ThiefTac, sims.Count), (incident.NewTac, incident.SimCount));
        var notifications = await Factory.WithDbAsync(db => db.Notifications.AsNoTracking().Include(n => n.Deliveries).Where(n => n.AlarmId == alarmId).ToListAsync());
        var perSim = notifications.Where(n => n.Kind == NotificationKind.ImeiStatusChange).ToList();
        Assert.Equal(sims.Order(StringComparer.Ordinal), perSim.Select(n => n.Iccid!).Order(StringComparer.Ordinal));
        Assert.All(perSim, n => Assert.Equal(incident.Id, n.IncidentId));
        Assert.All(perSim, n => Assert.Single(n.Deliveries, d => d.Channel == DeliveryChannel.Portal));
        var live = notifications.SelectMany(n => n.Deliveries.Select(d => (n, d))).Where(x => x.d.Channel != DeliveryChannel.Portal && x.d.State != DeliveryState.Failed).ToList();
        Assert.Equal(2, live.Count);
        Assert.All(live, x => Assert.Equal((NotificationKind.Incident, incident.Id), (x.n.Kind, x.n.IncidentId)));
        Assert.Equal([DeliveryChannel.Email, DeliveryChannel.Webhook], live.Select(x => x.d.Channel).Order());

        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var listed = await (await admin.GetAsync($"/api/notifications?alarmId={alarmId}&pageSize=100")).ReadAsync<PagedResult<NotificationDto>>(HttpStatusCode.OK);
        Assert.Equal(sims.Count, listed.Items.Count(n => n.Kind == NotificationKind.ImeiStatusChange && n.IncidentId == incident.Id));
    }

    private async Task<PagedResult<IncidentDto>> ListAsync(string email)
    {
        var client = await Factory.ClientAsAsync(email);
        return await (await client.GetAsync("/api/incidents?pageSize=500")).ReadAsync<PagedResult<IncidentDto>>(HttpStatusCode.OK);
    }

    private async Task FeedAsync(IEnumerable<(string Iccid, string Imei)> detections)
    {
        var at = DateTime.UtcNow.AddSeconds(-5);
        var result = await (await _network.PostAsJsonAsync("/api/network/detections", detections.Select(d => EngineData.Detection(d.Iccid, d.Imei, at)).ToArray()))
            .ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        Assert.Empty(result.Rejected);
    }

    private async Task<int> NewCustomerAsync()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var customer = await (await admin.PostAsJsonAsync("/api/customers", new { name = "Wave " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        return customer.GetProperty("id").GetInt32();
    }

    /// <summary>Active SIMs of the customer, each Locked to its own device of <see cref="LockTac"/>.</summary>
    private async Task<List<string>> LockedSimsAsync(int customerId, int count) => await Factory.WithDbAsync(async db =>
    {
        var sims = Enumerable.Range(0, count).Select(_ =>
        {
            var sim = new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, DateTime.UtcNow.AddDays(-1), customerId: customerId);
            sim.Activate(enableImeiLock: true);
            sim.ApplyDetection(EngineData.NewImei(LockTac), DateTime.UtcNow.AddHours(-1));
            return sim;
        }).ToList();
        db.Sims.AddRange(sims);
        await db.SaveChangesAsync();
        return sims.ConvertAll(s => s.Iccid);
    });

    private async Task<int> AlarmAsync(int customerId, AlarmAction action, string? webhookUrl)
    {
        var adminId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailA(Roles.PartnerUser)).Select(u => u.Id).SingleAsync());
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.ImeiStatusChange, "Wave " + Guid.NewGuid(),
            PartnerId: T.PartnerA.Id, CustomerId: customerId, Action: action, Enabled: true,
            Recipients: new AlarmRecipients([adminId], ["ops@example.com"], webhookUrl)));
        return alarm.Id;
    }
}
