using System.Text.RegularExpressions;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// Two portal instances on one PostgreSQL database, both running their order worker: each order is claimed by one of
/// them (a lease, rows skipped while another instance claims them) and decided once. SQLite serves one instance per file.
/// </summary>
public sealed partial class SeveralInstancesTests : IDisposable
{
    private readonly Instance _first;
    private readonly Instance _second;

    public SeveralInstancesTests()
    {
        var workers = new Dictionary<string, string?>
        {
            ["Provisioning:PollSeconds"] = "0.05",
            ["Provisioning:DelaySeconds"] = "0",
            ["Notifications:PollMilliseconds"] = "50",
            [ImeiPortal.Features.Notifications.WebhookTargets.AllowPrivateKey] = "true",
        };
        _first = new Instance(workers);
        _second = new Instance(new Dictionary<string, string?>(workers).Concat(_first.SharedStore).ToDictionary());
    }

    [PostgreSqlOnlyFact]
    public async Task Orders_DueOnTwoInstancesOfOneDatabase_AreEachDecidedOnce()
    {
        _ = _second.Server;
        var t = await Tenants.CreateAsync(_first);
        var requests = Enumerable.Range(0, 60).Select(_ => new CreateSimRequest(EngineData.NewIccid(), null, null, "MultiNet", t.PartnerA.Id, null)).ToList();
        await _first.AsSystemAsync(sp => sp.GetRequiredService<SimService>().CreateManyAsync(requests));
        var iccids = requests.Select(r => r.Iccid!).ToHashSet();

        // New SIMs: an activation completes, a resume fails (nothing to resume). Both outcomes are decisions the worker
        // makes once; due together a moment from now, so both workers race for the same rows.
        var orderIds = await _first.WithDbAsync(async db =>
        {
            var due = DateTime.UtcNow.AddSeconds(1);
            var orders = (await db.Sims.Where(s => iccids.Contains(s.Iccid)).OrderBy(s => s.Id).ToListAsync())
                .Select((sim, i) => new Order(sim, i % 2 == 0 ? OrderType.Activate : OrderType.Resume, DateTime.UtcNow, due, "test")).ToList();
            db.Orders.AddRange(orders);
            await db.SaveChangesAsync();
            return orders.Select(o => o.Id).ToList();
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await _first.WithDbAsync(db => db.Orders.AnyAsync(o => orderIds.Contains(o.Id) && o.State == OrderState.Pending)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var states = await _first.WithDbAsync(db => db.Orders.Where(o => orderIds.Contains(o.Id)).Select(o => o.State).ToListAsync());
        Assert.Equal(30, states.Count(s => s == OrderState.Completed));
        Assert.Equal(30, states.Count(s => s == OrderState.Failed));
        var decisions = _first.Decisions().Concat(_second.Decisions()).Where(orderIds.Contains).ToList();
        Assert.Equal(orderIds.Order(), decisions.Order());
    }

    /// <summary>
    /// Thefts raised through one instance while the other polls the same outbox: a slow receiver keeps the deliveries
    /// in flight, yet each arrives once (the sending instance holds them; the other skips them).
    /// </summary>
    [PostgreSqlOnlyFact]
    public async Task WebhookDeliveries_DueOnTwoInstancesOfOneDatabase_AreEachSentOnce()
    {
        _ = _second.Server;
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(300);
        var t = await Tenants.CreateAsync(_first);
        var sims = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            sims.Add((await AlarmTestData.AddSimAsync(_first, t.PartnerA.Id, locked: true)).Iccid);
        }

        await AlarmTestData.AddAlarmAsync(_first, new(ImeiPortal.Domain.Alarms.AlarmType.ImeiStatusChange, "two instances", Iccids: sims,
            Recipients: new ImeiPortal.Features.Alarms.AlarmRecipients(WebhookUrl: receiver.Url)));
        foreach (var iccid in sims)
        {
            await AlarmTestData.TriggerAsync(_first, iccid);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (receiver.Accepted.Count < sims.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000); // room for a second send to show
        Assert.Equal(sims.Count, receiver.Accepted.Count);
        Assert.Equal(sims.Count, receiver.Accepted.Distinct().Count());
    }

    /// <summary>
    /// A theft fed through one instance reaches the other's subscribers (an open SIM page, the badge) through
    /// PostgreSQL's LISTEN/NOTIFY, and the feeding instance's own subscribers once, not again as an echo.
    /// </summary>
    [PostgreSqlOnlyFact]
    public async Task Theft_FedThroughOneInstance_ReachesTheOtherInstancesSubscribersAndTheOwnOnce()
    {
        _ = _second.Server;
        var t = await Tenants.CreateAsync(_first);
        var sim = await AlarmTestData.AddSimAsync(_first, t.PartnerA.Id, locked: true);
        await AlarmTestData.AddAlarmAsync(_first, new(ImeiPortal.Domain.Alarms.AlarmType.ImeiStatusChange, "relayed", Iccids: [sim.Iccid]));
        using var onSecond = new ChangeRecorder<SimChanged>(_second.Services.GetRequiredService<IChangeHub>(), c => c.Iccid == sim.Iccid);
        using var notifiedOnSecond = new ChangeRecorder<NotificationCreated>(_second.Services.GetRequiredService<IChangeHub>(), n => n.PartnerId == t.PartnerA.Id);
        using var onFirst = new ChangeRecorder<SimChanged>(_first.Services.GetRequiredService<IChangeHub>(), c => c.Iccid == sim.Iccid);

        await AlarmTestData.TriggerAsync(_first, sim.Iccid);

        Assert.True(await onSecond.WaitForAsync(c => c.SimId == sim.Id, TimeSpan.FromSeconds(15)), "the other instance never heard of the theft");
        Assert.True(await notifiedOnSecond.WaitForAsync(_ => true, TimeSpan.FromSeconds(15)), "the other instance's badge never heard of the notification");
        Assert.True(await onFirst.WaitForAsync(c => c.SimId == sim.Id, TimeSpan.FromSeconds(15)));
        await Task.Delay(1000); // room for an echo to show
        Assert.Single(onFirst.Received);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    [GeneratedRegex(@"^Order (\d+) \(")]
    private static partial Regex Decided();

    private sealed class Instance(IDictionary<string, string?> settings) : PortalFactory
    {
        private readonly CapturedLogs _logs = new();

        protected override IDictionary<string, string?> Settings => settings;

        /// <summary>The orders this instance completed or failed, one entry per decision.</summary>
        public IEnumerable<long> Decisions() => _logs.Entries
            .Where(e => e.Category.EndsWith("ProvisioningWorker", StringComparison.Ordinal) && e.Level == LogLevel.Information)
            .Select(e => Decided().Match(e.Message)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }
    }
}
