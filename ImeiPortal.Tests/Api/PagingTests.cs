using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>A page past the end is empty with the true total, however large the page number (no wrap-around to page 1).</summary>
public sealed class PagingTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var list in new[] { "sims", "notifications", "journal", "customers", "alarms", "users" })
        {
            data.Add(list, 3, 50);
            // (page - 1) * pageSize wraps to -96 in 32 bits: the offset must not become 0.
            data.Add(list, 42_949_673, 100);
            data.Add(list, int.MaxValue, 500);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task List_PagePastTheEnd_ReturnsEmptyPageWithTrueTotal(string list, int page, int pageSize)
    {
        await EnsureANotificationAsync();
        var client = await Factory.ClientAsAsync(PortalFactory.AdminEmail);

        var first = await (await client.GetAsync($"/api/{list}?page=1&pageSize={pageSize}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var past = await (await client.GetAsync($"/api/{list}?page={page}&pageSize={pageSize}")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        Assert.True(first.GetProperty("items").GetArrayLength() > 0, $"{list}: the fixture must give the list rows");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(first.GetProperty("total").GetInt32(), past.GetProperty("total").GetInt32());
    }

    private async Task EnsureANotificationAsync()
    {
        if (await Factory.WithDbAsync(db => Task.FromResult(db.Notifications.Any())))
        {
            return;
        }

        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.SingleSim, "paging", Iccids: [sim.Iccid], ThresholdMb: 1));
        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage",
            new[] { new { iccid = sim.Iccid, start = DateTime.UtcNow.AddHours(-2), end = DateTime.UtcNow.AddHours(-1), bytes = 2L * 1024 * 1024 } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
