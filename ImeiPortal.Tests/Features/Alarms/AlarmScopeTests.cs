using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Alarms;

/// <summary>An alarm acts on a SIM only while the SIM is in the alarm's scope, whatever its ICCID list says.</summary>
public class AlarmScopeTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task Feed_SimMovedToAnotherCustomer_CustomerAlarmWithItsIccidNeitherActsNorNotifies()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var recipient = $"a1-{Guid.NewGuid():N}@example.com";
        var alarmId = await CreateDeactivateAlarmAsync(sim.Iccid, recipient);
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/sims/{sim.Iccid}/customer", new { customerId = T.CustomerA2.Id })).StatusCode);

        await TheftAsync(sim.Iccid);

        Assert.Equal(ImeiStatus.Differed, await Factory.WithDbAsync(db => db.Sims.Where(s => s.Iccid == sim.Iccid).Select(s => s.ImeiStatus).SingleAsync()));
        Assert.False(await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.Iccid == sim.Iccid && o.Type == OrderType.Deactivate)));
        Assert.False(await Factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.AlarmId == alarmId)));
        Assert.False(await Factory.WithDbAsync(db => db.NotificationDeliveries.AnyAsync(d => d.Target == recipient)));
    }

    [Fact]
    public async Task Feed_CustomerAdminDeactivateAlarmOnOwnSim_DeactivatesIt()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarmId = await CreateDeactivateAlarmAsync(sim.Iccid, $"a1-{Guid.NewGuid():N}@example.com");

        await TheftAsync(sim.Iccid);

        var order = Assert.Single(await Factory.WithDbAsync(db => db.Orders.Where(o => o.Iccid == sim.Iccid && o.Type == OrderType.Deactivate).ToListAsync()));
        Assert.Equal($"alarm:{alarmId}", order.RequestedBy);
        Assert.True(await Factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.AlarmId == alarmId && n.Iccid == sim.Iccid)));
    }

    /// <summary>Customer A1's admin names the SIM in an alarm with action Deactivate and one email recipient.</summary>
    private async Task<int> CreateDeactivateAlarmAsync(string iccid, string email)
    {
        var customerAdmin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        var response = await customerAdmin.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange",
            name = "Theft " + Guid.NewGuid(),
            iccids = new[] { iccid },
            action = "Deactivate",
            enabled = true,
            recipients = new { emails = new[] { email } },
        });
        return (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private async Task TheftAsync(string iccid)
    {
        using var network = Factory.NetworkClient();
        var result = await (await network.PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, AlarmTestData.NewImei(), DateTime.UtcNow) }))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
    }
}
