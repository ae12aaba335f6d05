using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>The command counts must not include another class's host on the same database: run after the parallel ones.</summary>
[CollectionDefinition(nameof(ThroughputCollection), DisableParallelization = true)]
public sealed class ThroughputCollection;

/// <summary>
/// The feed's speed is measured by bench/run, not by a timer here (the 2 cores are shared); what a test can pin down is
/// its shape: a batch of 10,000 reads in a few dozen chunked queries, and only the SIMs whose state changed beyond
/// "last seen" are saved through EF; a return to per-row reads, or to EF saves of every SIM, costs 10,000s of commands.
/// </summary>
[Collection(nameof(ThroughputCollection))]
public sealed class DetectionThroughputTests(PortalFactory factory, ITestOutputHelper output) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddHours(-2);

    // Lookups go in chunks of 900 keys (12 per 10,000 keys), a few kinds of them per batch; per-row reads would be >= 10,000.
    private const int MaxQueriesPerBatch = 200;

    // A changed SIM saves a handful of rows (the SIM, its journal entry, its status history, a notification...).
    private const int MaxSavesPerChangedSim = 5;

    [Fact]
    public async Task Detections_TenThousandSimsFirstSightingsThenSteadyState_ChunkedCommandsNotOnePerRow()
    {
        const int count = Batches.MaxItems;
        var requests = Enumerable.Range(0, count).Select(_ => new CreateSimRequest(EngineData.NewIccid(), null, null, null, T.PartnerA.Id, null)).ToList();
        var created = await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().CreateManyAsync(requests));
        Assert.Equal(count, created.Created);
        var devices = requests.Select(_ => EngineData.NewImei()).ToArray();
        var client = Factory.NetworkClient();
        using var commands = await SqlCommandCounter.StartAsync(Factory);

        var first = await (await client.PostAsJsonAsync("/api/network/detections", Batch(Start))).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        var (firstQueries, firstSaves) = (commands.Queries, commands.Saves);
        output.WriteLine($"first sightings (every SIM journaled): {firstQueries} queries, {firstSaves} save commands");
        Assert.Equal(count, first.Accepted);

        // Steady state: most devices stay put, some report a new firmware (IMEISV), a few move.
        commands.Reset();
        var result = await (await client.PostAsJsonAsync("/api/network/detections", Batch(Start.AddMinutes(5)))).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        var (steadyQueries, steadySaves) = (commands.Queries, commands.Saves);
        output.WriteLine($"steady state: {steadyQueries} queries, {steadySaves} save commands");
        Assert.Equal(count, result.Accepted);
        Assert.InRange(firstQueries, 1, MaxQueriesPerBatch);
        Assert.InRange(steadyQueries, 1, MaxQueriesPerBatch);
        // 1 in 50 moved to a new device; the firmware updates (IMEISV) and the rest changed only "last seen", which
        // the provider's store writes in bulk, not EF.
        Assert.InRange(steadySaves, 1, count / 50 * MaxSavesPerChangedSim);

        object[] Batch(DateTime at) => [.. requests.Select((r, i) => EngineData.Detection(r.Iccid!,
            at == Start ? devices[i] : (i % 50) switch { 0 => EngineData.NewImei(), 1 => TestIds.Imeisv(devices[i], "42"), _ => devices[i] },
            at.AddMilliseconds(i), Guid.NewGuid().ToString("N")))];
    }

    /// <summary>
    /// A theft wave: 2,000 Locked SIMs of several customers all seen in new devices at once, under two alarms that bar.
    /// Each trigger scores, notifies, orders and joins an incident; none of that may ask the database per trigger.
    /// </summary>
    [Fact]
    public async Task Detections_TheftWaveOfTwoThousandLockedSims_QueriesPerBatchNotPerTrigger()
    {
        const int count = 2_000;
        int[] customers = [T.CustomerA1.Id, T.CustomerA2.Id];
        var locked = await Factory.WithDbAsync(async db =>
        {
            var sims = Enumerable.Range(0, count).Select(i =>
            {
                var sim = new ImeiPortal.Domain.Sims.Sim(ImeiPortal.Domain.Identifiers.Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id,
                    Start.AddDays(-1), customerId: customers[i % customers.Length]);
                sim.Activate(enableImeiLock: true);
                sim.ApplyDetection(EngineData.NewImei(), Start.AddHours(-1));
                return sim;
            }).ToList();
            db.Sims.AddRange(sims);
            await db.SaveChangesAsync();
            return sims.ConvertAll(s => (s.Iccid, Locked: s.Imei!));
        });
        foreach (var (name, action) in new[] { ("bar thefts", ImeiPortal.Domain.Alarms.AlarmAction.Bar), ("tell me", ImeiPortal.Domain.Alarms.AlarmAction.Notify) })
        {
            // Delayed: the order worker must not work the orders (and add its queries) while the batch is counted.
            await AlarmTestData.AddAlarmAsync(Factory, new(ImeiPortal.Domain.Alarms.AlarmType.ImeiStatusChange, name, PartnerId: T.PartnerA.Id, Action: action,
                ActionDelayMinutes: action == ImeiPortal.Domain.Alarms.AlarmAction.Bar ? 60 : null));
        }

        var client = Factory.NetworkClient();
        using var commands = await SqlCommandCounter.StartAsync(Factory);
        // Another device for every SIM: a random serial equal to the locked one (1 in a million, per SIM) is no theft
        // and raised no bar order (CI: 1,999 of 2,000).
        var batch = locked.Select((sim, i) => EngineData.Detection(sim.Iccid, OtherImei(sim.Locked), Start.AddMilliseconds(i), Guid.NewGuid().ToString("N"))).ToArray();
        var result = await (await client.PostAsJsonAsync("/api/network/detections", batch)).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        var (queries, saves) = (commands.Queries, commands.Saves);
        output.WriteLine($"theft wave of {count}: {queries} queries, {saves} save commands");

        Assert.Equal(count, result.Accepted);
        var barred = locked.ConvertAll(s => s.Iccid);
        var barOrders = await Factory.WithDbAsync(db => db.Orders.CountAsync(o => barred.Contains(o.Iccid) && o.Type == ImeiPortal.Domain.Orders.OrderType.Bar));
        Assert.Equal(count, barOrders);
        Assert.InRange(queries, 1, MaxQueriesPerBatch);

        static string OtherImei(string current)
        {
            string imei;
            do
            {
                imei = EngineData.NewImei();
            }
            while (imei == current);
            return imei;
        }
    }
}
