using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// Random and mutated JSON into the feed, from a fixed seed and for a bounded time: never a 5xx, and what
/// is stored is exactly what was reported accepted, with every SIM still consistent.
/// </summary>
public sealed class FeedFuzzTests(PortalFactory factory, ITestOutputHelper output) : TenantTests<PortalFactory>(factory)
{
    private const int Seed = 20261123;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Feed_RandomAndMutatedJson_NeverFailsAndNeverCorrupts()
    {
        var sims = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            sims.Add(await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: i % 2 == 0));
        }

        var random = new Random(Seed);
        var devices = Enumerable.Range(0, 6).Select(_ => EngineData.NewImei()).ToArray();
        var client = Factory.NetworkClient();
        long detectionsAccepted = 0, usageAccepted = 0;
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed < Budget)
        {
            var usage = random.Next(3) == 0;
            var json = Mutate(random, usage ? UsageBatch(random, sims) : DetectionBatch(random, sims, devices));
            using var response = await client.PostAsync(usage ? "/api/network/usage" : "/api/network/detections", new StringContent(json, Encoding.UTF8, "application/json"));
            calls++;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add($"{status} for {Trim(json)}: {Trim(body)}");
            }
            else if (status == 200)
            {
                var accepted = JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetInt64();
                if (usage)
                {
                    usageAccepted += accepted;
                }
                else
                {
                    detectionsAccepted += accepted;
                }
            }
            else if (status != 400)
            {
                failures.Add($"{status} (expected 200 or 400) for {Trim(json)}");
            }
        }

        output.WriteLine($"{calls} calls in {watch.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}")));
        Assert.Empty(failures);
        Assert.True(statuses.GetValueOrDefault(200) > 0 && statuses.GetValueOrDefault(400) > 0, "The fuzzer should produce both valid and invalid calls.");
        Assert.Equal(detectionsAccepted, await Factory.WithDbAsync(db => db.Detections.LongCountAsync(d => sims.Contains(d.Iccid))));
        Assert.Equal(usageAccepted, await Factory.WithDbAsync(db => db.UsageRecords.LongCountAsync(u => sims.Contains(u.Iccid))));
        Assert.Empty(await SimInvariants.ViolationsAsync(Factory, sims));
    }

    private static string DetectionBatch(Random random, List<string> sims, string[] devices)
    {
        var items = Enumerable.Range(0, random.Next(0, 20)).Select(_ => new Dictionary<string, object?>
        {
            ["detectionId"] = random.Next(4) == 0 ? null : "d" + random.Next(0, 300).ToString(CultureInfo.InvariantCulture),
            ["iccid"] = Pick(random, sims),
            ["imei"] = random.Next(10) switch { 0 => null, 1 => "000000000000000", 2 => devices[random.Next(devices.Length)][..14] + "42", _ => devices[random.Next(devices.Length)] },
            ["observedAt"] = DateTime.UtcNow.AddMinutes(-random.Next(0, 10_000)),
        });
        return JsonSerializer.Serialize(items);
    }

    private static string UsageBatch(Random random, List<string> sims)
    {
        var items = Enumerable.Range(0, random.Next(0, 20)).Select(_ =>
        {
            var start = DateTime.UtcNow.AddMinutes(-random.Next(1, 10_000));
            return new Dictionary<string, object?>
            {
                ["recordId"] = random.Next(4) == 0 ? null : "u" + random.Next(0, 300).ToString(CultureInfo.InvariantCulture),
                ["iccid"] = Pick(random, sims),
                ["start"] = start,
                ["end"] = start.AddSeconds(random.Next(-60, 3600)),
                ["bytes"] = random.Next(5) == 0 ? -random.NextInt64(1, long.MaxValue) : random.NextInt64(0, 10_000_000_000),
            };
        });
        return JsonSerializer.Serialize(items);
    }

    /// <summary>Half the calls are sent as built; the rest get a byte-level or structural mutation.</summary>
    private static string Mutate(Random random, string json)
    {
        var chars = new StringBuilder(json);
        switch (random.Next(12))
        {
            case 0:
                if (chars.Length > 0)
                {
                    chars.Remove(random.Next(chars.Length), 1);
                }

                break;
            case 1:
                chars.Insert(random.Next(chars.Length + 1), "{}[],:\"0a\\\u00e9\u0000-9e999"[random.Next(15)]);
                break;
            case 2:
                return json.Replace("\"imei\":\"", "\"imei\":\"9", StringComparison.Ordinal);
            case 3:
                return json.Replace("Z\"", "+25:00\"", StringComparison.Ordinal);
            case 4:
                return json.Replace("\"iccid\":", "\"iccid\":12,\"x\":", StringComparison.Ordinal);
            case 5:
                return random.Next(3) switch { 0 => "null", 1 => "{}", _ => "[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]" };
            default:
                break;
        }

        return chars.ToString();
    }

    private static string Pick(Random random, List<string> sims) => random.Next(10) == 0 ? "8944" + random.NextInt64(100_000_000_000_000).ToString("D15", CultureInfo.InvariantCulture) : sims[random.Next(sims.Count)];

    private static string Trim(string s) => s.Length > 300 ? s[..300] : s;
}
