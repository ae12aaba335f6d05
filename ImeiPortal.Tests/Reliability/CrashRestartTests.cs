using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImeiPortal.Tests.TestSupport.ProcessApi;

namespace ImeiPortal.Tests.Reliability;

/// <summary>Tests that start the real app as processes: they need the machine to themselves.</summary>
[CollectionDefinition(nameof(ProcessCollection), DisableParallelization = true)]
public sealed class ProcessCollection;

/// <summary>
/// kill -9 of the app with orders waiting for provisioning and a webhook delivery waiting for its receiver:
/// after a restart on the same database every order completes exactly once and the delivery arrives once. On either
/// provider: <see cref="RunningPortal"/> starts the app on the run's store (a fresh PostgreSQL database in scripts/test's
/// second pass), and the order states are read from that store.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class CrashRestartTests
{
    private const string AdminEmail = "admin@crash.test";
    private const string Password = "Crash!2026pw";

    [Fact]
    public async Task Kill9_WithPendingOrdersAndDeliveries_RestartCompletesEachExactlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.DefaultStatus = 503; // down at first
        await using var portal = new RunningPortal(new Dictionary<string, string?>
        {
            ["Seed__Demo"] = "false",
            ["Seed__AdminEmail"] = AdminEmail,
            ["Seed__AdminPassword"] = Password,
            ["Provisioning__DelaySeconds"] = "3",
            ["Provisioning__PollSeconds"] = "0.2",
            ["Notifications__PollMilliseconds"] = "200",
            ["Notifications__RetryBaseSeconds"] = "0",
            ["Notifications__MaxAttempts"] = "100000",
            ["Webhooks__AllowPrivateTargets"] = "true",
        });
        await portal.InitializeAsync();
        using var http = await SignInAsync(portal.BaseUrl);
        var partner = await (await http.PostAsJsonAsync("/api/partners", new { name = "Crash" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var partnerId = partner.GetProperty("id").GetInt32();
        var iccids = Enumerable.Range(0, 6).Select(_ => EngineData.NewIccid()).ToList();
        var bulk = await (await http.PostAsJsonAsync("/api/sims/bulk", iccids.Select(i => new { iccid = i, partnerId }))).ReadAsync<BulkCreateResult>(HttpStatusCode.OK);
        Assert.Equal(6, bulk.Created);

        // SIM 0 becomes Locked and carries a webhook alarm; moving it to another device queues a delivery.
        var locked = iccids[0];
        await PlaceAsync(http, locked, new { type = "Activate", enableImeiLock = true });
        await WaitAsync(async () => (await SimAsync(http, locked)).GetProperty("status").GetString() == "Active", "activation of the alarm SIM");
        await FeedAsync(http, locked, EngineData.NewImei());
        var alarm = await (await http.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange", name = "crash", partnerId, iccids = new[] { locked }, action = "Notify", enabled = true,
            recipients = new { webhookUrl = receiver.Url },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await FeedAsync(http, locked, EngineData.NewImei());
        await WaitAsync(() => Task.FromResult(receiver.Received.Count >= 2), "failed webhook attempts before the crash");

        var orders = new List<long>();
        foreach (var iccid in iccids.Skip(1))
        {
            orders.Add(await PlaceAsync(http, iccid, new { type = "Activate" }));
        }

        await portal.KillAsync();
        Assert.All(await PendingOrderStatesAsync(portal.Database, orders), state => Assert.Equal("Pending", state));

        receiver.DefaultStatus = 200;
        await portal.RestartAsync();
        using var after = await SignInAsync(portal.BaseUrl);
        await WaitAsync(async () => (await PendingOrderStatesAsync(portal.Database, orders)).All(s => s == "Completed"), "orders after the restart");
        await WaitAsync(() => Task.FromResult(!receiver.Accepted.IsEmpty), "the webhook after the restart");
        await Task.Delay(1500); // room for a wrong second send or a second completion to show

        foreach (var iccid in iccids.Skip(1))
        {
            var sim = await SimAsync(after, iccid);
            Assert.Equal("Active", sim.GetProperty("status").GetString());
            Assert.Equal(0, sim.GetProperty("pendingOrders").GetInt32());
            var list = await (await after.GetAsync($"/api/sims/{iccid}/orders")).ReadAsync<JsonElement>(HttpStatusCode.OK);
            var only = Assert.Single(list.EnumerateArray());
            Assert.Equal("Completed", only.GetProperty("state").GetString());
        }

        // One success per delivery id, and only one delivery: nothing lost, nothing sent twice.
        Assert.Single(receiver.Accepted.Distinct());
        Assert.Single(receiver.Accepted);
        var notifications = await (await after.GetAsync($"/api/notifications?alarmId={alarm.GetProperty("id").GetInt32()}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var delivery = Assert.Single(Assert.Single(notifications.GetProperty("items").EnumerateArray()).GetProperty("deliveries").EnumerateArray());
        Assert.Equal("Delivered", delivery.GetProperty("state").GetString());
    }

    private static Task<HttpClient> SignInAsync(string baseUrl) => ProcessApi.SignedInClientAsync(baseUrl, AdminEmail, Password);

    /// <summary>Read straight from the store: the app may be dead.</summary>
    private static async Task<List<string>> PendingOrderStatesAsync(TestDatabase database, List<long> ids)
    {
        await using var db = database.OpenContext();
        var states = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.State);
        return [.. ids.Select(id => states.TryGetValue(id, out var state) ? state.ToString() : "missing")];
    }
}
