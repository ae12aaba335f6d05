using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>The network names SIMs by IMSI or MSISDN (RADIUS carries no ICCID): detections, authorize and usage take any one of the three.</summary>
public sealed class NetworkSimKeyTests(TriggerFactory factory) : TenantTests<TriggerFactory>(factory)
{
    private static readonly DateTime Start = DateTime.UtcNow.AddHours(-2);

    public static string NewImsi() => "00101" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture);

    public static string NewMsisdn() => "4479" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture);

    private HttpClient Network => Factory.NetworkClient();

    private async Task<(string Iccid, string Imsi, string Msisdn)> ArmedSimAsync()
    {
        var (iccid, imsi, msisdn) = (EngineData.NewIccid(), NewImsi(), NewMsisdn());
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>()
            .CreateAsync(new CreateSimRequest(iccid, imsi, "+" + msisdn, "MultiNet", T.PartnerA.Id, T.CustomerA1.Id)));
        var order = await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate, EnableImeiLock: true));
        Assert.Equal(OrderState.Completed, order.State);
        Assert.Equal(ImeiStatus.Armed, (await EngineData.GetSimAsync(Factory, iccid)).ImeiStatus);
        return (iccid, imsi, msisdn);
    }

    private async Task<DetectionBatchResult> FeedAsync(params object[] items) =>
        await (await Network.PostAsJsonAsync("/api/network/detections", items)).ReadAsync<DetectionBatchResult>(HttpStatusCode.OK);

    private async Task<AuthorizeResponse> AuthorizeAsync(object request) =>
        await (await Network.PostAsJsonAsync("/api/network/authorize", request)).ReadAsync<AuthorizeResponse>(HttpStatusCode.OK);

    [Fact]
    public async Task Detections_ByImsi_LocksTheArmedSim()
    {
        var (iccid, imsi, _) = await ArmedSimAsync();
        var device = EngineData.NewImei();

        var result = await FeedAsync(new { detectionId = Guid.NewGuid().ToString("N"), imsi, imei = TestIds.Imeisv(device, "01"), observedAt = Start });

        Assert.Equal((1, 0), (result.Accepted, result.Rejected.Count));
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Locked, device, device), (sim.ImeiStatus, sim.ImeiLock, sim.Imei));
        var stored = await Factory.WithDbAsync(db => db.Detections.SingleAsync(d => d.Iccid == iccid));
        Assert.Equal(device, stored.Imei);
    }

    [Fact]
    public async Task Detections_ByMsisdnWithPlus_MovesALockedSimToDifferedAndTriggers()
    {
        var (iccid, imsi, msisdn) = await ArmedSimAsync();
        var (device, thief) = (EngineData.NewImei(), EngineData.NewImei());
        await FeedAsync(new { imsi, imei = device, observedAt = Start });

        var result = await FeedAsync(new { msisdn = "+" + msisdn, imei = thief, observedAt = Start.AddMinutes(1) });

        Assert.Equal(1, result.Accepted);
        var sim = await EngineData.GetSimAsync(Factory, iccid);
        Assert.Equal((ImeiStatus.Differed, device, thief), (sim.ImeiStatus, sim.ImeiLock, sim.Imei));
        Assert.Single(Factory.Recorder.For(iccid));
    }

    [Fact]
    public async Task Detections_NoneOrSeveralKeysOrUnknownNumber_AreRejectedItemsAndTheRestApplied()
    {
        var (iccid, imsi, msisdn) = await ArmedSimAsync();
        var imei = EngineData.NewImei();
        var unknownImsi = NewImsi();

        var result = await FeedAsync(
            new { imsi, imei, observedAt = Start },
            new { imei, observedAt = Start },
            new { iccid, imsi, imei, observedAt = Start },
            new { imsi, msisdn, imei, observedAt = Start },
            new { imsi = unknownImsi, imei, observedAt = Start },
            new { msisdn = NewMsisdn(), imei, observedAt = Start },
            new { imsi = "12345", imei, observedAt = Start });

        Assert.Equal(1, result.Accepted);
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Rejected.Select(r => r.Index));
        Assert.Contains("One of iccid, imsi or msisdn is required", result.Rejected[0].Error, StringComparison.Ordinal);
        Assert.Contains("iccid and imsi were given", result.Rejected[1].Error, StringComparison.Ordinal);
        Assert.Contains("imsi and msisdn were given", result.Rejected[2].Error, StringComparison.Ordinal);
        Assert.Equal("Unknown SIM: no SIM has this IMSI.", result.Rejected[3].Error);
        Assert.Equal("Unknown SIM: no SIM has this MSISDN.", result.Rejected[4].Error);
        Assert.Contains("An IMSI has exactly 15 digits", result.Rejected[5].Error, StringComparison.Ordinal);
        Assert.Equal(imei, (await EngineData.GetSimAsync(Factory, iccid)).ImeiLock);
    }

    [Fact]
    public async Task Authorize_ByImsiOrMsisdn_DecidesWithReasonCodes()
    {
        var (_, imsi, msisdn) = await ArmedSimAsync();
        var device = EngineData.NewImei();
        await FeedAsync(new { imsi, imei = device, observedAt = Start });

        var sameDevice = await AuthorizeAsync(new { imsi, imei = TestIds.Imeisv(device, "42") });
        var otherDevice = await AuthorizeAsync(new { msisdn, imei = EngineData.NewImei() });
        var noImei = await AuthorizeAsync(new { msisdn = "+" + msisdn });

        Assert.Equal((SessionDecision.Accept, SessionReasonCode.Accepted), (sameDevice.Decision, sameDevice.ReasonCode));
        Assert.Equal((SessionDecision.Reject, SessionReasonCode.ImeiMismatch), (otherDevice.Decision, otherDevice.ReasonCode));
        Assert.Contains(device, otherDevice.Reason, StringComparison.Ordinal);
        Assert.Equal((SessionDecision.Reject, SessionReasonCode.ImeiNotProvided), (noImei.Decision, noImei.ReasonCode));
    }

    [Fact]
    public async Task Authorize_UnknownNumber_RejectsWithUnknownSim()
    {
        var byImsi = await AuthorizeAsync(new { imsi = NewImsi(), imei = EngineData.NewImei() });
        var byIccid = await AuthorizeAsync(new { iccid = EngineData.NewIccid(), imei = EngineData.NewImei() });

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.UnknownSim, "Unknown SIM: no SIM has this IMSI."), (byImsi.Decision, byImsi.ReasonCode, byImsi.Reason));
        Assert.Equal((SessionDecision.Reject, SessionReasonCode.UnknownSim, NetworkService.UnknownSim), (byIccid.Decision, byIccid.ReasonCode, byIccid.Reason));
    }

    [Fact]
    public async Task Authorize_SimNotActive_SaysWhichStatus()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);

        var inventory = await AuthorizeAsync(new { iccid, imei = EngineData.NewImei() });

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.SimNotActive), (inventory.Decision, inventory.ReasonCode));
    }

    [Theory]
    [InlineData(false, false, "iccid")]
    [InlineData(true, true, "imsi")]
    public async Task Authorize_NoneOrSeveralKeys_Returns400(bool withIccid, bool withImsi, string field)
    {
        var request = new Dictionary<string, string?> { ["imei"] = EngineData.NewImei() };
        if (withIccid)
        {
            request["iccid"] = EngineData.NewIccid();
        }

        if (withImsi)
        {
            request["imsi"] = NewImsi();
        }

        var problem = await (await Network.PostAsJsonAsync("/api/network/authorize", request)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Usage_ByImsiAndMsisdn_IsStoredUnderTheSimAndBadKeysAreRejected()
    {
        var (iccid, imsi, msisdn) = await ArmedSimAsync();
        var end = DateTime.UtcNow.AddMinutes(-1);

        var response = await Network.PostAsJsonAsync("/api/network/usage", new object[]
        {
            new { recordId = Guid.NewGuid().ToString("N"), imsi, start = end.AddMinutes(-10), end, bytes = 1000 },
            new { recordId = Guid.NewGuid().ToString("N"), msisdn = "+" + msisdn, start = end.AddMinutes(-10), end, bytes = 24 },
            new { imsi = NewImsi(), start = end.AddMinutes(-10), end, bytes = 1 },
            new { iccid, msisdn, start = end.AddMinutes(-10), end, bytes = 1 },
            new { start = end.AddMinutes(-10), end, bytes = 1 },
        });
        var result = await response.ReadAsync<UsageBatchResult>(HttpStatusCode.OK);

        Assert.Equal(2, result.Accepted);
        Assert.Equal([2, 3, 4], result.Rejected.Select(r => r.Index));
        Assert.Equal("Unknown SIM: no SIM has this IMSI.", result.Rejected[0].Error);
        var stored = await Factory.WithDbAsync(db => db.UsageRecords.Where(u => u.Iccid == iccid).SumAsync(u => u.Bytes));
        Assert.Equal(1024, stored);
    }
}
