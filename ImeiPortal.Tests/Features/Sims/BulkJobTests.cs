using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Sims;

/// <summary>The app with the bulk job worker off: each test drives <see cref="BulkJobWorker.RunJobsAsync"/> itself.</summary>
public sealed class ManualBulkJobsFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BulkJobs:WorkerEnabled"] = "false",
        ["BulkJobs:ChunkSize"] = "10",
    };
}

/// <summary>
/// Bulk changes as durable jobs (issue 14 item 3): the selection is fixed at confirmation, every SIM is changed at most
/// once under the user's own roles and tenancy, refusals keep their reasons, and an interrupted job is finished by the
/// next worker without a second order. Each test makes SIMs on a network of its own, so filters see only those.
/// </summary>
public sealed class BulkJobTests(ManualBulkJobsFactory factory) : TenantTests<ManualBulkJobsFactory>(factory)
{
    private async Task<IReadOnlyList<string>> NewSimsAsync(string network, int count, int? partnerId = null, int? customerId = null)
    {
        var iccids = Enumerable.Range(0, count).Select(_ => EngineData.NewIccid()).ToList();
        var result = await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>()
            .CreateManyAsync([.. iccids.Select(i => new CreateSimRequest(i, null, null, network, partnerId ?? T.PartnerB.Id, customerId))]));
        Assert.Empty(result.Rejected);
        return iccids;
    }

    private static string NewNetwork() => "bulk-" + Guid.NewGuid().ToString("N")[..8];

    private Task<TResult> AsPartnerUserBAsync<TResult>(Func<BulkJobService, Task<TResult>> work) =>
        Factory.AsUserAsync(Tenants.EmailB(Roles.PartnerUser), sp => work(sp.GetRequiredService<BulkJobService>()));

    private Task<int> RunWorkerAsync(CancellationToken cancellationToken = default) =>
        Factory.Services.GetRequiredService<BulkJobWorker>().RunJobsAsync(cancellationToken);

    private Task<Dictionary<string, int>> OrdersPerSimAsync(IEnumerable<string> iccids, OrderType type)
    {
        var list = iccids.ToList();
        return Factory.WithDbAsync(db => db.Orders.Where(o => list.Contains(o.Iccid) && o.Type == type)
            .GroupBy(o => o.Iccid).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
    }

    [Fact]
    public async Task Start_FilterMatchingMoreThanAChunk_ActivatesEachMatchingSimOnceAndCountsProgress()
    {
        var network = NewNetwork();
        var sims = await NewSimsAsync(network, 25);
        var outside = await NewSimsAsync(NewNetwork(), 2);
        var selection = new BulkSelection(Filter: new SimQuery(Network: network, Page: 3, PageSize: 5));

        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(selection, new BulkCommand(BulkAction.Activate)));
        Assert.Equal((BulkJobState.Queued, 25, 0), (job.State, job.Total, job.Processed));
        Assert.Equal("Activate 25 SIMs", job.Description);

        // Each chunk's save is announced (the panel re-reads then), not only the end: 3 chunks of 10 and the finish.
        var heard = 0;
        using (Factory.Services.GetRequiredService<IChangeHub>().Subscribe<BulkJobChanged>(c => c.JobId == job.Id, changes =>
               {
                   Interlocked.Add(ref heard, changes.Count);
                   return Task.CompletedTask;
               }))
        {
            Assert.Equal(1, await RunWorkerAsync());
            // The hub delivers after the publisher goes on: wait for the announcements, not for the worker.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref heard) < 4 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }

        Assert.True(Volatile.Read(ref heard) >= 4, $"heard {heard} announcements of the job, expected one per chunk and one at the end");
        var done = await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id));
        Assert.Equal((BulkJobState.Completed, 25, 0), (done.State, done.Done, done.Refused));
        Assert.NotNull(done.FinishedAt);
        var orders = await OrdersPerSimAsync(sims.Concat(outside), OrderType.Activate);
        Assert.Equal(sims.Order(), orders.Keys.Order());
        Assert.All(orders.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Start_PastedListWithUnknownAndOtherTenantsIccids_RefusesThoseWithTheReasonAndDoesTheRest()
    {
        var own = await NewSimsAsync(NewNetwork(), 3);
        var otherTenant = (await NewSimsAsync(NewNetwork(), 1, T.PartnerA.Id))[0];
        var pasted = BulkSelection.Pasted($"{own[0]}\n{own[1]}, {own[2]};{own[0]}\n\n{otherTenant}\tnot-an-iccid\n");
        Assert.Equal(5, pasted.Iccids!.Count);

        var preview = await AsPartnerUserBAsync(jobs => jobs.PreviewAsync(pasted, new BulkCommand(BulkAction.Activate)));
        Assert.Equal((5, 3), (preview.Total, preview.Changing));
        var notFound = Assert.Single(preview.Refused);
        Assert.Equal((SimBulkService.NotFound, 2), (notFound.Reason, notFound.Sims));

        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(pasted, new BulkCommand(BulkAction.Activate)));
        await RunWorkerAsync();

        var done = await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id));
        Assert.Equal((BulkJobState.Completed, 3, 2), (done.State, done.Done, done.Refused));
        var refusals = await AsPartnerUserBAsync(jobs => jobs.RefusalsAsync(job.Id));
        Assert.Equal([new BulkRefusalDto(otherTenant, SimBulkService.NotFound), new BulkRefusalDto("not-an-iccid", SimBulkService.NotFound)], refusals);
        // The other partner's SIM was never touched: it is not even found.
        Assert.False((await OrdersPerSimAsync([otherTenant], OrderType.Activate)).ContainsKey(otherTenant));
    }

    [Fact]
    public async Task Preview_SomeSimsCannotTakeTheAction_GroupsRefusalsByReasonWithAnExample()
    {
        var network = NewNetwork();
        var fresh = await NewSimsAsync(network, 4);
        var active = await NewSimsAsync(network, 2);
        foreach (var iccid in active)
        {
            Assert.Equal(OrderState.Completed, (await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate))).State);
        }

        var preview = await AsPartnerUserBAsync(jobs => jobs.PreviewAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Suspend)));

        // Only the two active SIMs can be suspended; the four new ones share one reason.
        Assert.Equal((6, 2, 4), (preview.Total, preview.Changing, preview.RefusedCount));
        var reason = Assert.Single(preview.Refused);
        Assert.Equal(4, reason.Sims);
        Assert.Contains(reason.ExampleIccid, fresh);
    }

    [Fact]
    public async Task Run_InterruptedMidJob_NextWorkerFinishesItAndNoSimGetsASecondOrder()
    {
        var network = NewNetwork();
        // Twenty chunks: the announcement of the first reaches the test long before the last chunk is done.
        var sims = await NewSimsAsync(network, 200);
        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Activate)));

        // The instance dies after its first chunk: the cancellation is what a killed process's work looks like here.
        using (var crash = new CancellationTokenSource())
        using (Factory.Services.GetRequiredService<IChangeHub>().Subscribe<BulkJobChanged>(c => c.JobId == job.Id, _ =>
               {
                   crash.Cancel();
                   return Task.CompletedTask;
               }))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunWorkerAsync(crash.Token));
        }

        var interrupted = await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id));
        Assert.Equal(BulkJobState.Running, interrupted.State);
        Assert.InRange(interrupted.Processed, 10, 199);
        // Its lease ran out and it belonged to another instance: this one takes the job over.
        await Factory.WithDbAsync(db => db.BulkJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "crashed-instance").SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddMinutes(-1))));

        Assert.Equal(1, await RunWorkerAsync());

        var done = await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id));
        Assert.Equal(BulkJobState.Completed, done.State);
        Assert.Equal(200, done.Processed);
        var orders = await OrdersPerSimAsync(sims, OrderType.Activate);
        Assert.Equal(200, orders.Count);
        Assert.All(orders.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Run_JobLeasedByAnotherLiveInstance_IsLeftToIt()
    {
        var network = NewNetwork();
        await NewSimsAsync(network, 3);
        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Activate)));
        await Factory.WithDbAsync(db => db.BulkJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "other-instance").SetProperty(j => j.LeaseUntil, DateTime.UtcNow.AddMinutes(5))));

        Assert.Equal(0, await RunWorkerAsync());
        Assert.Equal(0, (await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id))).Processed);
    }

    [Fact]
    public async Task Cancel_QueuedJob_EndsAtOnceAndChangesNoSim()
    {
        var network = NewNetwork();
        var sims = await NewSimsAsync(network, 3);
        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Activate)));

        var cancelled = await AsPartnerUserBAsync(jobs => jobs.CancelAsync(job.Id));
        await RunWorkerAsync();

        Assert.Equal(BulkJobState.Cancelled, cancelled.State);
        Assert.Equal(BulkJobState.Cancelled, (await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id))).State);
        Assert.Empty(await OrdersPerSimAsync(sims, OrderType.Activate));
    }

    [Fact]
    public async Task Jobs_OfAnotherUser_AreNotFoundNorListed()
    {
        var network = NewNetwork();
        await NewSimsAsync(network, 1);
        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Activate)));

        foreach (var email in new[] { Tenants.EmailB(Roles.PartnerAdmin), Tenants.EmailA(Roles.PartnerUser) })
        {
            await Factory.AsUserAsync(email, async sp =>
            {
                var jobs = sp.GetRequiredService<BulkJobService>();
                await Assert.ThrowsAsync<NotFoundException>(() => jobs.GetAsync(job.Id));
                await Assert.ThrowsAsync<NotFoundException>(() => jobs.CancelAsync(job.Id));
                await Assert.ThrowsAsync<NotFoundException>(() => jobs.RefusalsAsync(job.Id));
                Assert.DoesNotContain(await jobs.ListAsync(), j => j.Id == job.Id);
                return 0;
            });
        }

        Assert.Contains(await AsPartnerUserBAsync(jobs => jobs.ListAsync()), j => j.Id == job.Id);
        Assert.Equal(BulkJobState.Queued, (await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id))).State);
    }

    [Fact]
    public async Task Start_RoleWithoutTheAction_IsForbiddenAndStoresNoJob()
    {
        var network = NewNetwork();
        await NewSimsAsync(network, 2);
        var before = await Factory.WithDbAsync(db => db.BulkJobs.CountAsync());

        await Factory.AsUserAsync(Tenants.EmailB(Roles.PartnerReadOnly), async sp =>
        {
            var jobs = sp.GetRequiredService<BulkJobService>();
            await Assert.ThrowsAsync<ForbiddenException>(() => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Bar)));
            return 0;
        });

        Assert.Equal(before, await Factory.WithDbAsync(db => db.BulkJobs.CountAsync()));
    }

    [Fact]
    public async Task Start_BadSelections_AreRefusedWithAClearMessage()
    {
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsPartnerUserBAsync(jobs => jobs.StartAsync(new BulkSelection(Filter: new SimQuery(Network: NewNetwork())), new BulkCommand(BulkAction.Activate))));
        Assert.Contains("No SIM matches", none.Message, StringComparison.Ordinal);
        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsPartnerUserBAsync(jobs => jobs.StartAsync(BulkSelection.Pasted(" \n ,"), new BulkCommand(BulkAction.Activate))));
        Assert.Contains("at least one ICCID", empty.Message, StringComparison.Ordinal);
        var noStatus = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsPartnerUserBAsync(jobs => jobs.StartAsync(BulkSelection.Pasted(EngineData.NewIccid()), new BulkCommand(BulkAction.ImeiStatus))));
        Assert.Contains("IMEI status", noStatus.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CreatorDeactivatedBeforeTheJobRan_FailsAndLeavesEverySimAsItWas()
    {
        var email = $"bulk-{Guid.NewGuid():N}@b.test";
        var userId = await Factory.AsSystemAsync(async sp =>
            (await sp.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.PartnerUser], T.PartnerB.Id, null))).Id);
        var network = NewNetwork();
        var sims = await NewSimsAsync(network, 3);
        var job = await Factory.AsUserAsync(email, sp => sp.GetRequiredService<BulkJobService>()
            .StartAsync(new BulkSelection(Filter: new SimQuery(Network: network)), new BulkCommand(BulkAction.Activate)));
        await Factory.AsSystemAsync(async sp =>
        {
            await sp.GetRequiredService<UserService>().UpdateAsync(userId, new UpdateUserRequest(null, false));
            return 0;
        });

        await RunWorkerAsync();

        var failed = await Factory.WithDbAsync(db => db.BulkJobs.SingleAsync(j => j.Id == job.Id));
        Assert.Equal((BulkJobState.Failed, BulkJobWorker.Deactivated), (failed.State, failed.FailureReason));
        Assert.Empty(await OrdersPerSimAsync(sims, OrderType.Activate));
    }

    [Fact]
    public async Task Unbar_WithAnOptionOnBarredSimsThatAreNotDiffered_UnbarsThemPlainly()
    {
        var network = NewNetwork();
        var sims = await NewSimsAsync(network, 2);
        foreach (var iccid in sims)
        {
            await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate));
            Assert.Equal(OrderState.Completed, (await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Bar))).State);
        }

        var command = new BulkCommand(BulkAction.Unbar, UnbarOption: UnbarOption.UpdateToLastSeen);
        var selection = new BulkSelection(Filter: new SimQuery(Network: network));
        var preview = await AsPartnerUserBAsync(jobs => jobs.PreviewAsync(selection, command));
        Assert.Equal(2, preview.Changing);
        var job = await AsPartnerUserBAsync(jobs => jobs.StartAsync(selection, command));
        await RunWorkerAsync();

        Assert.Equal(2, (await AsPartnerUserBAsync(jobs => jobs.GetAsync(job.Id))).Done);
        var unbars = await Factory.WithDbAsync(db => db.Orders.Where(o => sims.Contains(o.Iccid) && o.Type == OrderType.Unbar).ToListAsync());
        Assert.Equal(2, unbars.Count);
        Assert.All(unbars, o => Assert.Null(o.UnbarOption));
    }
}
