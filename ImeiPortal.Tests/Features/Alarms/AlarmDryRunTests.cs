using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Network;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Alarms;

/// <summary>POST /api/alarms/dry-run over detections fed through the real feed: what the alarm would have done, storing nothing.</summary>
public class AlarmDryRunTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private const string LockTac = "35209900";
    private const string ThiefTac = "86123404";

    private readonly HttpClient _network = factory.NetworkClient();
    private readonly DateTime _now = DateTime.UtcNow;

    [Theory]
    [InlineData("Notify", 0)]
    [InlineData("Bar", 3)]
    public async Task DryRun_ThreeTheftsInRangeOneBefore_WouldFireThreeAndStoresNothing(string action, int bars)
    {
        var (customerId, stolen, before, quiet) = await TheftHistoryAsync();
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        // After signing in, which is journaled.
        var counts = await CountsAsync();

        var result = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, action, _now.AddHours(-2), _now.AddMinutes(1))))
            .ReadAsync<AlarmDryRunResult>(HttpStatusCode.OK);

        Assert.Equal(3, result.WouldFire);
        Assert.Equal(stolen.Order(StringComparer.Ordinal), result.Iccids.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(before, result.Iccids);
        Assert.DoesNotContain(quiet, result.Iccids);
        Assert.Equal(new DryRunActions(3, bars, 0), result.Actions);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task DryRun_RangeBeforeTheThefts_WouldFireNothing()
    {
        var (customerId, _, _, _) = await TheftHistoryAsync();
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        var result = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, "Bar", _now.AddDays(-3), _now.AddHours(-4))))
            .ReadAsync<AlarmDryRunResult>(HttpStatusCode.OK);

        Assert.Equal((0, 0), (result.WouldFire, result.Actions.Bar));
    }

    [Fact]
    public async Task DryRun_MinRiskScoreAboveTheTheftsRisk_NotifiesWithoutBarring()
    {
        var (customerId, _, _, _) = await TheftHistoryAsync();
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var body = new
        {
            alarm = new { type = "ImeiStatusChange", name = "Dry", customerId, action = "Bar", enabled = true, minRiskScore = 100 },
            from = _now.AddHours(-2), to = _now.AddMinutes(1),
        };

        var result = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", body)).ReadAsync<AlarmDryRunResult>(HttpStatusCode.OK);

        Assert.Equal(new DryRunActions(3, 0, 0), result.Actions);
    }

    [Fact]
    public async Task DryRun_RefusedCases_AnswerLikeCreatingTheAlarm()
    {
        var (customerId, _, _, _) = await TheftHistoryAsync();
        var (from, to) = (_now.AddHours(-2), _now.AddMinutes(1));
        var readOnly = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerReadOnly));
        var otherPartner = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));

        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, "Bar", from, to))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, "Bar", from, to))).StatusCode);
        var reversed = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, "Bar", to, from))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(reversed.GetProperty("errors").TryGetProperty("from", out _));
        var tooLong = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", Body(customerId, "Bar", to.AddDays(-91), to))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("to", out _));
        var noName = await (await partner.PostAsJsonAsync("/api/alarms/dry-run", new { alarm = new { type = "ImeiStatusChange", customerId }, from, to }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noName.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync("/api/alarms/dry-run", new { from, to })).StatusCode);
    }

    private static object Body(int customerId, string action, DateTime from, DateTime to) => new
    {
        alarm = new { type = "ImeiStatusChange", name = "Dry " + Guid.NewGuid(), customerId, action, enabled = true },
        from,
        to,
    };

    /// <summary>
    /// A new customer's SIMs, locked through the feed 5 hours ago: three stolen 1 hour ago, one stolen 3 hours ago and
    /// seen again in the thief's phone 1 hour ago, one seen again in its own device 1 hour ago.
    /// </summary>
    private async Task<(int CustomerId, List<string> Stolen, string Before, string Quiet)> TheftHistoryAsync()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var customerId = (await (await admin.PostAsJsonAsync("/api/customers", new { name = "Dry " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var iccids = await Factory.WithDbAsync(async db =>
        {
            var sims = Enumerable.Range(0, 5).Select(_ => new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, _now.AddDays(-1), customerId: customerId)).ToList();
            sims.ForEach(s => s.Activate(enableImeiLock: true));
            db.Sims.AddRange(sims);
            await db.SaveChangesAsync();
            return sims.ConvertAll(s => s.Iccid);
        });
        var devices = iccids.ToDictionary(i => i, _ => EngineData.NewImei(LockTac));
        await FeedAsync(_now.AddHours(-5), iccids.Select(i => (i, devices[i])));
        var (stolen, before, quiet) = (iccids.Take(3).ToList(), iccids[3], iccids[4]);
        var thiefPhone = EngineData.NewImei(ThiefTac);
        await FeedAsync(_now.AddHours(-3), [(before, thiefPhone)]);
        await FeedAsync(_now.AddHours(-1), stolen.Select(i => (i, EngineData.NewImei(ThiefTac))).Append((before, thiefPhone)).Append((quiet, devices[quiet])));
        return (customerId, stolen, before, quiet);
    }

    private async Task FeedAsync(DateTime at, IEnumerable<(string Iccid, string Imei)> detections)
    {
        var result = await (await _network.PostAsJsonAsync("/api/network/detections", detections.Select(d => EngineData.Detection(d.Iccid, d.Imei, at)).ToArray()))
            .ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        Assert.Empty(result.Rejected);
    }

    private Task<(int Alarms, int Firings, int Notifications, int Orders, int Detections, int Journal, int SimVersions)> CountsAsync() => Factory.WithDbAsync(async db =>
        (await db.Alarms.CountAsync(), await db.AlarmFirings.CountAsync(), await db.Notifications.CountAsync(), await db.Orders.CountAsync(),
            await db.Detections.CountAsync(), await db.Journal.CountAsync(), await db.Sims.SumAsync(s => s.Version)));
}
