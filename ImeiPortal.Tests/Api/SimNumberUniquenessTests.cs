using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.Features.Network;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

/// <summary>The network finds a SIM by IMSI or MSISDN, so a second SIM with the same one is refused, in words that never say who has it.</summary>
public sealed class SimNumberUniquenessTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private async Task<(string Imsi, string Msisdn)> StoredSimAsync(int partnerId)
    {
        var (imsi, msisdn) = (NetworkSimKeyTests.NewImsi(), NetworkSimKeyTests.NewMsisdn());
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<SimService>()
            .CreateAsync(new CreateSimRequest(EngineData.NewIccid(), imsi, msisdn, null, partnerId, null)));
        return (imsi, msisdn);
    }

    private async Task<JsonElement> CreateRefusedAsync(string email, object body)
    {
        var client = await Factory.ClientAsAsync(email);
        return (await (await client.PostAsJsonAsync("/api/sims", body)).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_DuplicateImsi_Returns400SameAnswerWhoeverHoldsIt(bool heldByOwnPartner)
    {
        var (imsi, _) = await StoredSimAsync(heldByOwnPartner ? T.PartnerA.Id : T.PartnerB.Id);
        var iccid = EngineData.NewIccid();

        var errors = await CreateRefusedAsync(Tenants.EmailA(Roles.PartnerAdmin), new { iccid, imsi, partnerId = T.PartnerA.Id });

        Assert.Equal(SimService.ImsiUnavailable, errors.GetProperty("imsi")[0].GetString());
        Assert.Single(errors.EnumerateObject());
        Assert.False(await Factory.WithDbAsync(db => db.Sims.AnyAsync(s => s.Iccid == iccid)));
    }

    [Fact]
    public async Task Create_DuplicateMsisdnWrittenWithPlus_Returns400()
    {
        var (_, msisdn) = await StoredSimAsync(T.PartnerB.Id);

        var errors = await CreateRefusedAsync(Tenants.EmailA(Roles.PartnerUser),
            new { iccid = EngineData.NewIccid(), msisdn = "+" + msisdn, partnerId = T.PartnerA.Id });

        Assert.Equal(SimService.MsisdnUnavailable, errors.GetProperty("msisdn")[0].GetString());
    }

    [Fact]
    public async Task Create_NewNumbers_Returns201()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var response = await client.PostAsJsonAsync("/api/sims",
            new { iccid = EngineData.NewIccid(), imsi = NetworkSimKeyTests.NewImsi(), msisdn = NetworkSimKeyTests.NewMsisdn(), partnerId = T.PartnerA.Id });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Bulk_DuplicateNumbersStoredOrInTheBatch_AreRejectedItems()
    {
        var (storedImsi, storedMsisdn) = await StoredSimAsync(T.PartnerB.Id);
        var (imsi, msisdn) = (NetworkSimKeyTests.NewImsi(), NetworkSimKeyTests.NewMsisdn());
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        object[] items =
        [
            new { iccid = EngineData.NewIccid(), imsi, msisdn, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), imsi = storedImsi, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), msisdn = storedMsisdn, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), imsi, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), msisdn = "+" + msisdn, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id },
        ];

        var result = await (await client.PostAsJsonAsync("/api/sims/bulk", items)).ReadAsync<BulkCreateResult>(HttpStatusCode.OK);

        Assert.Equal(2, result.Created);
        Assert.Equal([1, 2, 3, 4], result.Rejected.Select(r => r.Index));
        Assert.Equal(
            [SimService.ImsiUnavailable, SimService.MsisdnUnavailable, SimService.ImsiUnavailable, SimService.MsisdnUnavailable],
            result.Rejected.Select(r => r.Error));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Sims.CountAsync(s => s.Imsi == storedImsi)));
    }
}
