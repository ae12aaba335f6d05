using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Api;

/// <summary>
/// Malformed input on the SIM, order, alarm, detection and usage endpoints: a clear 400 problem (its
/// <c>errors</c> or <c>detail</c> says what is wrong) and nothing stored.
/// </summary>
public sealed class BadInputTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private const string Sim = "{sim}";
    private const string Partner = "{partner}";

    public static TheoryData<string, string, string, string?> Cases() => new()
    {
        // name, method, url, body ({sim} and {partner} are filled in)
        { "ICCID fails Luhn", "POST", "/api/sims", $$"""{"iccid":"8944123456789012347","partnerId":{{Partner}}}""" },
        { "ICCID too short", "POST", "/api/sims", $$"""{"iccid":"894400","partnerId":{{Partner}}}""" },
        { "SIM unknown field", "POST", "/api/sims", $$"""{"iccid":"8944000000000000000","partnerId":{{Partner}},"owner":"me"}""" },
        { "SIM bulk of 10,001", "POST", "/api/sims/bulk", Repeat(10_001, $$"""{"iccid":"8944000000000000000","partnerId":{{Partner}}}""") },
        { "SIM list huge page", "GET", "/api/sims?pageSize=100000", null },
        { "SIM list wrong status", "GET", "/api/sims?status=Flying", null },
        { "SIM list wrong IMEI status", "GET", "/api/sims?imeiStatus=Glued", null },
        { "order wrong type", "POST", $"/api/sims/{Sim}/orders", """{"type":"Explode"}""" },
        { "order type as number", "POST", $"/api/sims/{Sim}/orders", """{"type":1}""" },
        { "order IMEI status missing", "POST", $"/api/sims/{Sim}/orders", """{"type":"ImeiStatus"}""" },
        { "order wrong unbar option", "POST", $"/api/sims/{Sim}/orders", """{"type":"Unbar","unbarOption":"Maybe"}""" },
        { "order unknown field", "POST", $"/api/sims/{Sim}/orders", """{"type":"Suspend","when":"now"}""" },
        { "alarm wrong type", "POST", "/api/alarms", $$"""{"type":"Loud","name":"x","partnerId":{{Partner}}}""" },
        { "alarm wrong action", "POST", "/api/alarms", $$"""{"type":"ImeiStatusChange","name":"x","partnerId":{{Partner}},"action":"Explode"}""" },
        { "alarm webhook not http", "POST", "/api/alarms", $$$"""{"type":"ImeiStatusChange","name":"x","partnerId":{{{Partner}}},"recipients":{"webhookUrl":"file:///etc/passwd"}}""" },
        { "alarm list huge page", "GET", "/api/alarms?pageSize=100000", null },
        { "notifications invalid date", "GET", "/api/notifications?from=yesterday", null },
        { "journal invalid date", "GET", "/api/journal?from=2026-13-45", null },
        { "detections 10,001", "POST", "/api/network/detections", Repeat(10_001, $$"""{"iccid":"{{Sim}}","imei":null,"observedAt":"2026-01-01T00:00:00Z"}""") },
        { "detections invalid date", "POST", "/api/network/detections", $$"""[{"iccid":"{{Sim}}","imei":null,"observedAt":"2026-02-30T00:00:00Z"}]""" },
        { "detections unknown field", "POST", "/api/network/detections", $$"""[{"iccid":"{{Sim}}","imei":null,"observedAt":"2026-01-01T00:00:00Z","cell":7}]""" },
        { "detections not an array", "POST", "/api/network/detections", $$"""{"iccid":"{{Sim}}"}""" },
        { "usage 10,001", "POST", "/api/network/usage", Repeat(10_001, $$"""{"iccid":"{{Sim}}","start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bytes":1}""") },
        { "usage invalid date", "POST", "/api/network/usage", $$"""[{"iccid":"{{Sim}}","start":"not a date","end":"2026-01-01T00:01:00Z","bytes":1}]""" },
        { "usage bytes not a number", "POST", "/api/network/usage", $$"""[{"iccid":"{{Sim}}","start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bytes":"many"}]""" },
        { "usage bytes beyond a long", "POST", "/api/network/usage", $$"""[{"iccid":"{{Sim}}","start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bytes":100000000000000000000}]""" },
        { "customer tag null", "POST", "/api/customers", $$"""{"name":"Tagged","partnerId":{{Partner}},"tags":[null]}""" },
        { "alarm iccid null", "POST", "/api/alarms", $$"""{"type":"StaticPool","name":"x","partnerId":{{Partner}},"iccids":[null],"thresholdMb":1}""" },
        { "alarm email null", "POST", "/api/alarms", $$$"""{"type":"ImeiStatusChange","name":"x","partnerId":{{{Partner}}},"recipients":{"emails":[null]}}""" },
        { "alarm user id null", "POST", "/api/alarms", $$$"""{"type":"ImeiStatusChange","name":"x","partnerId":{{{Partner}}},"recipients":{"userIds":[null]}}""" },
        { "user role null", "POST", "/api/users", $$"""{"email":"nullrole@a.test","password":"Test!2026-portal","roles":[null],"partnerId":{{Partner}}}""" },
        { "alarm thresholdMb overflows", "POST", "/api/alarms", $$"""{"type":"StaticPool","name":"x","iccids":["{{Sim}}"],"partnerId":{{Partner}},"thresholdMb":9223372036854775807}""" },
        { "alarm thresholdMb beyond a petabyte", "POST", "/api/alarms", $$"""{"type":"StaticPool","name":"x","iccids":["{{Sim}}"],"partnerId":{{Partner}},"thresholdMb":10000000000000}""" },
        { "fee report month 9999-12", "GET", "/api/reports/imei-lock-fees?month=9999-12", null },
        { "SIM list page 0", "GET", "/api/sims?page=0", null },
        { "usage unknown field", "POST", "/api/network/usage", $$"""[{"iccid":"{{Sim}}","start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:01:00Z","bytes":1,"apn":"x"}]""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_BadInput_Returns400ProblemAndStoresNothing(string name, string method, string url, string? body)
    {
        var sim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = url.StartsWith("/api/network", StringComparison.Ordinal) ? Factory.NetworkClient() : await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        string Fill(string s) => s.Replace(Sim, sim, StringComparison.Ordinal).Replace(Partner, T.PartnerA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var before = await CountsAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(url));
        if (body is not null)
        {
            request.Content = new StringContent(Fill(body), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        var explained = problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any()
            || problem.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString());
        Assert.True(explained, $"{name}: the problem does not say what is wrong: {text}");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Detections_ImeiFailingLuhn_RejectedByIndexAndNotStored()
    {
        var sim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var good = EngineData.NewImei();
        var bad = good[..14] + (char)('0' + ((good[14] - '0' + 1) % 10));
        var before = await CountsAsync();

        var response = await Factory.NetworkClient().PostAsync("/api/network/detections", new StringContent(
            $$"""[{"iccid":"{{sim}}","imei":"{{bad}}","observedAt":"2026-01-01T00:00:00Z"},{"iccid":"8944000000000000001","imei":null,"observedAt":"2026-01-01T00:00:00Z"}]""",
            Encoding.UTF8, "application/json"));

        var result = await response.ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(0, result.GetProperty("accepted").GetInt32());
        Assert.Equal([0, 1], result.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(before, await CountsAsync());
        Assert.Null((await EngineData.GetSimAsync(Factory, sim)).Imei);
    }

    [Fact]
    public async Task Alarm_ThresholdMbHuge_Returns400WithFieldErrorAndStoresNothing()
    {
        var sim = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var client = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var before = await CountsAsync();

        var response = await client.PostAsJsonAsync("/api/alarms", new { type = "SingleSim", name = "huge", partnerId = T.PartnerA.Id, iccids = new[] { sim }, thresholdMb = long.MaxValue });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("thresholdMb", out _), problem.ToString());
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("/api/network/detections")]
    [InlineData("/api/network/usage")]
    [InlineData("/api/network/authorize")]
    public async Task NetworkFeed_WrongKeyAndMalformedBody_Returns401NotBadRequest(string url)
    {
        foreach (var client in new[] { Factory.NetworkClient("not-the-key"), Factory.CreateClient() })
        {
            var response = await client.PostAsync(url, new StringContent("{ this is not json", Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task CreateSim_IccidOfAnotherPartner_AnswersExactlyAsADuplicateInOwnTenant()
    {
        var ofA = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        var ofB = await EngineData.CreateSimAsync(Factory, T.PartnerB.Id);
        var partnerB = await Factory.ClientAsAsync(Tenants.EmailB(Security.Roles.PartnerAdmin));

        async Task<(HttpStatusCode, string)> CreateAsync(string iccid)
        {
            var response = await partnerB.PostAsJsonAsync("/api/sims", new { iccid, partnerId = T.PartnerB.Id });
            // The trace id differs per request by design; everything else must match.
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            return (response.StatusCode, body.ToJsonString().Replace(iccid, "ICCID", StringComparison.Ordinal));
        }

        async Task<string> BulkAsync(string iccid)
        {
            var response = await partnerB.PostAsJsonAsync("/api/sims/bulk", new[] { new { iccid, partnerId = T.PartnerB.Id } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadAsStringAsync()).Replace(iccid, "ICCID", StringComparison.Ordinal);
        }

        var other = await CreateAsync(ofA);
        var own = await CreateAsync(ofB);
        Assert.Equal(own, other);
        // The same answer as for any other invalid create: a field error on iccid, which says nothing of who holds it.
        Assert.Equal(HttpStatusCode.BadRequest, other.Item1);
        Assert.DoesNotContain("exist", other.Item2, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(T.PartnerA.Name, other.Item2, StringComparison.Ordinal);
        var otherBulk = await BulkAsync(ofA);
        Assert.Equal(await BulkAsync(ofB), otherBulk);
        Assert.DoesNotContain("exist", otherBulk, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(T.PartnerA.Id, (await EngineData.GetSimAsync(Factory, ofA)).PartnerId);
    }

    private static string Repeat(int count, string item) => "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]";

    private Task<string> CountsAsync() => Factory.WithDbAsync(async db =>
        $"sims {await db.Sims.CountAsync()}, orders {await db.Orders.CountAsync()}, alarms {await db.Alarms.CountAsync()}, "
        + $"detections {await db.Detections.CountAsync()}, usage {await db.UsageRecords.CountAsync()}, partners {await db.Partners.CountAsync()}");
}
