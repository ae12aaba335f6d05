using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Orders;

/// <summary>The app with its worker switched off, so a test decides when orders are processed.</summary>
public sealed class ManualProvisioningFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Provisioning:WorkerEnabled"] = "false" };

    public Task<int> ProcessAsync() => Services.GetRequiredService<ProvisioningWorker>().ProcessDueOrdersAsync();
}

public sealed class ProvisioningWorkerTests(ManualProvisioningFactory factory) : IClassFixture<ManualProvisioningFactory>
{
    [Fact]
    public async Task ProcessDueOrders_PreconditionGone_FailsWithReasonAndKeepsSim()
    {
        var t = await SharedTenants.OfAsync(factory);
        var iccid = await EngineData.CreateSimAsync(factory, t.PartnerA.Id);
        var first = await factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Activate)));
        // A second activation queued beside the first (the orders API refuses a duplicate pending order, but one placed
        // by another path, or before that check, must still be decided safely by the worker).
        var second = await factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            var order = new Order(sim, OrderType.Activate, DateTime.UtcNow, DateTime.UtcNow, "test", enableImeiLock: true);
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order;
        });
        Assert.Equal(2, (await EngineData.GetSimAsync(factory, iccid)).PendingOrders);

        Assert.True(await factory.ProcessAsync() >= 2);

        var done = await EngineData.WaitAsync(factory, first.Id);
        var failed = await EngineData.WaitAsync(factory, second.Id);
        Assert.Equal(OrderState.Completed, done.State);
        Assert.Equal(OrderState.Failed, failed.State);
        Assert.Contains("Allowed: Suspend, Bar, Deactivate", failed.Reason, StringComparison.Ordinal);
        var sim = await EngineData.GetSimAsync(factory, iccid);
        Assert.Equal(SimStatus.Active, sim.Status);
        Assert.Equal(ImeiStatus.Neutral, sim.ImeiStatus);
        Assert.Equal(0, sim.PendingOrders);
    }

    [Fact]
    public async Task ProcessDueOrders_UnbarOptionWhenSimStoppedBeingDiffered_FailsWithReasonAndKeepsSimBarred()
    {
        var t = await SharedTenants.OfAsync(factory);
        var iccid = await EngineData.CreateSimAsync(factory, t.PartnerA.Id);
        var orders = (PlaceOrderRequest request) => factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, request));
        await orders(new PlaceOrderRequest(OrderType.Activate, EnableImeiLock: true));
        await factory.ProcessAsync();
        var feed = await factory.NetworkClient().PostAsJsonAsync("/api/network/detections", new[]
        {
            EngineData.Detection(iccid, EngineData.NewImei(), EngineData.T0),
            EngineData.Detection(iccid, EngineData.NewImei(), EngineData.T0.AddMinutes(1)),
        });
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        await orders(new PlaceOrderRequest(OrderType.Bar));
        await factory.ProcessAsync();
        Assert.Equal(ImeiStatus.Differed, (await EngineData.GetSimAsync(factory, iccid)).ImeiStatus);

        // Accepted while Differed; the lock is disabled (by anyone) before the network completes the unbar.
        var unbar = await orders(new PlaceOrderRequest(OrderType.Unbar, UnbarOption: UnbarOption.UpdateToLastSeen));
        await factory.WithDbAsync(async db =>
        {
            (await db.Sims.SingleAsync(s => s.Iccid == iccid)).ChangeImeiStatus(ImeiStatus.Neutral);
            return await db.SaveChangesAsync();
        });
        await factory.ProcessAsync();

        var failed = await EngineData.WaitAsync(factory, unbar.Id);
        Assert.Equal(OrderState.Failed, failed.State);
        Assert.Contains("not Differed", failed.Reason, StringComparison.Ordinal);
        var sim = await EngineData.GetSimAsync(factory, iccid);
        Assert.Equal((SimStatus.Barred, ImeiStatus.Neutral), (sim.Status, sim.ImeiStatus));
    }

    [Fact]
    public async Task ProcessDueOrders_JournalNamesProvisioningAsActor()
    {
        var t = await SharedTenants.OfAsync(factory);
        var iccid = await EngineData.CreateSimAsync(factory, t.PartnerA.Id);
        await factory.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Activate)));
        await factory.ProcessAsync();
        var simId = await factory.WithDbAsync(db => db.Sims.Where(s => s.Iccid == iccid).Select(s => s.Id).SingleAsync());
        var actors = await factory.WithDbAsync(db => db.Journal.Where(j => j.Entity == "Sim" && j.EntityId == simId.ToString(System.Globalization.CultureInfo.InvariantCulture) && j.Action == "Sim.Updated").Select(j => j.UserId).ToListAsync());
        Assert.Contains("system:" + ProvisioningWorker.Actor, actors);
    }

    [Fact]
    public async Task PendingOrder_AfterRestart_IsCompletedByTheNewApp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", "restart-" + Guid.NewGuid().ToString("N"));
        var store = TestDatabase.Create(folder);
        string iccid;
        long orderId;
        using (var before = new ConfiguredPortalFactory(Settings(store, workerEnabled: false)))
        {
            var t = await Tenants.CreateAsync(before);
            iccid = await EngineData.CreateSimAsync(before, t.PartnerA.Id, t.CustomerA1.Id);
            var client = await before.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
            orderId = (await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Activate" })).ReadAsync<OrderDto>(HttpStatusCode.Accepted)).Id;
            Assert.Equal(OrderState.Pending, (await EngineData.WaitAsync(before, orderId)).State);
        }

        using (var after = new ConfiguredPortalFactory(Settings(store, workerEnabled: true)))
        {
            _ = after.Server;
            var deadline = DateTime.UtcNow.AddSeconds(15);
            OrderDto order;
            do
            {
                await Task.Delay(100);
                order = await after.AsSystemAsync(sp => sp.GetRequiredService<OrderService>().GetAsync(orderId));
            }
            while (order.State == OrderState.Pending && DateTime.UtcNow < deadline);

            Assert.Equal(OrderState.Completed, order.State);
            Assert.Equal(SimStatus.Active, (await EngineData.GetSimAsync(after, iccid)).Status);
        }

        store.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(TestDatabase store, bool workerEnabled) => new(store.Settings)
    {
        ["Provisioning:WorkerEnabled"] = workerEnabled ? "true" : "false",
    };
}
