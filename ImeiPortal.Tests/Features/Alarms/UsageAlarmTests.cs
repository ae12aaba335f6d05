using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Alarms;

public class UsageAlarmTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private const long Mb = UsageAlarmEvaluator.BytesPerMb;
    private static readonly DateTime November = new(2026, 11, 3, 10, 0, 0, DateTimeKind.Utc);
    [Fact]
    public async Task Usage_SingleSimCrossesThreshold_FiresOncePerMonth()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.SingleSim, "single", Iccids: [sim.Iccid], ThresholdMb: 1));

        await PostAsync(Usage(sim.Iccid, November, 600 * 1024));
        Assert.Equal(0, await CountAsync(alarm.Id));
        await PostAsync(Usage(sim.Iccid, November.AddHours(1), 600 * 1024));
        Assert.Equal(1, await CountAsync(alarm.Id));
        await PostAsync(Usage(sim.Iccid, November.AddHours(2), 5 * Mb));
        Assert.Equal(1, await CountAsync(alarm.Id));
        // Another month (an earlier one: usage dated ahead of the portal's clock is refused).
        await PostAsync(Usage(sim.Iccid, November.AddMonths(-1), 2 * Mb));
        Assert.Equal(2, await CountAsync(alarm.Id));

        var n = await Factory.WithDbAsync(db => db.Notifications.Where(x => x.AlarmId == alarm.Id).OrderBy(x => x.Id).FirstAsync());
        Assert.Equal(NotificationKind.UsageThreshold, n.Kind);
        Assert.Equal(sim.Iccid, n.Iccid);
        Assert.Equal(T.CustomerA1.Id, n.CustomerId);
        Assert.Contains("2026-11", n.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_StaticPoolTogetherOverThreshold_FiresOnce()
    {
        var a = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var b = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var outside = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.StaticPool, "pool", Iccids: [a.Iccid, b.Iccid], ThresholdMb: 1));

        await PostAsync(Usage(a.Iccid, November, 600 * 1024), Usage(outside.Iccid, November, 10 * Mb));
        Assert.Equal(0, await CountAsync(alarm.Id));
        await PostAsync(Usage(b.Iccid, November, 600 * 1024));
        Assert.Equal(1, await CountAsync(alarm.Id));
        await PostAsync(Usage(a.Iccid, November, 3 * Mb), Usage(b.Iccid, November, 3 * Mb));
        Assert.Equal(1, await CountAsync(alarm.Id));
    }

    [Fact]
    public async Task Usage_DynamicPoolCountsSimsMatchingFilterNow_FiresOnce()
    {
        var network = "Net" + Guid.NewGuid().ToString("N")[..8];
        var a = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, network: network);
        var b = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, network: network);
        var elsewhere = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, network: "Other");
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.DynamicPool, "dyn", PartnerId: T.PartnerB.Id, ThresholdMb: 1,
            Filter: new AlarmFilter(Network: network)));

        await PostAsync(Usage(a.Iccid, November, 600 * 1024), Usage(elsewhere.Iccid, November, 10 * Mb));
        Assert.Equal(0, await CountAsync(alarm.Id));
        await PostAsync(Usage(b.Iccid, November, 600 * 1024));
        Assert.Equal(1, await CountAsync(alarm.Id));
        await PostAsync(Usage(b.Iccid, November, 600 * 1024));
        Assert.Equal(1, await CountAsync(alarm.Id));
    }

    [Fact]
    public async Task Usage_DisabledAlarm_DoesNotFire()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.SingleSim, "off", Iccids: [sim.Iccid], ThresholdMb: 1, Enabled: false));

        await PostAsync(Usage(sim.Iccid, November, 5 * Mb));

        Assert.Equal(0, await CountAsync(alarm.Id));
    }

    [Fact]
    public async Task Usage_DuplicatesAndBadItems_AreCountedAppliedOnceAndRejected()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id);
        var recordId = "r-" + Guid.NewGuid();
        var first = await PostAsync(
            new { recordId, iccid = sim.Iccid, start = November, end = November.AddMinutes(5), bytes = 100L },
            new { recordId, iccid = sim.Iccid, start = November, end = November.AddMinutes(5), bytes = 100L },
            new { recordId = (string?)null, iccid = AlarmTestData.NewIccid(), start = November, end = November.AddMinutes(5), bytes = 100L },
            new { recordId = (string?)null, iccid = sim.Iccid, start = November, end = November.AddMinutes(-5), bytes = 100L },
            new { recordId = (string?)null, iccid = sim.Iccid, start = November, end = November, bytes = -1L });
        Assert.Equal(1, first.GetProperty("accepted").GetInt32());
        Assert.Equal(1, first.GetProperty("duplicates").GetInt32());
        Assert.Equal([2, 3, 4], first.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()).ToArray());

        var again = await PostAsync(new { recordId, iccid = sim.Iccid, start = November, end = November.AddMinutes(5), bytes = 100L });
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.UsageRecords.CountAsync(u => u.SimId == sim.Id)));
    }

    [Fact]
    public async Task Usage_WithoutNetworkKeyOrTooMany_IsRefused()
    {
        var noKey = await Factory.CreateClient().PostAsJsonAsync("/api/network/usage", Array.Empty<object>());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);

        var items = Enumerable.Range(0, 10_001).Select(_ => new { iccid = "1" }).ToArray();
        var tooMany = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage", items);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task Usage_BytesBeyondOnePetabyte_IsRejectedAndLaterBatchesStillWork()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.SingleSim, "huge", Iccids: [sim.Iccid], ThresholdMb: 1));

        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage",
            new[] { Usage(sim.Iccid, November, 5_000_000_000_000_000_000), Usage(sim.Iccid, November, 5_000_000_000_000_000_000), Usage(sim.Iccid, November, 100) });

        var result = await response.ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        Assert.Equal([0, 1], result.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        await PostAsync(Usage(sim.Iccid, November.AddHours(1), 2 * Mb));
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/sims/{sim.Iccid}/details")).StatusCode);
    }

    [Fact]
    public async Task Usage_TenThousandRecordsOfTheLargestSize_SumWithoutOverflow()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.SingleSim, "petabytes", Iccids: [sim.Iccid], ThresholdMb: 1));
        var day = DateTime.UtcNow.Date.AddDays(-1);

        // Together 10^19 bytes, beyond a 64-bit sum: every sum over usage must still answer.
        await PostAsync([.. Enumerable.Range(0, 10_000).Select(i => Usage(sim.Iccid, day.AddSeconds(i), 1_000_000_000_000_000))]);
        await PostAsync(Usage(sim.Iccid, day.AddHours(5), 1));

        Assert.Equal(1, await CountAsync(alarm.Id));
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/sims/{sim.Iccid}/details")).StatusCode);
    }

    private static object Usage(string iccid, DateTime start, long bytes) =>
        new { recordId = Guid.NewGuid().ToString("N"), iccid, start, end = start.AddMinutes(30), bytes };

    private async Task<JsonElement> PostAsync(params object[] items)
    {
        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage", items);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<int> CountAsync(int alarmId) => Factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.AlarmId == alarmId));
}
