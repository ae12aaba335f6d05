using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Orders;

public sealed class OrdersApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{

    [Fact]
    public async Task Place_ActivateAsPartnerUser_Returns202AndWorkerCompletesIt()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var response = await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Activate", enableImeiLock = true });
        var placed = await response.ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        Assert.Equal(iccid, placed.Iccid);
        Assert.Equal(OrderType.Activate, placed.Type);

        await EngineData.WaitAsync(Factory, placed.Id);
        var order = await (await client.GetAsync($"/api/orders/{placed.Id}")).ReadAsync<OrderDto>(HttpStatusCode.OK);
        Assert.Equal(OrderState.Completed, order.State);
        Assert.NotNull(order.CompletedAt);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal(SimStatus.Active, sim.Status);
        Assert.Equal(ImeiStatus.Armed, sim.ImeiStatus);
        var history = await Factory.WithDbAsync(db => db.ImeiStatusChanges.Where(c => db.Sims.Any(s => s.Id == c.SimId && s.Iccid == iccid)).ToListAsync());
        Assert.Equal(ImeiStatus.Armed, Assert.Single(history).To);
        var list = await (await client.GetAsync($"/api/sims/{iccid}/orders")).ReadAsync<List<OrderDto>>(HttpStatusCode.OK);
        Assert.Equal(placed.Id, Assert.Single(list).Id);
    }

    [Theory]
    [InlineData("Suspend", null)]
    [InlineData("ImeiStatus", "Armed")]
    public async Task Place_SameOrderAlreadyPending_Returns409SayingItIsOnItsWayAndPlacesNothing(string type, string? imeiStatus)
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        // The first order waits for a slow network: it is still pending when the second click arrives.
        await Factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            var now = DateTime.UtcNow;
            db.Orders.Add(new Order(sim, Enum.Parse<OrderType>(type), now, now.AddHours(1), null, imeiStatus is null ? null : Enum.Parse<ImeiStatus>(imeiStatus)));
            return await db.SaveChangesAsync();
        });

        var problem = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type, imeiStatus })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("already has a pending", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var placedType = Enum.Parse<OrderType>(type);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Iccid == iccid && o.Type == placedType)));
    }

    [Fact]
    public async Task Place_RefusedTransition_Returns409NamingAllowedTargets()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var problem = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Suspend" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Allowed: Activate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Activate", problem.GetProperty("allowed")[0].GetString());

        var imei = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "ImeiStatus", imeiStatus = "Locked" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Allowed: Armed, Pairing", imei.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Iccid == iccid)));
    }

    [Fact]
    public async Task Place_CustomerUser_MayChangeImeiStatusButNotLifecycle()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Suspend" })).StatusCode);
        var placed = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "ImeiStatus", imeiStatus = "Armed" })).ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, placed.Id)).State);
        Assert.Equal(ImeiStatus.Armed, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
    }

    [Fact]
    public async Task Place_ReadOnlyRole_Returns403()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "ImeiStatus", imeiStatus = "Armed" })).StatusCode);
    }

    [Fact]
    public async Task Place_OtherTenant_Returns404ForSimAndOrder()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var order = await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate));
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Suspend" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sims/{iccid}/orders")).StatusCode);
    }

    [Fact]
    public async Task Place_BadInput_Returns400AndStoresNothing()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var missingStatus = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "ImeiStatus" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missingStatus.GetProperty("errors").TryGetProperty("imeiStatus", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Explode" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { })).StatusCode);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Iccid == iccid)));
    }

    [Fact]
    public async Task Worker_ActivationUnderServiceProfile_UsesItsDefaultImeiStatus()
    {
        var serviceId = await Factory.WithDbAsync(async db =>
        {
            var profile = new ServiceProfile(T.CustomerA1.Id, "Tracker " + Guid.NewGuid().ToString("N")[..6], ImeiStatus.Armed);
            db.ServiceProfiles.Add(profile);
            await db.SaveChangesAsync();
            return profile.Id;
        });
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>().AssignCustomerAsync(iccid, new AssignCustomerRequest(T.CustomerA1.Id, serviceId)));
        var order = await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate, EnableImeiLock: false));
        Assert.Equal(OrderState.Completed, order.State);
        Assert.Equal(ImeiStatus.Armed, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
    }

    [Fact]
    public async Task Worker_ConcurrentOrdersAndDetections_LeaveTheSimConsistent()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id);
        var network = Factory.NetworkClient();
        var orders = Factory.AsSystemAsync(async sp =>
        {
            var service = sp.GetRequiredService<OrderService>();
            var placed = new List<long>();
            foreach (var target in new[] { ImeiStatus.Armed, ImeiStatus.Neutral, ImeiStatus.Pairing, ImeiStatus.Neutral })
            {
                try
                {
                    placed.Add((await service.PlaceAsync(iccid, new PlaceOrderRequest(OrderType.ImeiStatus, target))).Id);
                }
                catch (TransitionRefusedException)
                {
                    // Refused at placement because an earlier order already completed: also a consistent outcome.
                }
                catch (ConflictException)
                {
                    // The same order still pending (the worker has not reached the first Neutral yet): refused as a
                    // duplicate, equally consistent. Which of the two happens depends on the worker's timing.
                }
            }

            return placed;
        });
        var feeds = Enumerable.Range(0, 10).Select(i => network.PostAsJsonAsync("/api/network/detections",
            new[] { EngineData.Detection(iccid, EngineData.NewImei(), EngineData.T0.AddMinutes(i)) })).ToList();
        var placedIds = await orders;
        var responses = await Task.WhenAll(feeds);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var id in placedIds)
        {
            Assert.NotEqual(OrderState.Pending, (await EngineData.WaitAsync(Factory, id)).State);
        }

        await Factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            Assert.Equal(10, await db.Detections.CountAsync(d => d.SimId == sim.Id));
            var last = await db.ImeiStatusChanges.Where(c => c.SimId == sim.Id).OrderByDescending(c => c.Id).FirstOrDefaultAsync();
            // The history the fee report reads must end where the SIM is.
            Assert.Equal(sim.ImeiStatus, last?.To ?? ImeiStatus.Neutral);
            return 0;
        });
    }

    /// <summary>An active SIM locked to its first device and then seen in two others (Differed), barred by a user.</summary>
    private async Task<(string Iccid, string Lock, string FirstAfterTrigger, HttpClient Client)> ManuallyBarredDifferedSimAsync()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: true);
        var (first, second, third) = (EngineData.NewImei(), EngineData.NewImei(), EngineData.NewImei());
        var network = Factory.NetworkClient();
        var feed = await network.PostAsJsonAsync("/api/network/detections", new[]
        {
            EngineData.Detection(iccid, first, EngineData.T0),
            EngineData.Detection(iccid, second, EngineData.T0.AddMinutes(1)),
            EngineData.Detection(iccid, third, EngineData.T0.AddMinutes(2)),
        });
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var bar = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Bar" })).ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, bar.Id)).State);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((SimStatus.Barred, ImeiStatus.Differed, first, second), (sim.Status, sim.ImeiStatus, sim.ImeiLock, sim.FirstImeiAfterTrigger));
        return (iccid, first, second, client);
    }

    [Fact]
    public async Task Place_UnbarUpdateToLastSeenAfterManualBarOfDiffered_LocksToFirstImeiAfterTrigger()
    {
        var (iccid, _, firstAfterTrigger, client) = await ManuallyBarredDifferedSimAsync();

        var unbar = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Unbar", unbarOption = "UpdateToLastSeen" }))
            .ReadAsync<OrderDto>(HttpStatusCode.Accepted);

        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, unbar.Id)).State);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, firstAfterTrigger), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
    }

    [Fact]
    public async Task Place_UnbarWithoutOptionAfterManualBarOfDiffered_KeepsTheLock()
    {
        var (iccid, lockImei, _, client) = await ManuallyBarredDifferedSimAsync();

        var unbar = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Unbar" })).ReadAsync<OrderDto>(HttpStatusCode.Accepted);

        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, unbar.Id)).State);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, lockImei), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
    }

    [Fact]
    public async Task Place_UnbarOptionOnBarredSimNotDiffered_Returns409NamingWhyAndChangesNothing()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        Assert.Equal(OrderState.Completed, (await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Bar))).State);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));

        var problem = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Unbar", unbarOption = "UpdateToLastSeen" }))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("not Differed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Iccid == iccid && o.Type == OrderType.Unbar)));
        Assert.Equal(SimStatus.Barred, (await EngineData.GetSimAsync(Factory, iccid)).Status);

        var plain = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Unbar" })).ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        Assert.Equal(OrderState.Completed, (await EngineData.WaitAsync(Factory, plain.Id)).State);
        Assert.Equal((SimStatus.Active, ImeiStatus.Neutral), ((await EngineData.GetSimAsync(Factory, iccid)).Status, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus));
    }
}
