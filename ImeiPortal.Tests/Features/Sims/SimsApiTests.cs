using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Features.Sims;

public sealed class SimsApiTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{

    [Fact]
    public async Task Create_PartnerUser_Returns201WithSim()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var iccid = EngineData.NewIccid();
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid, imsi = "208011234567890", msisdn = "+33612345678", partnerId = T.PartnerA.Id, customerId = T.CustomerA1.Id });
        var sim = await response.ReadAsync<SimDto>(HttpStatusCode.Created);
        Assert.Equal(iccid, sim.Iccid);
        Assert.Equal("33612345678", sim.Msisdn);
        Assert.Equal(SimStatus.Inventory, sim.Status);
        Assert.Equal(ImeiStatus.Neutral, sim.ImeiStatus);
        Assert.Equal(0, sim.PendingOrders);
    }

    [Fact]
    public async Task Create_BadIdentifiers_Returns400WithErrorsAndStoresNothing()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var badIccid = TestIds.WithWrongCheckDigit(EngineData.NewIccid());
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid = badIccid, imsi = "12345", msisdn = "12ab", partnerId = T.PartnerA.Id });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("iccid", out _));
        Assert.True(errors.TryGetProperty("imsi", out _));
        Assert.True(errors.TryGetProperty("msisdn", out _));
        Assert.False(await Factory.WithDbAsync(db => db.Sims.AnyAsync(s => s.Iccid == badIccid)));
    }

    [Fact]
    public async Task Create_MsisdnOfOnlyAPlus_Returns400NamingTheMsisdnAndStoresNothing()
    {
        // The request's check and the SIM's own rule were two copies: "+" passed the first and failed the second (a 500).
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var iccid = EngineData.NewIccid();
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid, msisdn = "+", partnerId = T.PartnerA.Id });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("msisdn", out _), problem.ToString());
        Assert.False(await Factory.WithDbAsync(db => db.Sims.AnyAsync(s => s.Iccid == iccid)));
    }

    [Fact]
    public async Task Create_OtherPartner_Returns404()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid = EngineData.NewIccid(), partnerId = T.PartnerB.Id });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.PartnerReadOnly)]
    [InlineData(Roles.CustomerAdmin)]
    public async Task Create_RoleWithoutManageSims_Returns403(string role)
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(role));
        var iccid = EngineData.NewIccid();
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid, partnerId = T.PartnerA.Id });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Sims.AnyAsync(s => s.Iccid == iccid)));
    }

    [Fact]
    public async Task Create_CustomerOfAnotherPartner_Returns400()
    {
        var client = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id, customerId = T.CustomerB1.Id });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("customerId", out _));
    }

    [Fact]
    public async Task Create_DuplicateIccid_Returns400FieldError()
    {
        // As any other invalid create (issue 11, item 14): the same answer whichever tenant holds the ICCID.
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var response = await client.PostAsJsonAsync("/api/sims", new { iccid, partnerId = T.PartnerA.Id });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(SimService.IccidUnavailable, problem.GetProperty("errors").GetProperty("iccid")[0].GetString());
    }

    [Fact]
    public async Task Bulk_MixedItems_CreatesValidOnesAndRejectsOthersByIndex()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var existing = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var good1 = EngineData.NewIccid();
        var good2 = EngineData.NewIccid();
        object[] items =
        [
            new { iccid = good1, partnerId = T.PartnerA.Id },
            new { iccid = "123", partnerId = T.PartnerA.Id },
            new { iccid = existing, partnerId = T.PartnerA.Id },
            new { iccid = good2, partnerId = T.PartnerA.Id, customerId = T.CustomerA2.Id },
            new { iccid = good1, partnerId = T.PartnerA.Id },
            new { iccid = EngineData.NewIccid(), partnerId = T.PartnerB.Id },
            new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id, customerId = T.CustomerB1.Id },
        ];
        var result = await (await client.PostAsJsonAsync("/api/sims/bulk", items)).ReadAsync<BulkCreateResult>(HttpStatusCode.OK);
        Assert.Equal(2, result.Created);
        Assert.Equal([1, 2, 4, 5, 6], result.Rejected.Select(r => r.Index));
        Assert.Equal(T.CustomerA2.Id, (await EngineData.GetSimAsync(Factory, good2)).CustomerId);
    }

    [Fact]
    public async Task Bulk_MoreThanTenThousand_Returns400AndStoresNothing()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var first = EngineData.NewIccid();
        var items = Enumerable.Range(0, Batches.MaxItems + 1).Select(i => new { iccid = i == 0 ? first : EngineData.NewIccid(), partnerId = T.PartnerA.Id });
        var response = await client.PostAsJsonAsync("/api/sims/bulk", items);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Sims.AnyAsync(s => s.Iccid == first)));
    }

    [Fact]
    public async Task List_CustomerUser_SeesOnlyOwnCustomersSimsWithPendingOrders()
    {
        var own = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var sibling = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id, T.CustomerA2.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));
        var page = await (await client.GetAsync("/api/sims?pageSize=500&sort=-iccid")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        Assert.Contains(page.Items, s => s.Iccid == own);
        Assert.DoesNotContain(page.Items, s => s.Iccid == sibling);
        Assert.All(page.Items, s => Assert.Equal(T.CustomerA1.Id, s.CustomerId));
        Assert.Equal(page.Items.OrderByDescending(s => s.Iccid, StringComparer.Ordinal).Select(s => s.Iccid), page.Items.Select(s => s.Iccid));

        var search = await (await client.GetAsync($"/api/sims?search={own[..15]}&status=Inventory")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        Assert.Equal(own, Assert.Single(search.Items).Iccid);
    }

    [Fact]
    public async Task List_SortedByLastSeen_NeverSeenFirstAscendingLastDescendingOnEitherStore()
    {
        // Blanks sort as the smallest value on both stores (PostgreSQL's own default put them last ascending and first
        // descending: "latest first" opened on the SIMs never seen at all). Ties, the never-seen among them, by id.
        var network = "net-" + Guid.NewGuid().ToString("N")[..10];
        var seen = DateTime.UtcNow.AddHours(-2);
        var sims = await Factory.WithDbAsync(async db =>
        {
            var made = new List<Sim>();
            foreach (var lastSeen in new DateTime?[] { null, seen.AddHours(1), null, seen })
            {
                var sim = new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, seen.AddDays(-1), network: network);
                db.Sims.Add(sim);
                db.Entry(sim).Property(s => s.ImeiLastSeenAt).CurrentValue = lastSeen;
                await db.SaveChangesAsync();
                made.Add(sim);
            }

            return made;
        });
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        async Task<List<string>> SortedAsync(string sort) =>
            (await (await client.GetAsync($"/api/sims?network={network}&sort={sort}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK)).Items.Select(s => s.Iccid).ToList();
        var never = sims.Where(s => s.ImeiLastSeenAt is null).OrderBy(s => s.Id).Select(s => s.Iccid).ToList();
        var byTime = sims.Where(s => s.ImeiLastSeenAt is not null).OrderBy(s => s.ImeiLastSeenAt).Select(s => s.Iccid).ToList();

        Assert.Equal([.. never, .. byTime], await SortedAsync("lastSeen"));
        Assert.Equal([.. byTime.AsEnumerable().Reverse(), .. never.AsEnumerable().Reverse()], await SortedAsync("-lastSeen"));
    }

    [Fact]
    public async Task List_PartnerIdAsAdmin_ListsOnlyThatPartnersSims()
    {
        var network = "net-" + Guid.NewGuid().ToString("N")[..10];
        var inA = (await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network)).Iccid.ToString();
        var inB = (await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, network: network)).Iccid.ToString();
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);

        var all = await (await admin.GetAsync($"/api/sims?network={network}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        var ofB = await (await admin.GetAsync($"/api/sims?network={network}&partnerId={T.PartnerB.Id}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);

        Assert.Equal(new[] { inA, inB }.Order(StringComparer.Ordinal), all.Items.Select(s => s.Iccid).Order(StringComparer.Ordinal));
        Assert.Equal(inB, Assert.Single(ofB.Items).Iccid);
        Assert.Equal(1, ofB.Total);
    }

    [Fact]
    public async Task List_PartnerUserPassingAnotherPartnersId_ReturnsAnEmptyList()
    {
        var network = "net-" + Guid.NewGuid().ToString("N")[..10];
        var own = (await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network)).Iccid.ToString();
        await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, network: network);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));

        var other = await (await client.GetAsync($"/api/sims?network={network}&partnerId={T.PartnerB.Id}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        var mine = await (await client.GetAsync($"/api/sims?network={network}&partnerId={T.PartnerA.Id}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);

        Assert.Empty(other.Items);
        Assert.Equal(0, other.Total);
        Assert.Equal(own, Assert.Single(mine.Items).Iccid);
    }

    [Fact]
    public async Task List_FrequentImeiChangesAndModelChanged_ListOnlyTheFlaggedSims()
    {
        var network = "net-" + Guid.NewGuid().ToString("N")[..10];
        var plain = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true, network: network);
        var frequent = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true, network: network);
        var otherModel = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true, network: network);
        var now = DateTime.UtcNow;
        await Factory.WithDbAsync(async db =>
        {
            // Three changes within 48 h, all of the same model: frequent, but no model change.
            var f = await db.Sims.SingleAsync(s => s.Id == frequent.Id);
            for (var i = 3; i > 0; i--)
            {
                f.ApplyDetection(AlarmTestData.NewImei(), now.AddMinutes(-i));
            }

            // One change into another TAC: a model change, not frequent.
            (await db.Sims.SingleAsync(s => s.Id == otherModel.Id)).ApplyDetection(TestIds.Imei(TestIds.TacB, Random.Shared.Next(1, 999_999)), now);
            return await db.SaveChangesAsync();
        });
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerReadOnly));

        var flagged = await (await client.GetAsync($"/api/sims?network={network}&frequentImeiChanges=true")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        var changed = await (await client.GetAsync($"/api/sims?network={network}&modelChanged=true")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);
        var all = await (await client.GetAsync($"/api/sims?network={network}")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);

        Assert.Equal(frequent.Iccid.ToString(), Assert.Single(flagged.Items).Iccid);
        Assert.Equal(otherModel.Iccid.ToString(), Assert.Single(changed.Items).Iccid);
        Assert.Equal(3, all.Total);
        Assert.Contains(all.Items, s => s.Iccid == plain.Iccid.ToString());
    }

    [Fact]
    public async Task List_BadSortOrPageSize_Returns400()
    {
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/sims?sort=imei")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/sims?pageSize=501")).StatusCode);
    }

    [Fact]
    public async Task Get_OtherTenantsSim_Returns404()
    {
        var other = await EngineData.CreateSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/sims/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/api/sims/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerReadOnly))).GetAsync($"/api/sims/{other}")).StatusCode);
    }

    [Fact]
    public async Task AssignCustomer_SamePartnerThenNull_AssignsAndUnassigns()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        var assigned = await (await client.PutAsJsonAsync($"/api/sims/{iccid}/customer", new { customerId = T.CustomerA1.Id })).ReadAsync<SimDto>(HttpStatusCode.OK);
        Assert.Equal(T.CustomerA1.Id, assigned.CustomerId);
        var unassigned = await (await client.PutAsJsonAsync($"/api/sims/{iccid}/customer", new { customerId = (int?)null })).ReadAsync<SimDto>(HttpStatusCode.OK);
        Assert.Null(unassigned.CustomerId);
    }

    [Fact]
    public async Task AssignCustomer_Refusals_Return400And403And404()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var partner = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerUser));
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PutAsJsonAsync($"/api/sims/{iccid}/customer", new { customerId = T.CustomerB1.Id })).StatusCode);
        var customer = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PutAsJsonAsync($"/api/sims/{iccid}/customer", new { customerId = T.CustomerA2.Id })).StatusCode);
        var otherPartner = await Factory.ClientAsAsync(Tenants.EmailB(Roles.PartnerAdmin));
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PutAsJsonAsync($"/api/sims/{iccid}/customer", new { customerId = T.CustomerB1.Id })).StatusCode);
        Assert.Equal(T.CustomerA1.Id, (await EngineData.GetSimAsync(Factory, iccid)).CustomerId);
    }

    [Fact]
    public async Task SaveUserChange_SimChangedMeanwhile_ThrowsConflictAndAppliesNothing()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        await Factory.WithDbAsync(async stale =>
        {
            var sim = await stale.Sims.FirstAsync(s => s.Iccid == iccid);
            await EngineData.RunOrderAsync(Factory, iccid, new PlaceOrderRequest(OrderType.Activate));
            sim.AssignCustomer(T.CustomerA1.Id);
            await Assert.ThrowsAsync<ConflictException>(() => SimService.SaveUserChangeAsync(stale, CancellationToken.None));
            return 0;
        });
        Assert.Null((await EngineData.GetSimAsync(Factory, iccid)).CustomerId);
    }

    [Fact]
    public async Task Details_AfterDetections_ShowsRecentDetectionsAndStatusHistory()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, enableImeiLock: true);
        var network = Factory.NetworkClient();
        var imei = EngineData.NewImei();
        var fed = await (await network.PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, imei, EngineData.T0) })).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, fed.GetProperty("accepted").GetInt32());
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));
        var details = await (await client.GetAsync($"/api/sims/{iccid}/details")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Locked", details.GetProperty("sim").GetProperty("imeiStatus").GetString());
        Assert.Equal(imei, details.GetProperty("recentDetections")[0].GetProperty("imei").GetString());
        var history = details.GetProperty("imeiStatusHistory");
        Assert.Equal("Locked", history[0].GetProperty("to").GetString());
        Assert.Equal("Armed", history[1].GetProperty("to").GetString());
    }

    [Fact]
    public async Task Details_RecentDetections_AreThisSimsNewestFiftyAcrossBatches()
    {
        var a = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var b = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var network = Factory.NetworkClient();
        var run = Guid.NewGuid().ToString("N");
        // Two batches, the SIMs interleaved; A's second batch holds a late (older) and a not-provided detection.
        for (var batch = 0; batch < 2; batch++)
        {
            var items = new List<object>();
            for (var i = 0; i < 30; i++)
            {
                var at = EngineData.T0.AddMinutes((batch * 100) + i);
                var imei = batch == 1 && i == 7 ? null : EngineData.NewImei();
                items.Add(EngineData.Detection(a, imei, batch == 1 && i == 3 ? EngineData.T0.AddMinutes(-5) : at, $"{run}-a-{batch}-{i}"));
                items.Add(EngineData.Detection(b, EngineData.NewImei(), at, $"{run}-b-{batch}-{i}"));
            }

            var fed = await (await network.PostAsJsonAsync("/api/network/detections", items)).ReadAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal(60, fed.GetProperty("accepted").GetInt32());
        }

        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.CustomerUser));
        var details = await (await client.GetAsync($"/api/sims/{a}/details")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var recent = details.GetProperty("recentDetections").EnumerateArray().ToList();
        var ids = recent.Select(d => d.GetProperty("detectionId").GetString()!).ToList();
        Assert.Equal(SimService.RecentRows, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith($"{run}-a-", id, StringComparison.Ordinal));
        // The newest stored: all of the second batch (the late and the not-provided one too), then the first batch's last.
        Assert.All(Enumerable.Range(0, 30), i => Assert.Contains($"{run}-a-1-{i}", ids));
        Assert.DoesNotContain($"{run}-a-0-9", ids);
        Assert.Contains($"{run}-a-0-10", ids);
        var observed = recent.Select(d => d.GetProperty("observedAt").GetDateTime()).ToList();
        Assert.Equal(observed.OrderByDescending(t => t), observed);
    }
}
