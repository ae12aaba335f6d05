using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Notifications;

public class NotificationApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task List_ByIccid_ReturnsContractShape()
    {
        var (iccid, alarmId) = await FireAsync(T.PartnerA.Id, T.CustomerA1.Id, new AlarmRecipients(Emails: ["x@example.com"]));
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerReadOnly));

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/notifications?iccid={iccid}");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal(alarmId, item.GetProperty("alarmId").GetInt32());
        Assert.Equal(iccid, item.GetProperty("iccid").GetString());
        Assert.Equal("ImeiStatusChange", item.GetProperty("kind").GetString());
        foreach (var field in new[] { "id", "createdAt", "message", "previousImei", "newImei", "imeiLock", "tacChanged" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        var delivery = item.GetProperty("deliveries")[0];
        Assert.Equal("Email", delivery.GetProperty("channel").GetString());
        Assert.Equal("x@example.com", delivery.GetProperty("target").GetString());
        Assert.True(delivery.TryGetProperty("state", out _));
        Assert.True(delivery.TryGetProperty("attempts", out _));

        var byAlarm = await client.GetFromJsonAsync<JsonElement>($"/api/notifications?alarmId={alarmId}");
        Assert.Equal(1, byAlarm.GetProperty("total").GetInt32());
        var future = await client.GetFromJsonAsync<JsonElement>($"/api/notifications?alarmId={alarmId}&from={DateTime.UtcNow.AddDays(1):O}");
        Assert.Equal(0, future.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListAndGet_CustomerUser_SeesOnlyOwnCustomersNotifications()
    {
        var (ownIccid, _) = await FireAsync(T.PartnerA.Id, T.CustomerA1.Id, new AlarmRecipients());
        var (otherIccid, _) = await FireAsync(T.PartnerA.Id, T.CustomerA2.Id, new AlarmRecipients());
        var (foreignIccid, _) = await FireAsync(T.PartnerB.Id, T.CustomerB1.Id, new AlarmRecipients());
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));
        var partnerB = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));

        var visible = (await customer.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=500")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("iccid").GetString()).ToList();
        Assert.Contains(ownIccid, visible);
        Assert.DoesNotContain(otherIccid, visible);
        Assert.DoesNotContain(foreignIccid, visible);

        var otherId = await IdAsync(otherIccid);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/api/notifications/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerB.GetAsync($"/api/notifications/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync($"/api/notifications/{await IdAsync(ownIccid)}")).StatusCode);
    }

    [Fact]
    public async Task ListAndGet_CustomerReadOnlyOnPartnerAlarm_CountsPartnerDeliveriesWithoutTheirTargets()
    {
        const string token = "tok-5f3a9c1e7d";
        var partnerAdminId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == Tenants.EmailA(Roles.PartnerAdmin)).Select(u => u.Id).SingleAsync());
        var (iccid, _) = await FireAsync(T.PartnerA.Id, T.CustomerA1.Id, new AlarmRecipients(
            UserIds: [partnerAdminId], Emails: ["noc@partner-a.example"], WebhookUrl: $"https://hooks.partner-a.example/imei?token={token}"));
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerReadOnly));

        var listed = await customer.GetAsync($"/api/notifications?iccid={iccid}");
        var fetched = await customer.GetAsync($"/api/notifications/{await IdAsync(iccid)}");

        foreach (var response in new[] { listed, fetched })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("partner-a.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain(partnerAdminId, text, StringComparison.Ordinal);
        }

        var item = (await fetched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveries");
        Assert.Equal(["Portal", "Email", "Webhook"], item.EnumerateArray().Select(d => d.GetProperty("channel").GetString()));
        Assert.All(item.EnumerateArray(), d =>
        {
            Assert.Equal(JsonValueKind.Null, d.GetProperty("target").ValueKind);
            Assert.True(d.TryGetProperty("state", out _));
            Assert.True(d.TryGetProperty("attempts", out _));
        });
        var partnerView = (await partner.GetFromJsonAsync<JsonElement>($"/api/notifications?iccid={iccid}")).GetProperty("items")[0].GetProperty("deliveries");
        Assert.Contains(partnerView.EnumerateArray(), d => d.GetProperty("target").GetString()!.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListAndGet_CustomerUserOnPartnerAlarm_MessageDoesNotNameThePartnersAlarm()
    {
        const string alarmName = "Partner-internal rule 7c2e";
        var (iccid, _) = await FireAsync(T.PartnerA.Id, T.CustomerA1.Id, new AlarmRecipients(), alarmName);
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));

        var listed = await customer.GetFromJsonAsync<JsonElement>($"/api/notifications?iccid={iccid}");
        var fetched = await customer.GetFromJsonAsync<JsonElement>($"/api/notifications/{await IdAsync(iccid)}");

        foreach (var item in new[] { listed.GetProperty("items")[0], fetched })
        {
            var message = item.GetProperty("message").GetString()!;
            Assert.StartsWith($"SIM {iccid} was seen in another device", message, StringComparison.Ordinal);
            Assert.DoesNotContain(alarmName, item.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_CustomerUserOnOwnCustomerAlarm_SeesItsTargets()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "own", CustomerId: T.CustomerA1.Id, Iccids: [sim.Iccid],
            Recipients: new AlarmRecipients(Emails: ["fleet@a1.example"])));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));

        var fetched = await customer.GetFromJsonAsync<JsonElement>($"/api/notifications/{await IdAsync(sim.Iccid)}");

        Assert.Equal("fleet@a1.example", fetched.GetProperty("deliveries")[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task UnreadCountAndMarkRead_PortalRecipient_CountsDownOnce()
    {
        var email = Tenants.EmailA(Roles.CustomerUser);
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var client = await Factory.ClientAsAsync(email);
        var before = await UnreadAsync(client);
        var (iccid, _) = await FireAsync(T.PartnerA.Id, T.CustomerA1.Id, new AlarmRecipients(UserIds: [userId]));
        Assert.Equal(before + 1, await UnreadAsync(client));

        var id = await IdAsync(iccid);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(before, await UnreadAsync(client));

        var notRecipient = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        Assert.Equal(HttpStatusCode.NotFound, (await notRecipient.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task List_BadPaging_Returns400()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/notifications?pageSize=0")).StatusCode);
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("count").GetInt32();

    private Task<long> IdAsync(string iccid) => Factory.WithDbAsync(db => db.Notifications.Where(n => n.Iccid == iccid).Select(n => n.Id).SingleAsync());

    private async Task<(string Iccid, int AlarmId)> FireAsync(int partnerId, int customerId, AlarmRecipients recipients, string alarmName = "n")
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, partnerId, customerId, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, alarmName, Iccids: [sim.Iccid], Recipients: recipients));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        return (sim.Iccid, alarm.Id);
    }
}
