using System.Net;
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

    private static string Repeat(int count, string item) => "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]";

    private Task<string> CountsAsync() => Factory.WithDbAsync(async db =>
        $"sims {await db.Sims.CountAsync()}, orders {await db.Orders.CountAsync()}, alarms {await db.Alarms.CountAsync()}, "
        + $"detections {await db.Detections.CountAsync()}, usage {await db.UsageRecords.CountAsync()}, partners {await db.Partners.CountAsync()}");
}
