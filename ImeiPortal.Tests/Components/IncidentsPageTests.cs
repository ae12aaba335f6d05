using Bunit;
using ImeiPortal.Components.Pages.Incidents;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Devices;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Components;

/// <summary>The incidents page names the customer and the model and links the wave's SIMs; another partner's incidents stay out.</summary>
public sealed class IncidentsPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task List_OwnIncident_ShowsCustomerModelCountAndLinksToItsSims()
    {
        await SignInAsync(Roles.PartnerUser);
        var tac = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var iccids = await AddIncidentAsync(T.PartnerA.Id, T.CustomerA1.Id, tac, catalogue: ("Acme Phones", "Thief 3"));
        var other = await AddIncidentAsync(T.PartnerB.Id, T.CustomerB1.Id, tac);

        var cut = RenderInLayout<IncidentsPage>();

        cut.WaitForElement("#incidents-grid a.incident-sim");
        var row = Assert.Single(cut.FindAll("#incidents-grid tbody tr"), r => r.TextContent.Contains(iccids[0], StringComparison.Ordinal));
        Assert.Contains(T.CustomerA1.Name, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Acme Phones Thief 3 (TAC {tac})", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("21", row.QuerySelector(".incident-sim-count")!.TextContent.Trim());
        Assert.Equal(iccids.Order(StringComparer.Ordinal).Select(i => $"/sims/{i}"), row.QuerySelectorAll("a.incident-sim").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(other[0], cut.Markup, StringComparison.Ordinal);
    }

    /// <summary>An incident of 21 SIMs, two of whose notifications are stored (enough to check the links).</summary>
    private async Task<IReadOnlyList<string>> AddIncidentAsync(int partnerId, int customerId, string tac, (string Maker, string Model)? catalogue = null)
    {
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.ImeiStatusChange, "incident test", partnerId, customerId,
            Action: AlarmAction.Notify, Enabled: true, Recipients: new AlarmRecipients()));
        var sims = new[] { await AlarmTestData.AddSimAsync(Factory, partnerId, customerId, locked: true), await AlarmTestData.AddSimAsync(Factory, partnerId, customerId, locked: true) };
        await Factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var incident = new Incident(partnerId, customerId, tac, 21, now.AddMinutes(-5), now);
            db.Incidents.Add(incident);
            if (catalogue is { } c)
            {
                db.DeviceModels.Add(new DeviceModel(partnerId, tac, c.Maker, c.Model));
            }

            await db.SaveChangesAsync();
            foreach (var sim in sims)
            {
                var notification = new Notification(alarm.Id, partnerId, customerId, sim.Id, sim.Iccid.ToString(), now, NotificationKind.ImeiStatusChange, "stolen");
                notification.JoinIncident(incident);
                db.Notifications.Add(notification);
            }

            return await db.SaveChangesAsync();
        });
        return [.. sims.Select(s => s.Iccid.ToString())];
    }
}
