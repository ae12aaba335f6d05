using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.Domain;
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

    /// <summary>The id of the customer named <paramref name="name"/> among those the caller sees.</summary>
    public static async Task<int> CustomerIdAsync(HttpClient client, string name)
    {
        var customers = await client.GetFromJsonAsync<JsonElement>($"/api/customers?search={Uri.EscapeDataString(name)}");
        return customers.GetProperty("items").EnumerateArray().First(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    /// <summary>
    /// A SIM of its own for one test, made as an integrator makes one: created, activated with IMEI locking (the portal's
    /// provisioning delay must be 0) and seen by the network in a device of <see cref="TestIds.TacA"/>, or of a model the
    /// customer's lock policy allows when it has one (another test may have set it: an Armed SIM in a model outside the
    /// list stays Armed), so it is Locked to that IMEI. <paramref name="client"/> is a partner user's, whose partner owns the SIM.
    /// </summary>
    public static async Task<(string Iccid, string LockImei)> CreateLockedSimAsync(RunningPortal portal, HttpClient client, int? customerId = null)
    {
        var partnerId = (await client.GetFromJsonAsync<JsonElement>("/api/sims?pageSize=1")).GetProperty("items")[0].GetProperty("partnerId").GetInt32();
        var iccid = TestIds.Iccid(Random.Shared.NextInt64(1, 9_999_999_999_999));
        var created = await client.PostAsJsonAsync("/api/sims", new { iccid, partnerId, customerId });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var activate = await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Activate", enableImeiLock = true });
        Assert.True(activate.IsSuccessStatusCode, await activate.Content.ReadAsStringAsync());
        await WaitForSimAsync(client, iccid, sim => sim.GetProperty("imeiStatus").GetString() == "Armed");
        var tac = TestIds.TacA;
        if (customerId is not null)
        {
            var policy = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{customerId}/lock-policy");
            tac = policy.GetProperty("allowedTacs").EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != TestIds.TacB) ?? tac;
        }

        var imei = TestIds.Imei(tac, Random.Shared.Next(1, 999_999));
        await DetectAsync(portal, iccid, imei);
        await WaitForSimAsync(client, iccid, sim => sim.GetProperty("imeiStatus").GetString() == "Locked");
        return (iccid, imei);
    }

    /// <summary>The network sees the SIM in the device <paramref name="imei"/> now.</summary>
    public static async Task DetectAsync(RunningPortal portal, string iccid, string imei)
    {
        using var network = NetworkClient(portal);
        var detection = await network.PostAsJsonAsync("/api/network/detections", new[]
        {
            new { detectionId = Guid.NewGuid().ToString("N"), iccid, imei, observedAt = DateTime.UtcNow },
        });
        Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
    }

    /// <summary>Waits (up to 30 s) until the SIM as GET /api/sims/{iccid} shows it is as <paramref name="done"/> says: orders complete in the background.</summary>
    public static async Task<JsonElement> WaitForSimAsync(HttpClient client, string iccid, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var sim = await client.GetFromJsonAsync<JsonElement>($"/api/sims/{iccid}");
            if (done(sim))
            {
                return sim;
            }

            Assert.True(DateTime.UtcNow < deadline, $"SIM {iccid} did not get there within 30 s: {sim}");
            await Task.Delay(200);
        }
    }

    /// <summary>The SIM's orders as GET /api/sims/{iccid}/orders lists them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> OrdersAsync(HttpClient client, string iccid)
    {
        var orders = await client.GetFromJsonAsync<JsonElement>($"/api/sims/{iccid}/orders");
        return [.. orders.EnumerateArray()];
    }
}
