using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Alarms;

public class AlarmApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly string[] ExpectedErrors = ["iccids", "action", "thresholdMb", "recipients.emails", "recipients.webhookUrl", "recipients.userIds"];
    [Fact]
    public async Task Create_ValidImeiAlarm_Returns201AndIsReadable()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange",
            name = "Theft " + Guid.NewGuid(),
            iccids = new[] { sim.Iccid },
            action = "Bar",
            enabled = true,
            recipients = new { emails = new List<string> { "ops@example.com" }, webhookUrl = "https://hooks.example.com/x" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/alarms/{id}", response.Headers.Location?.OriginalString);
        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/alarms/{id}");
        Assert.Equal("Bar", fetched.GetProperty("action").GetString());
        Assert.Equal(T.PartnerA.Id, fetched.GetProperty("partnerId").GetInt32());
        Assert.Equal(sim.Iccid, fetched.GetProperty("iccids")[0].GetString());
        Assert.Equal("ops@example.com", fetched.GetProperty("recipients").GetProperty("emails")[0].GetString());
    }

    [Fact]
    public async Task Create_BadInput_Returns400WithFieldErrorsAndStoresNothing()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var name = "Bad " + Guid.NewGuid();
        var response = await client.PostAsJsonAsync("/api/alarms", new
        {
            type = "SingleSim",
            name,
            action = "Deactivate",
            enabled = true,
            thresholdMb = 0,
            recipients = new { emails = new List<string> { "not-an-email" }, webhookUrl = "ftp://x.example.com", userIds = new List<string> { "nobody" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in ExpectedErrors)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"missing error for {field}: {errors}");
        }

        Assert.False(await Factory.WithDbAsync(db => db.Alarms.AnyAsync(a => a.Name == name)));
    }

    [Fact]
    public async Task Create_StaticPoolWithoutIccidsOrWithForeignSim_Returns400()
    {
        var foreign = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        var empty = await client.PostAsJsonAsync("/api/alarms", new { type = "StaticPool", name = "Pool", thresholdMb = 10, enabled = true });
        var other = await client.PostAsJsonAsync("/api/alarms", new { type = "StaticPool", name = "Pool", thresholdMb = 10, iccids = new[] { foreign.Iccid } });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("iccids", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.PartnerReadOnly)]
    [InlineData(Roles.CustomerUser)]
    [InlineData(Roles.CustomerReadOnly)]
    public async Task Create_RoleWithoutManageAlarms_Returns403(string role)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(role));
        var response = await client.PostAsJsonAsync("/api/alarms", new { type = "ImeiStatusChange", name = "No", enabled = true });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_CustomerAdminNamingAnotherCustomer_Returns404AndCreatesNothing()
    {
        // Another customer is out of scope: "not found", as everywhere else, rather than quietly redirected.
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var name = "Mine " + Guid.NewGuid().ToString("N");
        var response = await client.PostAsJsonAsync("/api/alarms", new { type = "ImeiStatusChange", name, customerId = T.CustomerA2.Id, enabled = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Alarms.AnyAsync(a => a.Name == name)));
    }

    [Fact]
    public async Task GetPutDelete_OutOfScope_Return404()
    {
        var partnerAlarm = await AlarmTestData.AddAlarmAsync(Factory, new(ImeiPortal.Domain.Alarms.AlarmType.ImeiStatusChange, "Partner A wide", PartnerId: T.PartnerA.Id));
        var otherPartner = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));
        var customerAdmin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var update = new { type = "ImeiStatusChange", name = "Hijack", enabled = false };

        foreach (var client in new[] { otherPartner, customerAdmin })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/alarms/{partnerAlarm.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/alarms/{partnerAlarm.Id}", update)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/alarms/{partnerAlarm.Id}")).StatusCode);
            var list = await client.GetFromJsonAsync<JsonElement>("/api/alarms?pageSize=500");
            Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt32() == partnerAlarm.Id);
        }

        Assert.Equal("Partner A wide", await Factory.WithDbAsync(db => db.Alarms.Where(a => a.Id == partnerAlarm.Id).Select(a => a.Name).SingleAsync()));
    }

    [Fact]
    public async Task PutThenDelete_InScope_UpdatesAndRemoves()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var created = await (await client.PostAsJsonAsync("/api/alarms", new { type = "DynamicPool", name = "Fleet", thresholdMb = 5, filter = new { tag = "fleet" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var put = await client.PutAsJsonAsync($"/api/alarms/{id}", new { name = "Fleet 2", thresholdMb = 7, enabled = false, filter = new { network = "X" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, updated.GetProperty("thresholdMb").GetInt32());
        Assert.False(updated.GetProperty("enabled").GetBoolean());
        Assert.Equal("X", updated.GetProperty("filter").GetProperty("network").GetString());

        var changeType = await client.PutAsJsonAsync($"/api/alarms/{id}", new { type = "SingleSim", name = "Fleet 3", thresholdMb = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, changeType.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/alarms/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/alarms/{id}")).StatusCode);
    }
}
