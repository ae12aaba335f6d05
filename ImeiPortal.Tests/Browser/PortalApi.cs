using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Browser;

/// <summary>Sets up data on the running portal through its public API, as an integrator would.</summary>
internal static class PortalApi
{
    public static async Task<HttpClient> ClientAsAsync(RunningPortal portal, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = RunningPortal.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient NetworkClient(RunningPortal portal)
    {
        var client = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Network-Key", PortalFactory.NetworkKey);
        return client;
    }

    public static async Task<string> UserIdAsync(HttpClient client, string email)
    {
        var users = await client.GetFromJsonAsync<JsonElement>($"/api/users?search={Uri.EscapeDataString(email)}");
        return users.GetProperty("items").EnumerateArray()
            .First(u => string.Equals(u.GetProperty("email").GetString(), email, StringComparison.OrdinalIgnoreCase))
            .GetProperty("id").GetString()!;
    }

    public static async Task<int> CreateAlarmAsync(HttpClient client, object alarm)
    {
        var response = await client.PostAsJsonAsync("/api/alarms", alarm);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
