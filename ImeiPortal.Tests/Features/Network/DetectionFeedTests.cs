using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Network;

public sealed class DetectionFeedTests(TriggerFactory factory) : TenantTests<TriggerFactory>(factory)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddHours(-2);

    private async Task<DetectionBatchResult> FeedAsync(params object[] items) =>
        await (await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", items)).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);

    private async Task<string> LockedSimAsync(string imei)
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: true);
        await FeedAsync(EngineData.Detection(iccid, imei, Start));
        return iccid;
    }

    private Task<List<ImeiPortal.Domain.Network.Detection>> DetectionsAsync(string iccid) =>
        Factory.WithDbAsync(db => db.Detections.Where(d => d.Iccid == iccid).OrderBy(d => d.ObservedAt).ThenBy(d => d.Id).ToListAsync());

    [Fact]
    public async Task Detections_RepeatedDetectionId_IsAppliedOnceWithinAndAcrossBatches()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var id = Guid.NewGuid().ToString("N");
        object[] batch = [EngineData.Detection(iccid, EngineData.NewImei(), Start, id), EngineData.Detection(iccid, EngineData.NewImei(), Start.AddMinutes(1), id)];
        var first = await FeedAsync(batch);
        Assert.Equal((1, 1), (first.Accepted, first.Duplicates));
        var again = await FeedAsync(batch);
        Assert.Equal((0, 2), (again.Accepted, again.Duplicates));
        Assert.Single(await DetectionsAsync(iccid));
    }

    [Fact]
    public async Task Detections_OlderThanLastApplied_IsRecordedButDoesNotMoveTheSim()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var newer = EngineData.NewImei();
        var older = EngineData.NewImei();
        await FeedAsync(EngineData.Detection(iccid, newer, Start.AddMinutes(10)));
        var result = await FeedAsync(EngineData.Detection(iccid, older, Start.AddMinutes(5)));
        Assert.Equal(1, result.Accepted);
        Assert.Equal(newer, (await EngineData.GetSimAsync(Factory, iccid)).Imei);
        Assert.Equal([DetectionResult.OutOfOrder, DetectionResult.Applied], (await DetectionsAsync(iccid)).Select(d => d.Result));
    }

    [Fact]
    public async Task Detections_OneBatchOutOfOrder_IsAppliedInObservedAtOrder()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var (a, b) = (EngineData.NewImei(), EngineData.NewImei());
        await FeedAsync(EngineData.Detection(iccid, b, Start.AddMinutes(2)), EngineData.Detection(iccid, a, Start.AddMinutes(1)));
        Assert.Equal(b, (await EngineData.GetSimAsync(Factory, iccid)).Imei);
        Assert.All(await DetectionsAsync(iccid), d => Assert.Equal(DetectionResult.Applied, d.Result));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000000000000000")]
    public async Task Detections_ImeiNotProvided_IsRecordedAndChangesNothing(string? imei)
    {
        var device = EngineData.NewImei();
        var iccid = await LockedSimAsync(device);
        var result = await FeedAsync(EngineData.Detection(iccid, imei, Start.AddMinutes(5)));
        Assert.Equal(1, result.Accepted);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Locked, device, device), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
        var last = (await DetectionsAsync(iccid))[^1];
        Assert.Equal((DetectionResult.NotProvided, (string?)null), (last.Result, last.Imei));
        Assert.Empty(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task Detections_ImeisvWithNewSoftwareVersion_IsTheSameDevice()
    {
        var device = EngineData.NewImei();
        var iccid = await LockedSimAsync(device);
        await FeedAsync(EngineData.Detection(iccid, TestIds.Imeisv(device, "07"), Start.AddMinutes(5)));
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Locked, device), (sim.ImeiStatus, sim.Imei));
        Assert.Equal(DetectionResult.Repeated, (await DetectionsAsync(iccid))[^1].Result);
        Assert.Empty(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task Detections_BadItems_AreRejectedByIndexAndTheRestApplied()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var result = await FeedAsync(
            EngineData.Detection(iccid, EngineData.NewImei(), Start),
            EngineData.Detection(EngineData.NewIccid(), EngineData.NewImei(), Start),
            EngineData.Detection("89440000", EngineData.NewImei(), Start),
            EngineData.Detection(iccid, TestIds.WithWrongCheckDigit(EngineData.NewImei()), Start),
            new { iccid, imei = EngineData.NewImei() },
            EngineData.Detection(iccid, "12345", Start));
        Assert.Equal(1, result.Accepted);
        Assert.Equal([1, 2, 3, 4, 5], result.Rejected.Select(r => r.Index));
        Assert.Equal(NetworkService.UnknownSim, result.Rejected[0].Error);
        Assert.Single(await DetectionsAsync(iccid));
    }

    [Fact]
    public async Task Detections_ObservedAtYear9999_IsRejectedAndLaterTheftsStillAlarm()
    {
        var device = EngineData.NewImei();
        var iccid = await LockedSimAsync(device);
        var other = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var farFuture = new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc);

        var result = await FeedAsync(
            EngineData.Detection(iccid, device, farFuture),
            EngineData.Detection(other, EngineData.NewImei(), Start.AddMinutes(1)),
            EngineData.Detection(iccid, device, DateTime.UtcNow.AddMinutes(2)));

        Assert.Equal(2, result.Accepted);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(0, rejected.Index);
        Assert.Contains("future", rejected.Error, StringComparison.Ordinal);
        var thief = EngineData.NewImei();
        await FeedAsync(EngineData.Detection(iccid, thief, DateTime.UtcNow.AddMinutes(3)));
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Differed, thief), (sim.ImeiStatus, sim.FirstImeiAfterTrigger));
        Assert.Single(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task Usage_StartOrEndInTheFuture_IsRejectedAndTheRestStored()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var now = DateTime.UtcNow;
        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage", new object[]
        {
            new { iccid, start = now.AddMinutes(-30), end = now.AddMinutes(-1), bytes = 10L },
            new { iccid, start = now.AddMinutes(-30), end = new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), bytes = 10L },
            new { iccid, start = now.AddDays(2), end = now.AddDays(2).AddMinutes(5), bytes = 10L },
        });

        var result = await response.ReadAsync<UsageBatchResult>(HttpStatusCode.OK);
        Assert.Equal(1, result.Accepted);
        Assert.Equal([1, 2], result.Rejected.Select(r => r.Index));
        Assert.All(result.Rejected, r => Assert.Contains("future", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Detections_MoreThanTenThousandItems_Returns400AndStoresNothing()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var items = Enumerable.Range(0, Batches.MaxItems + 1).Select(i => EngineData.Detection(iccid, null, Start.AddSeconds(i))).ToArray();
        var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", items);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await DetectionsAsync(iccid));
    }

    [Fact]
    public async Task Detections_WrongKey_Returns401()
    {
        var response = await Factory.NetworkClient("wrong").PostAsJsonAsync("/api/network/detections", Array.Empty<object>());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Detections_LockedSimInOtherDevices_TriggersExactlyOnceAndBarCommitsWithIt()
    {
        var (lockDevice, second, third) = (EngineData.NewImei(TestIds.TacA), EngineData.NewImei(TestIds.TacB), EngineData.NewImei(TestIds.TacA));
        var iccid = await LockedSimAsync(lockDevice);
        Factory.Recorder.BarIccids[iccid] = true;
        var result = await FeedAsync(
            EngineData.Detection(iccid, second, Start.AddMinutes(1)),
            EngineData.Detection(iccid, second, Start.AddMinutes(2)),
            EngineData.Detection(iccid, third, Start.AddMinutes(3)));
        Assert.Equal(3, result.Accepted);
        await FeedAsync(EngineData.Detection(iccid, second, Start.AddMinutes(4)));

        var trigger = Assert.Single(Factory.Recorder.For(iccid));
        Assert.Equal((lockDevice, second, lockDevice, true), (trigger.PreviousImei, trigger.NewImei, trigger.ImeiLock, trigger.TacChanged));
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Differed, second, second), (sim.ImeiStatus, sim.FirstImeiAfterTrigger, sim.Imei));
        var bar = await Factory.WithDbAsync(db => db.Orders.SingleAsync(o => o.Iccid == iccid && o.Type == OrderType.Bar));
        Assert.Equal(Order.ImeiLockBarLabel, bar.Label);
        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, bar.Id)).State);
        Assert.Equal(SimStatus.Barred, (await EngineData.GetSimAsync(Factory, iccid)).Status);
    }

    [Fact]
    public async Task Authorize_LockedSim_AcceptsOnlyTheLockDevice()
    {
        var device = EngineData.NewImei();
        var iccid = await LockedSimAsync(device);
        var network = Factory.NetworkClient();
        var accept = await (await network.PostAsJsonAsync("/api/network/authorize", new { iccid, imei = TestIds.Imeisv(device, "11") })).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK);
        Assert.Equal(SessionDecision.Accept, accept.Decision);
        var reject = await (await network.PostAsJsonAsync("/api/network/authorize", new { iccid, imei = EngineData.NewImei() })).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK);
        Assert.Equal(SessionDecision.Reject, reject.Decision);
        var unknown = await (await network.PostAsJsonAsync("/api/network/authorize", new { iccid = EngineData.NewIccid(), imei = device })).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK);
        Assert.Equal((SessionDecision.Reject, NetworkService.UnknownSim), (unknown.Decision, unknown.Reason));
        Assert.Equal(HttpStatusCode.BadRequest, (await network.PostAsJsonAsync("/api/network/authorize", new { iccid = "1", imei = device })).StatusCode);
    }

    [Fact]
    public async Task Detections_ConcurrentBatchesOnTheSameSims_LinkEverySimsHistoryWithoutGaps()
    {
        var iccids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            iccids.Add(await EngineData.CreateSimAsync(Factory, T.PartnerA.Id));
        }

        // Eight batches at once, each naming every SIM (some without an IMEI, some late): they read ahead while others
        // write, so each must extend the history from the head another batch just moved.
        var batches = Enumerable.Range(0, 8).Select(b => iccids.Select((iccid, i) => EngineData.Detection(iccid,
            (b + i) % 5 == 0 ? null : EngineData.NewImei(), Start.AddMinutes(b % 3 == 0 ? -b : b).AddSeconds(i))).ToArray());
        var results = await Task.WhenAll(batches.Select(batch => FeedAsync(batch)));
        Assert.All(results, r => Assert.Equal(iccids.Count, r.Accepted));

        var chains = await Factory.WithDbAsync(async db =>
        {
            var rows = await db.Detections.Where(d => iccids.Contains(d.Iccid)).ToDictionaryAsync(d => d.Id);
            var heads = await db.Sims.Where(s => iccids.Contains(s.Iccid))
                .Select(s => new { s.Id, Head = EF.Property<long?>(s, "LastDetectionId") }).ToListAsync();
            return heads.Select(h =>
            {
                var walked = new List<ImeiPortal.Domain.Network.Detection>();
                for (var id = h.Head; id is { } next; id = rows[next].PreviousId)
                {
                    walked.Add(rows[next]);
                }

                return (SimId: h.Id, Walked: walked, Stored: rows.Values.Count(d => d.SimId == h.Id));
            }).ToList();
        });
        Assert.Equal(iccids.Count, chains.Count);
        Assert.All(chains, c =>
        {
            Assert.Equal(8, c.Stored);
            Assert.Equal(c.Stored, c.Walked.Count);
            Assert.All(c.Walked, d => Assert.Equal(c.SimId, d.SimId));
            Assert.Equal(c.Walked.Select(d => d.Id).OrderDescending(), c.Walked.Select(d => d.Id));
        });
    }
}
