using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The HTTP calls the tests of portal processes (<see cref="RunningPortal"/>) make, and their wait for a condition: a
/// process has no service provider to call, only its API and its store.
/// </summary>
internal static class ProcessApi
{
    /// <summary>Signs in on <paramref name="baseUrl"/> and returns the bearer token.</summary>
    public static async Task<string> SignInAsync(string baseUrl, string email, string password)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        return (await (await http.PostAsJsonAsync("/api/auth/login", new { email, password })).ReadAsync<PortalFactory.TokenResponse>(HttpStatusCode.OK)).AccessToken;
    }

    /// <summary>A client of <paramref name="baseUrl"/> carrying <paramref name="token"/>, wherever it was issued.</summary>
    public static HttpClient Client(string baseUrl, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<HttpClient> SignedInClientAsync(string baseUrl, string email, string password) =>
        Client(baseUrl, await SignInAsync(baseUrl, email, password));

    /// <summary>Places an order (202) and returns its id.</summary>
    public static async Task<long> PlaceAsync(HttpClient http, string iccid, object order) =>
        (await (await http.PostAsJsonAsync($"/api/sims/{iccid}/orders", order)).ReadAsync<JsonElement>(HttpStatusCode.Accepted)).GetProperty("id").GetInt64();

    public static async Task<JsonElement> SimAsync(HttpClient http, string iccid) =>
        await (await http.GetAsync($"/api/sims/{iccid}")).ReadAsync<JsonElement>(HttpStatusCode.OK);

    /// <summary>One detection of <paramref name="iccid"/> in <paramref name="imei"/> now, through the network key.</summary>
    public static async Task FeedAsync(HttpClient http, string iccid, string imei)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/detections") { Content = JsonContent.Create(new[] { EngineData.Detection(iccid, imei, DateTime.UtcNow) }) };
        request.Headers.Add("X-Network-Key", PortalFactory.NetworkKey);
        var result = await (await http.SendAsync(request)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
    }

    /// <summary>Waits until <paramref name="done"/> holds, failing after <paramref name="seconds"/> (generous: CI shares two cores).</summary>
    public static async Task WaitAsync(Func<Task<bool>> done, string what, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what);
            await Task.Delay(200);
        }
    }
}
