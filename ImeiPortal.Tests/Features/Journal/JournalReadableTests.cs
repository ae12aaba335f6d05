using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Journal;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Journal;

/// <summary>The journal's read model: ICCIDs, emails, alarm names and human labels instead of ids, resolved per page in the caller's scope.</summary>
public sealed class JournalReadableTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task List_OrderPlacedByUser_ReadsIccidEmailLabelAndLinksTheSim()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var email = Tenants.EmailA(Roles.PartnerAdmin);
        var client = await Factory.ClientAsAsync(email);
        var order = await (await client.PostAsJsonAsync($"/api/sims/{sim.Iccid}/orders", new { type = "ImeiStatus", imeiStatus = "Armed" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var orderId = order.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/journal?entity=Order&entityId={orderId}");

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("action").GetString() == "Order.Created");
        Assert.Equal(email, item.GetProperty("userName").GetString());
        Assert.Equal("Order placed", item.GetProperty("actionLabel").GetString());
        Assert.Equal($"Order for SIM {sim.Iccid}", item.GetProperty("subject").GetString());
        Assert.Equal($"/sims/{sim.Iccid}", item.GetProperty("link").GetString());
        var changes = item.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("after").GetString());
        Assert.Equal(email, changes["Placed by"]);
        Assert.Equal("Armed", changes["IMEI status"]);
        Assert.Equal(T.CustomerA1.Name, changes["Customer"]);
        Assert.DoesNotContain("Id", changes.Keys);
        // The stored fields stay as API.md has them.
        Assert.NotEqual(email, item.GetProperty("userId").GetString());
        Assert.Equal("Order", item.GetProperty("entity").GetString());
    }

    [Fact]
    public async Task List_OrderOfAnAlarm_NamesTheAlarmAsPlacer()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Theft bar " + Guid.NewGuid().ToString("N")[..6],
            Iccids: [sim.Iccid], Action: AlarmAction.Bar));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);

        var entries = await ListAsync(Roles.PartnerUser, new JournalQuery(Entity: "Order"));

        var placed = Assert.Single(entries, e => e.Subject == $"Order for SIM {sim.Iccid}" && e.ActionLabel == "Order placed");
        Assert.Equal("alarm " + alarm.Name, placed.Changes.Single(c => c.Field == "Placed by").After);
    }

    [Fact]
    public async Task List_SimOfAnotherCustomer_HasNoLinkAndNoName()
    {
        var theirs = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA2.Id);
        var simId = theirs.Id.ToString(CultureInfo.InvariantCulture);

        var asPartner = Assert.Single(await ListAsync(Roles.PartnerReadOnly, new JournalQuery(Entity: "Sim", EntityId: simId)));
        var asCustomer = await ListAsync(Roles.CustomerReadOnly, new JournalQuery(Entity: "Sim", EntityId: simId));

        Assert.Equal($"SIM {theirs.Iccid}", asPartner.Subject);
        Assert.Equal($"/sims/{theirs.Iccid}", asPartner.Link);
        Assert.Equal("SIM added", asPartner.ActionLabel);
        Assert.Equal("system", asPartner.UserName);
        Assert.Empty(asCustomer);
    }

    [Fact]
    public async Task List_LongerPage_RunsNoMoreQueries()
    {
        for (var i = 0; i < 12; i++)
        {
            await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        }

        await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "count", CustomerId: T.CustomerA1.Id));

        var small = await CountQueriesAsync(new JournalQuery(PageSize: 2));
        var large = await CountQueriesAsync(new JournalQuery(PageSize: 40));

        Assert.True(large.Rows > small.Rows * 5, $"{large.Rows} rows vs {small.Rows}");
        // Per kind of thing on the page (SIMs, customers, alarms, users...), never per row.
        Assert.InRange(large.Queries, 1, 12);
        Assert.True(large.Queries <= small.Queries + 4, $"{large.Queries} queries for {large.Rows} rows, {small.Queries} for {small.Rows}");
    }

    private async Task<(int Rows, int Queries)> CountQueriesAsync(JournalQuery query)
    {
        SqlCommandCounter? commands = null;
        var rows = await ListAsync(Roles.PartnerAdmin, query, async () => commands = await SqlCommandCounter.StartAsync(Factory));
        using (commands)
        {
            return (rows.Count, commands!.Queries);
        }
    }

    /// <summary>The service as tenant A's user holding <paramref name="role"/> sees it (the claims a real sign-in gives).</summary>
    private Task<IReadOnlyList<JournalEntryDto>> ListAsync(string role, JournalQuery query, Func<Task>? beforeList = null) =>
        Factory.AsUserAsync(Tenants.EmailA(role), async services =>
        {
            if (beforeList is not null)
            {
                await beforeList();
            }

            return (await services.GetRequiredService<JournalService>().ListAsync(query)).Items;
        });
}
