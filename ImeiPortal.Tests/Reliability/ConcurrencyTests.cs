using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Data;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Reliability;

/// <summary>Several writers at once on one SQLite file: no "database is locked", no half-applied SIM, nothing doubled.</summary>
public sealed class ConcurrencyTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [SqliteOnlyFact("WAL and busy_timeout are how SQLite lets readers and writers share one file")]
    public async Task Database_Opened_IsInWalModeWithBusyTimeout()
    {
        var (mode, timeout) = await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return (await Scalar(db, "PRAGMA journal_mode;"), await Scalar(db, "PRAGMA busy_timeout;"));
        });

        Assert.Equal("wal", mode);
        Assert.True(long.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) >= 1000, $"busy_timeout {timeout}");
    }

    [Fact]
    public async Task Writers_ManyAtOnce_NeverSeeDatabaseLocked()
    {
        var errors = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            try
            {
                var requests = Enumerable.Range(0, 50).Select(_ => new CreateSimRequest(EngineData.NewIccid(), null, null, null, T.PartnerA.Id, null)).ToList();
                var result = await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().CreateManyAsync(requests));
                var detections = requests.Select(r => EngineData.Detection(r.Iccid!, EngineData.NewImei(), DateTime.UtcNow)).ToArray();
                using var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", detections, ct);
                if (result.Created != 50 || response.StatusCode != HttpStatusCode.OK)
                {
                    errors.Add($"writer {i}: created {result.Created}, feed {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                }
            }
            catch (Exception e) when (e is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
            {
                errors.Add($"writer {i}: {e.GetBaseException().Message}");
            }
        });

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Usage_SameNewRecordIdFromConcurrentBatches_StoredOnceWithoutServerError()
    {
        var sim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id);
        var recordId = "race-" + Guid.NewGuid().ToString("N");
        var item = new[] { new { recordId, iccid = sim, start = DateTime.UtcNow.AddMinutes(-5), end = DateTime.UtcNow, bytes = 1000 } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/usage", item);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.True(r.Item1 == 200, r.Item2));
        Assert.Equal(1, responses.Sum(r => JsonDocument.Parse(r.Item2).RootElement.GetProperty("accepted").GetInt32()));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.UsageRecords.CountAsync(u => u.RecordId == recordId)));
    }

    [Fact]
    public async Task Detections_SameDetectionIdsFromConcurrentBatches_StoredOnceAndCountedAsDuplicates()
    {
        // Batches read which detectionIds are stored before their turn to write: one that loses the race to a batch
        // with the same ids must fail on the unique index and redo in its turn, never store an id twice or answer 500.
        var iccids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            iccids.Add(await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id));
        }

        var prefix = "same-" + Guid.NewGuid().ToString("N");
        var batch = iccids.Select((iccid, i) => EngineData.Detection(iccid, EngineData.NewImei(), DateTime.UtcNow.AddSeconds(-i), $"{prefix}-{i}")).ToArray();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", batch);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.True(r.Item1 == 200, r.Item2));
        var results = responses.Select(r => JsonDocument.Parse(r.Item2).RootElement).ToList();
        Assert.Equal(iccids.Count, results.Sum(r => r.GetProperty("accepted").GetInt32()));
        Assert.Equal(iccids.Count * 5, results.Sum(r => r.GetProperty("duplicates").GetInt32()));
        Assert.Equal(iccids.Count, await Factory.WithDbAsync(db => db.Detections.CountAsync(d => d.DetectionId!.StartsWith(prefix))));
    }

    [Fact]
    public async Task Orders_TwoUsersBarTheSameSimAtOnce_OneCompletesTheOtherIsRefusedOrFails()
    {
        var sim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var admin = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var user = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));

        var placed = await Task.WhenAll(new[] { admin, user }.Select(c => c.PostAsJsonAsync($"/api/sims/{sim}/orders", new { type = "Bar" })));

        var orders = new List<OrderDto>();
        foreach (var response in placed)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                continue;
            }

            var order = await response.ReadAsync<OrderDto>(HttpStatusCode.Accepted);
            orders.Add(await EngineData.WaitAsync(Factory, order.Id));
        }

        Assert.Single(orders, o => o.State == OrderState.Completed);
        Assert.All(orders.Where(o => o.State != OrderState.Completed), o =>
        {
            Assert.Equal(OrderState.Failed, o.State);
            Assert.False(string.IsNullOrWhiteSpace(o.Reason));
        });
        Assert.Equal(SimStatus.Barred, (await EngineData.GetSimAsync(Factory, sim)).Status);
    }

    [Fact]
    public async Task FeedAndUsers_OnTheSameSimsAtOnce_NeverCorruptASimAndVersionsOnlyGrow()
    {
        var sims = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            sims.Add(await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: true));
        }

        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));
        var network = Factory.NetworkClient();
        var problems = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        var versions = new ConcurrentDictionary<string, int>();

        var feed = Task.Run(async () =>
        {
            var random = new Random(7);
            var devices = Enumerable.Range(0, 5).Select(_ => EngineData.NewImei()).ToArray();
            while (!stop.IsCancellationRequested)
            {
                var batch = sims.Select(s => EngineData.Detection(s, devices[random.Next(devices.Length)], DateTime.UtcNow, Guid.NewGuid().ToString("N"))).ToArray();
                using var response = await network.PostAsJsonAsync("/api/network/detections", batch);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"feed {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        });
        var users = Task.Run(async () =>
        {
            ImeiStatus[] targets = [ImeiStatus.Neutral, ImeiStatus.Armed, ImeiStatus.Pairing, ImeiStatus.Locked];
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                var sim = sims[n % sims.Count];
                using var response = await customer.PostAsJsonAsync($"/api/sims/{sim}/orders", new { type = "ImeiStatus", imeiStatus = targets[n++ % targets.Length].ToString() });
                // 409: the SIM moved meanwhile or the target is not allowed from where it is; both are fine answers.
                if (response.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.Conflict))
                {
                    problems.Add($"order {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        });
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (iccid, version) in await Factory.WithDbAsync(db => db.Sims.Where(s => sims.Contains(s.Iccid)).Select(s => new { s.Iccid, s.Version }).ToListAsync()).ContinueWith(t => t.Result.Select(x => (x.Iccid, x.Version))))
                {
                    var previous = versions.GetOrAdd(iccid, version);
                    if (version < previous)
                    {
                        problems.Add($"{iccid}: version went back from {previous} to {version}");
                    }

                    versions[iccid] = Math.Max(previous, version);
                }

                await Task.Delay(20);
            }
        });

        await Task.WhenAll(feed, users, watcher);
        await WaitForNoPendingOrdersAsync(sims);

        Assert.Empty(problems);
        Assert.Empty(await SimInvariants.ViolationsAsync(Factory, sims));
        Assert.All(await Factory.WithDbAsync(db => db.Orders.Where(o => sims.Contains(o.Iccid) && o.State == OrderState.Failed).ToListAsync()),
            o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
    }

    private async Task WaitForNoPendingOrdersAsync(List<string> sims)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Factory.WithDbAsync(db => db.Orders.AnyAsync(o => sims.Contains(o.Iccid) && o.State == OrderState.Pending)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private static async Task<string> Scalar(PortalDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
