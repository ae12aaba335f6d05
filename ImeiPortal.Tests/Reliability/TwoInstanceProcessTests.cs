using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static ImeiPortal.Tests.TestSupport.ProcessApi;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// Two portal processes on one PostgreSQL database, as behind a load balancer: one sign-in serves both (the key ring is
/// in the database), thefts are fed and orders placed through both, and one of them is killed (kill -9) while it is deciding
/// an order, its Bar orders wait for provisioning and one of its webhook sends hangs. The survivor takes over once the
/// dead instance's leases run out: each SIM is barred once, each theft gives one notification and one webhook, nothing is
/// decided twice. docs/scaling.md says what this proves and what it does not.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed partial class TwoInstanceProcessTests
{
    private const string AdminEmail = "admin@instances.test";
    private const string Password = "Instances!2026pw";

    // More than 20 thefts of one customer's SIMs into one model within 10 minutes form an incident, which folds their
    // webhooks into one message: with fewer, every theft has its own.
    private const int SimCount = 12;

    // Thefts 0-3 go through both live instances with a prompt receiver, 4-7 through both while it hangs (the kill
    // comes then), 8-11 through the survivor.
    private const int Hanging = 4;
    private const int BeforeKill = 8;

    private const double LeaseSeconds = 8;

    [PostgreSqlOnlyFact]
    public async Task TheftsThroughTwoInstances_OneKilledMidway_EachSimBarredOnceAndEachTheftNotifiedOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Seed__Demo"] = "false",
            ["Seed__AdminEmail"] = AdminEmail,
            ["Seed__AdminPassword"] = Password,
            // Bar orders wait long enough to be pending when the instance that placed them dies.
            ["Provisioning__DelaySeconds"] = "12",
            ["Provisioning__PollSeconds"] = "0.5",
            // The stuck order stays the doomed instance's until the kill, however slow the machine.
            ["Provisioning__LeaseSeconds"] = "20",
            ["Notifications__PollMilliseconds"] = "300",
            ["Notifications__RetryBaseSeconds"] = "0.5",
            ["Notifications__MaxAttempts"] = "100000",
            // Longer than a send (its timeout) plus the wait for the endpoint's turn, as the option asks.
            ["Notifications__LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhooks__TimeoutSeconds"] = "2",
            ["Webhooks__AllowPrivateTargets"] = "true",
        };
        using var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "imeiportal-instances", Guid.NewGuid().ToString("N")));
        await using var first = new RunningPortal(settings, database);
        await using var second = new RunningPortal(settings, database);
        // One after the other, as a rolling deployment starts them (starting at once is the test below).
        await first.InitializeAsync();
        await second.InitializeAsync();
        RunningPortal[] portals = [first, second];

        // One sign-in on the first instance; its token works on the second.
        var token = await SignInAsync(first.BaseUrl, AdminEmail, Password);
        using var onFirst = Client(first.BaseUrl, token);
        using var onSecond = Client(second.BaseUrl, token);
        HttpClient[] clients = [onFirst, onSecond];
        HttpClient Through(int i) => clients[i % 2];
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/partners")).StatusCode);

        var partnerId = (await (await onFirst.PostAsJsonAsync("/api/partners", new { name = "Two instances" })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var iccids = Enumerable.Range(0, SimCount).Select(_ => EngineData.NewIccid()).ToList();
        var stuckIccid = EngineData.NewIccid();
        var bulk = await (await onSecond.PostAsJsonAsync("/api/sims/bulk", iccids.Append(stuckIccid).Select(i => new { iccid = i, partnerId }))).ReadAsync<BulkCreateResult>(HttpStatusCode.OK);
        Assert.Equal(SimCount + 1, bulk.Created);
        for (var i = 0; i < SimCount; i++)
        {
            await PlaceAsync(Through(i), iccids[i], new { type = "Activate", enableImeiLock = true });
        }

        await WaitAsync(async () => await FromStoreAsync(database, db => db.Sims.CountAsync(s => iccids.Contains(s.Iccid) && s.Status == SimStatus.Active)) == SimCount,
            "the activations placed through both instances", seconds: 60);
        for (var i = 0; i < SimCount; i++)
        {
            await FeedAsync(Through(i), iccids[i], EngineData.NewImei());
        }

        await WaitAsync(async () => await FromStoreAsync(database, db => db.Sims.CountAsync(s => iccids.Contains(s.Iccid) && s.ImeiStatus == ImeiStatus.Locked)) == SimCount,
            "every SIM locked to its first device");
        var alarmId = (await (await onSecond.PostAsJsonAsync("/api/alarms", new
        {
            type = "ImeiStatusChange", name = "bar on theft", partnerId, iccids, action = "Bar", enabled = true,
            recipients = new { webhookUrl = receiver.Url },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        // An order an instance is deciding when it dies: its SIM's row is locked here (after placing it, which writes the
        // SIM too) before it is due, so the instance that claims it waits in its save, holding the order's lease (and
        // those of the orders after it in its batch).
        var stuckOrder = await PlaceAsync(onFirst, stuckIccid, new { type = "Activate" });
        await using var rowLock = new NpgsqlConnection(database.ConnectionString);
        await rowLock.OpenAsync();
        await using var held = await rowLock.BeginTransactionAsync();
        await using (var select = new NpgsqlCommand("""SELECT 1 FROM "Sims" WHERE "Iccid" = @iccid FOR UPDATE""", rowLock, held))
        {
            select.Parameters.AddWithValue("iccid", stuckIccid);
            Assert.NotNull(await select.ExecuteScalarAsync());
        }

        // Thefts alternately through both live instances: each webhook is sent by one of them.
        for (var i = 0; i < Hanging; i++)
        {
            await FeedAsync(Through(i), iccids[i], EngineData.NewImei());
        }

        await WaitAsync(() => Task.FromResult(receiver.Accepted.Count >= Hanging), "the webhooks of the thefts before the kill");

        // The instance that claimed the stuck order is the one to die.
        string? stuckOwner = null;
        await WaitAsync(async () => (stuckOwner = await FromStoreAsync(database, db => db.Orders
            .Where(o => o.Id == stuckOrder && o.State == OrderState.Pending).Select(o => o.LeaseOwner).FirstOrDefaultAsync())) is not null,
            "an instance claiming the stuck order", seconds: 60);
        var doomedIndex = Array.FindIndex(portals, p => stuckOwner!.StartsWith(LeasePrefix(p), StringComparison.Ordinal));
        Assert.True(doomedIndex >= 0, $"the stuck order's lease owner {stuckOwner} is neither instance");
        var doomed = portals[doomedIndex];
        var survivor = portals[1 - doomedIndex];
        var onSurvivor = clients[1 - doomedIndex];

        // Now the webhooks hang until the portal gives up on them, so an instance is always mid-send, holding a lease:
        // the doomed one is killed while it holds one.
        receiver.Delay = TimeSpan.FromMinutes(5);
        for (var i = Hanging; i < BeforeKill; i++)
        {
            await FeedAsync(Through(i), iccids[i], EngineData.NewImei());
        }

        var doomedOwner = LeasePrefix(doomed);
        await WaitAsync(async () => await FromStoreAsync(database, db => db.NotificationDeliveries.CountAsync(d =>
            d.State == DeliveryState.Pending && d.LeaseOwner != null && d.LeaseOwner.StartsWith(doomedOwner))) > 0, "a webhook send of the doomed instance");
        await doomed.KillAsync();

        // What the kill left behind: its lease on the order it was deciding and on a delivery it was sending, and Bar
        // orders it placed still waiting for provisioning.
        var doomedFed = iccids.Where((_, i) => i >= Hanging && i < BeforeKill && i % 2 == doomedIndex).ToList();
        await using (var db = database.OpenContext())
        {
            Assert.True(await db.Orders.AnyAsync(o => o.Id == stuckOrder && o.State == OrderState.Pending && o.LeaseOwner == stuckOwner && o.LeaseUntil > DateTime.UtcNow),
                "the stuck order is no longer the killed instance's");
            Assert.True(await db.NotificationDeliveries.AnyAsync(d => d.State == DeliveryState.Pending && d.LeaseOwner!.StartsWith(doomedOwner) && d.LeaseUntil > DateTime.UtcNow),
                "no delivery leased by the killed instance");
            Assert.True(await db.Orders.AnyAsync(o => doomedFed.Contains(o.Iccid) && o.Type == OrderType.Bar && o.State == OrderState.Pending),
                "no Bar order pending when the instance died");
        }

        await held.RollbackAsync(); // the SIM free again: the survivor decides its order once the lease runs out
        receiver.Delay = TimeSpan.Zero;
        for (var i = BeforeKill; i < SimCount; i++)
        {
            await FeedAsync(onSurvivor, iccids[i], EngineData.NewImei());
        }

        await WaitAsync(async () => await FromStoreAsync(database, db => db.Sims.CountAsync(s => iccids.Contains(s.Iccid) && s.Status == SimStatus.Barred)) == SimCount,
            "every SIM barred", seconds: 90);
        await WaitAsync(() => Task.FromResult(receiver.Accepted.Count >= SimCount), "one webhook per theft", seconds: 90);
        await WaitAsync(async () => await FromStoreAsync(database, db => db.Orders.CountAsync(o => o.Id == stuckOrder && o.State == OrderState.Completed)) == 1,
            "the order the killed instance was deciding", seconds: 90);
        await Task.Delay(1500); // room for a second send or a second decision to show

        await using var store = database.OpenContext();
        var sims = await store.Sims.AsNoTracking().Where(s => iccids.Contains(s.Iccid)).ToDictionaryAsync(s => s.Id, s => s.Iccid);
        var simIds = sims.Keys.ToList();
        var simKeys = simIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Each SIM: one theft, one Bar order, completed once, barred once.
        var thefts = await store.ImeiStatusChanges.Where(c => simIds.Contains(c.SimId) && c.To == ImeiStatus.Differed).GroupBy(c => c.SimId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, SimCount), thefts);
        var bars = await store.Orders.AsNoTracking().Where(o => simIds.Contains(o.SimId) && o.Type == OrderType.Bar).ToListAsync();
        Assert.Equal(simIds.Order(), bars.Select(o => o.SimId).Order());
        Assert.All(bars, o => Assert.Equal(OrderState.Completed, o.State));
        var barIds = bars.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var decided = await store.Journal.AsNoTracking()
            .Where(j => j.Action == "Order.Updated" && barIds.Contains(j.EntityId!) && (j.After!.Contains("\"State\":\"Completed\"") || j.After!.Contains("\"State\":\"Failed\"")))
            .Select(j => j.EntityId).ToListAsync();
        Assert.Equal(barIds.Order(), decided.Order());
        var barred = await store.Journal.AsNoTracking()
            .Where(j => j.Action == "Sim.Updated" && simKeys.Contains(j.EntityId!) && j.After!.Contains("\"Status\":\"Barred\""))
            .Select(j => j.EntityId).ToListAsync();
        Assert.Equal(simKeys.Order(), barred.Order());

        // Neither instance logged a decision the other (or itself) had made already; the survivor decided the dead one's.
        var doomedDecisions = Decisions(doomed);
        var survivorDecisions = Decisions(survivor);
        var all = doomedDecisions.Concat(survivorDecisions).ToList();
        Assert.Equal(all.Distinct().Count(), all.Count);
        var orphaned = bars.Where(o => doomedFed.Contains(o.Iccid)).Select(o => o.Id).ToList();
        Assert.Contains(survivorDecisions, orphaned.Contains);
        Assert.Contains(stuckOrder, survivorDecisions);
        Assert.DoesNotContain(stuckOrder, doomedDecisions);
        var stuckKey = stuckOrder.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(await store.Journal.AsNoTracking()
            .Where(j => j.Action == "Order.Updated" && j.EntityId == stuckKey && j.After!.Contains("\"State\":\"Completed\"")).ToListAsync());

        // Each theft: one notification of the alarm, one webhook delivery, delivered, received once.
        var notifications = await store.Notifications.AsNoTracking().Where(n => n.AlarmId == alarmId).ToListAsync();
        Assert.Equal(iccids.Order(), notifications.Select(n => n.Iccid!).Order());
        var notificationIds = notifications.Select(n => n.Id).ToList();
        var webhooks = await store.NotificationDeliveries.AsNoTracking()
            .Where(d => notificationIds.Contains(d.NotificationId) && d.Channel == DeliveryChannel.Webhook).ToListAsync();
        Assert.Equal(notificationIds.Order(), webhooks.Select(d => d.NotificationId).Order());
        Assert.All(webhooks, d => Assert.Equal(DeliveryState.Delivered, d.State));
        Assert.Equal(
            webhooks.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
            receiver.Accepted.Order());
    }

    /// <summary>
    /// Instances deployed together start at once on an empty database: one migrates and seeds while the other waits for
    /// it (without the startup lock one of them died with "column already exists"), and both serve the same first admin.
    /// </summary>
    [PostgreSqlOnlyFact]
    public async Task Start_TwoInstancesAtOnceOnAnEmptyDatabase_BothMigrateSeedOnceAndServe()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Seed__Demo"] = "true",
            ["Seed__DemoSims"] = "50", // a small demo: its partners show whether it was seeded twice
            ["Seed__AdminEmail"] = AdminEmail,
            ["Seed__AdminPassword"] = Password,
        };
        using var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "imeiportal-instances", Guid.NewGuid().ToString("N")));
        await using var first = new RunningPortal(settings, database);
        await using var second = new RunningPortal(settings, database);

        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());

        await using var db = database.OpenContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == AdminEmail));
        Assert.Equal(2, await db.Partners.CountAsync()); // the demo's two partners, seeded once
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // Each one's token works on the other, though both found an empty key ring when they started.
        foreach (var (issuer, reader) in new[] { (first, second), (second, first) })
        {
            using var http = Client(reader.BaseUrl, await SignInAsync(issuer.BaseUrl, AdminEmail, Password));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/partners")).StatusCode);
        }
    }

    /// <summary>How the lease owner an instance writes begins (<c>ImeiPortal.Data.PortalInstance</c>: host, process, GUID).</summary>
    private static string LeasePrefix(RunningPortal portal) => $"{Environment.MachineName}:{portal.ProcessId}:";

    /// <summary>Read straight from the store: one of the instances may be dead.</summary>
    private static async Task<T> FromStoreAsync<T>(TestDatabase database, Func<ImeiPortal.Data.PortalDbContext, Task<T>> read)
    {
        await using var db = database.OpenContext();
        return await read(db);
    }

    /// <summary>The orders a process logged as completed or failed, one entry per decision.</summary>
    private static List<long> Decisions(RunningPortal portal) =>
        [.. portal.LogLines.Select(line => Decided().Match(line)).Where(m => m.Success)
            .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"Order (\d+) \(\w+\) for SIM \d+: (Completed|Failed)")]
    private static partial Regex Decided();
}
