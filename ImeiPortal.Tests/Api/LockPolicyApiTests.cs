using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>
/// API.md "Additions of 2026-12-01": SIM lock settings, the customer's lock policy, swap windows, the device swap check
/// and the device model catalogue, with their refused cases (role, other tenant, bad input: nothing changed).
/// </summary>
public sealed class LockPolicyApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private const string TacA = "35209900";
    private const string TacB = "86123404";

    private readonly HttpClient _network = factory.NetworkClient();
    private DateTime _clock = DateTime.UtcNow.AddHours(-2);

    private Task<HttpClient> AsA(string role) => Factory.ClientAsAsync(Tenants.EmailA(role));

    private Task<HttpClient> AsB(string role) => Factory.ClientAsAsync(Tenants.EmailB(role));

    /// <summary>An active SIM of customer A1, armed and seen in <paramref name="lockImei"/>: Locked to it.</summary>
    private async Task<string> LockedSimAsync(string lockImei, int? customerId = null)
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, customerId ?? T.CustomerA1.Id, enableImeiLock: true);
        await SeenAsync(iccid, lockImei);
        Assert.Equal(ImeiStatus.Locked, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
        return iccid;
    }

    private async Task SeenAsync(string iccid, string? imei)
    {
        _clock = _clock.AddMinutes(1);
        var result = await (await _network.PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, imei, _clock) }))
            .ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);
        Assert.Empty(result.Rejected);
    }

    private async Task<AuthorizeResponse> AuthorizeAsync(string iccid, string? imei) =>
        await (await _network.PostAsJsonAsync("/api/network/authorize", new { iccid, imei })).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK);

    // ---- SIM lock settings ----

    [Fact]
    public async Task PutLock_CustomerUserAllowsASpareDevice_SpareIsTreatedLikeTheLock()
    {
        var (lockImei, spare, thief) = (EngineData.NewImei(TacA), EngineData.NewImei(TacB), EngineData.NewImei(TacB));
        var iccid = await LockedSimAsync(lockImei);
        var client = await AsA(Roles.CustomerUser);

        var sim = await (await client.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { allowedImeis = new[] { spare } })).ReadAsync<SimDto>(HttpStatusCode.OK);
        var accepted = await AuthorizeAsync(iccid, spare);
        await SeenAsync(iccid, spare);
        var afterSpare = await EngineData.GetSimAsync(Factory, iccid);
        await SeenAsync(iccid, thief);

        Assert.Equal([spare], sim.AllowedImeis);
        Assert.Equal(LockScope.Device, sim.LockScope);
        Assert.Equal(SessionDecision.Accept, accepted.Decision);
        Assert.Equal((ImeiStatus.Locked, spare), (afterSpare.ImeiStatus, afterSpare.Imei));
        Assert.Equal(ImeiStatus.Differed, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
    }

    [Fact]
    public async Task PutLock_ModelScope_SameModelUnitMovesWithoutAlarm()
    {
        var iccid = await LockedSimAsync(EngineData.NewImei(TacA));
        var client = await AsA(Roles.PartnerUser);
        var sibling = EngineData.NewImei(TacA);

        var sim = await (await client.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { lockScope = "Model" })).ReadAsync<SimDto>(HttpStatusCode.OK);
        await SeenAsync(iccid, sibling);

        Assert.Equal(LockScope.Model, sim.LockScope);
        var after = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Locked, sibling), (after.ImeiStatus, after.Imei));
    }

    [Fact]
    public async Task PutLock_RefusedCases_ChangeNothing()
    {
        var iccid = await LockedSimAsync(EngineData.NewImei(TacA));
        var readOnly = await AsA(Roles.CustomerReadOnly);
        var other = await AsB(Roles.CustomerAdmin);
        var user = await AsA(Roles.CustomerUser);
        var eleven = Enumerable.Range(0, 11).Select(_ => EngineData.NewImei(TacB)).ToArray();

        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { lockScope = "Model" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { lockScope = "Model" })).StatusCode);
        var tooMany = await (await user.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { allowedImeis = eleven })).ProblemAsync(HttpStatusCode.BadRequest);
        var malformed = await (await user.PutAsJsonAsync($"/api/sims/{iccid}/lock", new { allowedImeis = new[] { "12345" }, lockScope = "Model" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(tooMany.GetProperty("errors").TryGetProperty("allowedImeis", out _));
        Assert.True(malformed.GetProperty("errors").TryGetProperty("allowedImeis[0]", out _));
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((LockScope.Device, 0), (sim.LockScope, sim.AllowedImeis.Count));
    }

    // ---- Customer lock policy ----

    [Fact]
    public async Task LockPolicy_AcceptWithoutImei_LockedSimsSessionWithoutImeiIsAccepted()
    {
        var customer = await NewCustomerAsync();
        var iccid = await LockedSimAsync(EngineData.NewImei(TacA), customer.Id);
        var partnerAdmin = await AsA(Roles.PartnerAdmin);
        Assert.Equal(SessionReasonCode.ImeiNotProvided, (await AuthorizeAsync(iccid, null)).ReasonCode);

        var saved = await (await partnerAdmin.PutAsJsonAsync($"/api/customers/{customer.Id}/lock-policy",
            new { allowedTacs = new[] { TacA }, defaultLockScope = "Model", whenImeiNotProvided = "Accept" })).ReadAsync<LockPolicyDto>(HttpStatusCode.OK);
        var read = await (await partnerAdmin.GetAsync($"/api/customers/{customer.Id}/lock-policy")).ReadAsync<LockPolicyDto>(HttpStatusCode.OK);

        Assert.Equal(saved.AllowedTacs, read.AllowedTacs);
        Assert.Equal([TacA], read.AllowedTacs!);
        Assert.Equal((LockScope.Model, ImeiNotProvidedPolicy.Accept), (read.DefaultLockScope, read.WhenImeiNotProvided));
        Assert.Equal(SessionDecision.Accept, (await AuthorizeAsync(iccid, null)).Decision);
    }

    [Fact]
    public async Task LockPolicy_AllowedTacs_ArmedSimInOtherModelStaysArmedAndNewActivationsTakeTheScope()
    {
        var customer = await NewCustomerAsync();
        var partnerAdmin = await AsA(Roles.PartnerAdmin);
        await (await partnerAdmin.PutAsJsonAsync($"/api/customers/{customer.Id}/lock-policy",
            new { allowedTacs = new[] { TacA }, defaultLockScope = "Model" })).ReadAsync<LockPolicyDto>(HttpStatusCode.OK);
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, customer.Id, enableImeiLock: true);

        await SeenAsync(iccid, EngineData.NewImei(TacB));
        var armed = await EngineData.GetSimAsync(Factory, iccid);
        var fleetDevice = EngineData.NewImei(TacA);
        await SeenAsync(iccid, fleetDevice);
        var locked = await EngineData.GetSimAsync(Factory, iccid);

        Assert.Equal((ImeiStatus.Armed, LockScope.Model), (armed.ImeiStatus, armed.LockScope));
        Assert.Equal((ImeiStatus.Locked, fleetDevice), (locked.ImeiStatus, locked.ImeiLock));
    }

    [Fact]
    public async Task LockPolicy_RefusedCases_ChangeNothing()
    {
        var customerUser = await AsA(Roles.CustomerUser);
        var customerAdmin = await AsA(Roles.CustomerAdmin);
        var otherPartner = await AsB(Roles.PartnerAdmin);
        var url = $"/api/customers/{T.CustomerA1.Id}/lock-policy";
        var before = await (await customerAdmin.GetAsync(url)).ReadAsync<LockPolicyDto>(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, (await customerUser.PutAsJsonAsync(url, new { whenImeiNotProvided = "Accept" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PutAsJsonAsync(url, new { whenImeiNotProvided = "Accept" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync(url)).StatusCode);
        var bad = await (await customerAdmin.PutAsJsonAsync(url, new { allowedTacs = new[] { "1234567" }, whenImeiNotProvided = "Accept" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(bad.GetProperty("errors").TryGetProperty("allowedTacs[0]", out _));
        var after = await (await customerAdmin.GetAsync(url)).ReadAsync<LockPolicyDto>(HttpStatusCode.OK);
        Assert.Equal(before.AllowedTacs, after.AllowedTacs);
        Assert.Equal((before.DefaultLockScope, before.WhenImeiNotProvided), (after.DefaultLockScope, after.WhenImeiNotProvided));
    }

    // ---- Swap window ----

    [Fact]
    public async Task AuthorizeSwap_TechnicianSwapsTheDevice_NewDeviceIsTheLockWithoutAlarmAndTheWindowCloses()
    {
        var iccid = await LockedSimAsync(EngineData.NewImei(TacA));
        var client = await AsA(Roles.CustomerUser);
        var replacement = EngineData.NewImei(TacB);

        var placed = await (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "AuthorizeSwap", hours = 4, tac = TacB, reference = "WO-1234" }))
            .ReadAsync<OrderDto>(HttpStatusCode.Accepted);
        var done = await EngineData.WaitAsync(Factory, placed.Id);
        var open = await EngineData.GetSimAsync(Factory, iccid);
        var session = await AuthorizeAsync(iccid, replacement);
        await SeenAsync(iccid, replacement);
        var after = await EngineData.GetSimAsync(Factory, iccid);

        Assert.Equal(OrderState.Completed, done.State);
        Assert.Equal(new SwapRequest(4, TacB, "WO-1234"), done.Swap);
        Assert.NotNull(open.SwapWindowUntil);
        Assert.Equal(SessionDecision.Accept, session.Decision);
        Assert.Equal((ImeiStatus.Locked, replacement, (DateTime?)null), (after.ImeiStatus, after.ImeiLock, after.SwapWindowUntil));
        var journal = await (await Factory.ClientAsAsync(PortalFactory.AdminEmail)).GetFromJsonAsync<JsonElement>($"/api/journal?entity=Order&page=1", EngineData.Json);
        Assert.Contains(journal.GetProperty("items").EnumerateArray(), e => (e.GetProperty("after").GetString() ?? "").Contains("WO-1234", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuthorizeSwap_RefusedCases_PlaceNoOrder()
    {
        var armed = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: true);
        var locked = await LockedSimAsync(EngineData.NewImei(TacA));
        var client = await AsA(Roles.CustomerUser);
        var readOnly = await AsA(Roles.CustomerReadOnly);
        var other = await AsB(Roles.CustomerUser);

        var notLocked = await (await client.PostAsJsonAsync($"/api/sims/{armed}/orders", new { type = "AuthorizeSwap", hours = 4 })).ProblemAsync(HttpStatusCode.Conflict);
        var badHours = await (await client.PostAsJsonAsync($"/api/sims/{locked}/orders", new { type = "AuthorizeSwap", hours = 73, tac = "12" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync($"/api/sims/{locked}/orders", new { type = "AuthorizeSwap", hours = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/sims/{locked}/orders", new { type = "AuthorizeSwap", hours = 4 })).StatusCode);

        Assert.Contains("Locked", notLocked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(badHours.GetProperty("errors").TryGetProperty("hours", out _));
        Assert.True(badHours.GetProperty("errors").TryGetProperty("tac", out _));
        var orders = await (await client.GetAsync($"/api/sims/{locked}/orders")).ReadAsync<List<OrderDto>>(HttpStatusCode.OK);
        Assert.DoesNotContain(orders, o => o.Type == OrderType.AuthorizeSwap);
    }

    // ---- Device swap check ----

    [Fact]
    public async Task DeviceSwap_NewDeviceYesImeisvVarianceNo()
    {
        var first = EngineData.NewImei(TacA);
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await AsA(Roles.CustomerReadOnly);
        await SeenAsync(iccid, first);
        await SeenAsync(iccid, first[..14] + "07");
        var firmware = await (await client.GetAsync($"/api/sims/{iccid}/device-swap?maxAgeHours=24")).ReadAsync<DeviceSwapDto>(HttpStatusCode.OK);

        await SeenAsync(iccid, EngineData.NewImei(TacB));
        var swapped = await (await client.GetAsync($"/api/sims/{iccid}/device-swap?maxAgeHours=24")).ReadAsync<DeviceSwapDto>(HttpStatusCode.OK);

        Assert.Equal(new DeviceSwapDto(false, null), firmware);
        Assert.True(swapped.Swapped);
        Assert.Equal(_clock, swapped.LatestSwapAt!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task DeviceSwap_OtherTenantOrBadWindow_IsRefused()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var other = await AsB(Roles.PartnerAdmin);
        var own = await AsA(Roles.PartnerAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/sims/{iccid}/device-swap")).StatusCode);
        var bad = await (await own.GetAsync($"/api/sims/{iccid}/device-swap?maxAgeHours=0")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("maxAgeHours", out _));
    }

    // ---- Device model catalogue ----

    [Fact]
    public async Task DeviceModels_AdminCsvAndPartnerJson_PartnerEntryWinsForItsSims()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var partnerAdmin = await AsA(Roles.PartnerAdmin);
        var tac = "35" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"tac,manufacturer,model\n{tac},Acme,\"Tracker, 2nd gen\"\n1234,Bad,Row\n";

        var platform = await (await admin.PostAsync("/api/device-models", new StringContent(csv, Encoding.UTF8, "text/csv"))).ReadAsync<DeviceModelImportResult>(HttpStatusCode.OK);
        var iccidA = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var iccidB = await EngineData.CreateActiveSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var device = EngineData.NewImei(tac);
        await SeenAsync(iccidA, device);
        await SeenAsync(iccidB, device);
        var beforeOverride = await EngineData.GetSimAsync(Factory, iccidA);
        var own = await (await partnerAdmin.PostAsJsonAsync("/api/device-models", new[] { new { tac, manufacturer = "Acme", model = "Fleet edition" } }))
            .ReadAsync<DeviceModelImportResult>(HttpStatusCode.OK);
        var list = await (await partnerAdmin.GetAsync($"/api/device-models?tac={tac}")).ReadAsync<PagedResult<DeviceModelDto>>(HttpStatusCode.OK);

        Assert.Equal(1, platform.Imported);
        Assert.Equal(1, Assert.Single(platform.Rejected).Index);
        Assert.Equal("Tracker, 2nd gen", beforeOverride.DeviceModel?.Model);
        Assert.Equal(1, own.Imported);
        Assert.Equal(2, list.Total);
        Assert.Equal("Fleet edition", (await EngineData.GetSimAsync(Factory, iccidA)).DeviceModel?.Model);
        Assert.Equal("Tracker, 2nd gen", (await EngineData.GetSimAsync(Factory, iccidB)).DeviceModel?.Model);
        var otherClient = await AsB(Roles.PartnerUser);
        var otherPartner = await (await otherClient.GetAsync($"/api/device-models?tac={tac}")).ReadAsync<PagedResult<DeviceModelDto>>(HttpStatusCode.OK);
        Assert.Equal([(int?)null], otherPartner.Items.Select(m => m.PartnerId));
    }

    [Fact]
    public async Task DeviceModels_WrongRoleOrBadBody_IsRefusedAndNothingStored()
    {
        var tac = "35" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var partnerUser = await AsA(Roles.PartnerUser);
        var customerAdmin = await AsA(Roles.CustomerAdmin);
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await partnerUser.PostAsJsonAsync("/api/device-models", new[] { new { tac, manufacturer = "X", model = "Y" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customerAdmin.PostAsJsonAsync("/api/device-models", new[] { new { tac, manufacturer = "X", model = "Y" } })).StatusCode);
        var bad = await admin.PostAsync("/api/device-models", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var list = await (await admin.GetAsync($"/api/device-models?tac={tac}")).ReadAsync<PagedResult<DeviceModelDto>>(HttpStatusCode.OK);
        Assert.Equal(0, list.Total);
    }

    private async Task<CustomerDto> NewCustomerAsync() =>
        await (await (await Factory.ClientAsAsync(PortalFactory.AdminEmail)).PostAsJsonAsync("/api/customers", new { name = "Policy " + Guid.NewGuid().ToString("N")[..8], partnerId = T.PartnerA.Id }))
            .ReadAsync<CustomerDto>(HttpStatusCode.Created);
}
