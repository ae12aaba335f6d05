using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>The seeds' stories end to end: a customer user's orders and the network feed, through the HTTP API only.</summary>
public sealed class ImeiLockScenarioTests(TriggerFactory factory) : TenantTests<TriggerFactory>(factory)
{
    private HttpClient _customer = null!;
    private readonly HttpClient _network = factory.NetworkClient();
    private DateTime _clock = DateTime.UtcNow.AddHours(-1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));
    }

    private async Task<string> ActiveSimAsync() => await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);

    private async Task<OrderDto> OrderAsync(string iccid, object body)
    {
        var placed = await (await _customer.PostAsJsonAsync($"/api/sims/{iccid}/orders", body)).ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        var done = await EngineData.WaitAsync(Factory, placed.Id);
        Assert.Equal(OrderState.Completed, done.State);
        return done;
    }

    private async Task SeenAsync(string iccid, string imei)
    {
        _clock = _clock.AddMinutes(1);
        var result = await (await _network.PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, imei, _clock) }))
            .ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        Assert.Equal(1, result.Accepted);
    }

    private async Task<SimDto> SimAsync(string iccid) => await (await _customer.GetAsync($"/api/sims/{iccid}")).ReadAsync<SimDto>(HttpStatusCode.OK);

    private async Task<SessionDecision> AuthorizeAsync(string iccid, string imei) =>
        (await (await _network.PostAsJsonAsync("/api/network/authorize", new { iccid, imei })).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK)).Decision;

    private async Task<(string Iccid, string Lock, string Second)> BarredByImeiLockAsync()
    {
        var iccid = await ActiveSimAsync();
        Factory.Recorder.BarIccids[iccid] = true;
        var (first, second) = (EngineData.NewImei(), EngineData.NewImei());
        await OrderAsync(iccid, new { type = "ImeiStatus", imeiStatus = "Armed" });
        await SeenAsync(iccid, first);
        await SeenAsync(iccid, second);
        var bar = Assert.Single(await (await _customer.GetAsync($"/api/sims/{iccid}/orders")).ReadAsync<List<OrderDto>>(HttpStatusCode.OK), o => o.Type == OrderType.Bar);
        Assert.Equal(Order.ImeiLockBarLabel, bar.Label);
        await EngineData.WaitAsync(Factory, bar.Id);
        var sim = await SimAsync(iccid);
        Assert.Equal((SimStatus.Barred, ImeiStatus.Differed), (sim.Status, sim.ImeiStatus));
        Assert.Equal(SessionDecision.Reject, await AuthorizeAsync(iccid, first));
        return (iccid, first, second);
    }

    [Fact]
    public async Task ArmThenInsert_LocksToTheFirstDeviceSeen()
    {
        var iccid = await ActiveSimAsync();
        var device = EngineData.NewImei();
        await OrderAsync(iccid, new { type = "ImeiStatus", imeiStatus = "Armed" });
        Assert.Equal(SessionDecision.Accept, await AuthorizeAsync(iccid, EngineData.NewImei()));
        await SeenAsync(iccid, device);
        var sim = await SimAsync(iccid);
        Assert.Equal((ImeiStatus.Locked, device), (sim.ImeiStatus, sim.ImeiLock));
        Assert.Equal(SessionDecision.Accept, await AuthorizeAsync(iccid, device));
        Assert.Equal(SessionDecision.Reject, await AuthorizeAsync(iccid, EngineData.NewImei()));
    }

    [Fact]
    public async Task MoveToAnotherDevice_BecomesDifferedAndTriggersOnce()
    {
        var iccid = await ActiveSimAsync();
        var (first, second, third) = (EngineData.NewImei(), EngineData.NewImei(), EngineData.NewImei());
        await OrderAsync(iccid, new { type = "ImeiStatus", imeiStatus = "Armed" });
        await SeenAsync(iccid, first);
        await SeenAsync(iccid, second);
        await SeenAsync(iccid, second);
        await SeenAsync(iccid, third);
        var sim = await SimAsync(iccid);
        Assert.Equal((ImeiStatus.Differed, first, second, third), (sim.ImeiStatus, sim.ImeiLock, sim.FirstImeiAfterTrigger, sim.Imei));
        Assert.Single(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task UnbarKeepLock_InSecondDeviceNoNewTriggerButThirdDeviceTriggersAgain()
    {
        var (iccid, first, second) = await BarredByImeiLockAsync();
        await OrderAsync(iccid, new { type = "Unbar", unbarOption = "KeepLock" });
        var sim = await SimAsync(iccid);
        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, first), (sim.Status, sim.ImeiStatus, sim.ImeiLock));

        await SeenAsync(iccid, second);
        Assert.Equal(ImeiStatus.Locked, (await SimAsync(iccid)).ImeiStatus);
        Assert.Single(Factory.Recorder.For(iccid));

        await SeenAsync(iccid, EngineData.NewImei());
        Assert.Equal(ImeiStatus.Differed, (await SimAsync(iccid)).ImeiStatus);
        Assert.Equal(2, Factory.Recorder.For(iccid).Count);
    }

    [Fact]
    public async Task UnbarUpdateToLastSeen_LocksToTheFirstDeviceAfterTheTrigger()
    {
        var (iccid, _, second) = await BarredByImeiLockAsync();
        await SeenAsync(iccid, EngineData.NewImei());
        await OrderAsync(iccid, new { type = "Unbar", unbarOption = "UpdateToLastSeen" });
        var sim = await SimAsync(iccid);
        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, second), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
        Assert.Equal(SessionDecision.Accept, await AuthorizeAsync(iccid, second));
    }

    [Fact]
    public async Task PairingThenLock_LocksToTheLastPairedDeviceWithoutTriggers()
    {
        var iccid = await ActiveSimAsync();
        var (first, second) = (EngineData.NewImei(), EngineData.NewImei());
        await OrderAsync(iccid, new { type = "ImeiStatus", imeiStatus = "Pairing" });
        await SeenAsync(iccid, first);
        await SeenAsync(iccid, second);
        Assert.Equal(second, (await SimAsync(iccid)).ImeiLock);
        await OrderAsync(iccid, new { type = "ImeiStatus", imeiStatus = "Locked" });
        var sim = await SimAsync(iccid);
        Assert.Equal((ImeiStatus.Locked, second), (sim.ImeiStatus, sim.ImeiLock));
        Assert.Empty(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task NeutralInsertion_RecordsTheDeviceButKeepsTheLockBlank()
    {
        var iccid = await ActiveSimAsync();
        var device = EngineData.NewImei();
        await SeenAsync(iccid, device);
        var sim = await SimAsync(iccid);
        Assert.Equal((ImeiStatus.Neutral, device, (string?)null), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
        Assert.Equal(SessionDecision.Accept, await AuthorizeAsync(iccid, EngineData.NewImei()));
    }

    [Fact]
    public async Task FrequentDeviceChanges_FlagTheSim()
    {
        var iccid = await ActiveSimAsync();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await SeenAsync(iccid, EngineData.NewImei());
        }

        Assert.True((await SimAsync(iccid)).FrequentImeiChanges);
    }
}
