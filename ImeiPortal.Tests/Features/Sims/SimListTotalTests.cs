using System.Net;
using System.Text.Json;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Sims;

/// <summary>
/// <c>GET /api/sims</c> always says whether its total is counted or estimated (<c>totalIsEstimate</c>): exact up to
/// the cap, the planner's estimate beyond on PostgreSQL (the cap lowered to <see cref="ListTotalFactory.ExactUpTo"/>
/// here). Other lists keep their answer as it was.
/// </summary>
public sealed class SimListTotalTests(ListTotalFactory factory) : TenantTests<ListTotalFactory>(factory)
{
    private async Task<JsonElement> ListAsync(string query)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        return await (await client.GetAsync($"/api/sims?{query}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_FewMatches_AnswersTheExactTotalAndTotalIsEstimateFalse()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 10);

        var list = await ListAsync($"network={network}");

        Assert.Equal(10, list.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.False, list.GetProperty("totalIsEstimate").ValueKind);
        Assert.Equal(10, list.GetProperty("items").GetArrayLength());
    }

    [SqliteOnlyFact("SQLite has no planner estimate: every total is counted")]
    public async Task List_SqliteMoreMatchesThanTheCap_AnswersTheExactTotal()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);

        var list = await ListAsync($"network={network}&pageSize=20");

        Assert.Equal(200, list.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.False, list.GetProperty("totalIsEstimate").ValueKind);
    }

    [PostgreSqlOnlyFact]
    public async Task List_PostgreSqlMoreMatchesThanTheCap_AnswersTheEstimateWithTotalIsEstimateTrue()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);

        var list = await ListAsync($"network={network}&pageSize=20");

        Assert.Equal(JsonValueKind.True, list.GetProperty("totalIsEstimate").ValueKind);
        Assert.True(list.GetProperty("total").GetInt32() > ListTotalFactory.ExactUpTo, list.ToString());
        Assert.Equal(20, list.GetProperty("items").GetArrayLength());
    }

    [PostgreSqlOnlyFact]
    public async Task List_PostgreSqlEstimateBelowTheRows_StillServesThePagesPastIt()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 10);
        // Stored after the last ANALYZE: the estimate stays at its floor (cap + 1 = 51) while 90 SIMs match.
        var late = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, late, 90, analyze: false);

        var fourth = await ListAsync($"network={late}&pageSize=25&page=4");

        Assert.Equal(ListTotalFactory.ExactUpTo + 1, fourth.GetProperty("total").GetInt32());
        Assert.Equal(15, fourth.GetProperty("items").GetArrayLength());
    }

    [PostgreSqlOnlyFact]
    public async Task ListAsync_PostgreSqlMoreMatchesThanTheCap_ServiceSaysTheTotalIsAnEstimate()
    {
        var network = ListTotalFactory.NewNetwork();
        await Factory.AddSimsAsync(T.PartnerA.Id, network, 200);

        var page = await Factory.AsUserAsync(Tenants.EmailA(Roles.PartnerUser),
            sp => sp.GetRequiredService<SimService>().ListAsync(new SimQuery(Network: network)));

        Assert.True(page.TotalIsEstimate);
        Assert.True(page.Total > ListTotalFactory.ExactUpTo);
    }

    [Fact]
    public async Task OtherLists_AlwaysCounted_CarryNoTotalIsEstimate()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));

        var alarms = await (await client.GetAsync("/api/alarms")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        Assert.True(alarms.TryGetProperty("total", out _));
        Assert.False(alarms.TryGetProperty("totalIsEstimate", out _));
    }
}
