using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>Timing needs the machine to itself: this collection runs after the parallel ones.</summary>
[CollectionDefinition(nameof(ThroughputCollection), DisableParallelization = true)]
public sealed class ThroughputCollection;

[Collection(nameof(ThroughputCollection))]
public sealed class DetectionThroughputTests(PortalFactory factory, ITestOutputHelper output) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddHours(-2);

    [Fact]
    public async Task Detections_TenThousandSimsSteadyState_MeetThroughputTarget()
    {
        const int count = Batches.MaxItems;
        var requests = Enumerable.Range(0, count).Select(_ => new CreateSimRequest(EngineData.NewIccid(), null, null, null, T.PartnerA.Id, null)).ToList();
        var created = await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().CreateManyAsync(requests));
        Assert.Equal(count, created.Created);
        var devices = requests.Select(_ => EngineData.NewImei()).ToArray();
        var client = Factory.NetworkClient();

        var watch = Stopwatch.StartNew();
        var first = await (await client.PostAsJsonAsync("/api/network/detections", Batch(Start))).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        output.WriteLine($"first sightings (every SIM journaled): {count / watch.Elapsed.TotalSeconds:F0}/s");
        Assert.Equal(count, first.Accepted);

        // Steady state: most devices stay put, some report a new firmware (IMEISV), a few move.
        watch.Restart();
        var result = await (await client.PostAsJsonAsync("/api/network/detections", Batch(Start.AddMinutes(5)))).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        var perSecond = count / watch.Elapsed.TotalSeconds;
        output.WriteLine($"steady state: {count} detections in {watch.ElapsedMilliseconds} ms: {perSecond:F0}/s");
        Assert.Equal(count, result.Accepted);
        // The goal is 20,000/s on an idle machine (about 10,000/s measured with the machine half busy); the floor
        // only catches a return to per-row EF saves (about 1,500/s), since the 2 cores are shared.
        Assert.True(perSecond > 2_000, $"Only {perSecond:F0} detections/s.");

        object[] Batch(DateTime at) => [.. requests.Select((r, i) => EngineData.Detection(r.Iccid!,
            at == Start ? devices[i] : (i % 50) switch { 0 => EngineData.NewImei(), 1 => TestIds.Imeisv(devices[i], "42"), _ => devices[i] },
            at.AddMilliseconds(i), Guid.NewGuid().ToString("N")))];
    }
}
