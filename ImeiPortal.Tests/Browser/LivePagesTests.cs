using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>Open pages show what the network changed without a reload (the change hub, not a timer).</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LivePagesTests(BrowserFixture browser)
{
    private const string PartnerAdmin = "partner.admin@northwind.test";
    private static readonly LocatorAssertionsToHaveTextOptions WithinTwoSeconds = new() { Timeout = 2_000 };

    [Fact]
    public async Task SimDetails_TheftFedWhileOpen_ShowsDifferedAndBadgeCountsTheNotificationWithoutReload()
    {
        string iccid;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var locked = await api.GetFromJsonAsync<JsonElement>("/api/sims?imeiStatus=Locked&status=Active&pageSize=50");
            var iccids = locked.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("iccid").GetString()!).ToList();
            Assert.NotEmpty(iccids);
            iccid = iccids[Random.Shared.Next(iccids.Count)];
            var me = await PortalApi.UserIdAsync(api, PartnerAdmin);
            await PortalApi.CreateAlarmAsync(api, new
            {
                type = "ImeiStatusChange",
                name = "Live " + Guid.NewGuid().ToString("N")[..6],
                iccids = new[] { iccid },
                action = "Notify",
                enabled = true,
                recipients = new { userIds = new[] { me } },
            });
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/sims/" + iccid);
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToHaveTextAsync("Locked");
        var unreadBefore = await UnreadAsync(page);

        using (var network = PortalApi.NetworkClient(browser.Portal))
        {
            var body = "35" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
            var detection = await network.PostAsJsonAsync("/api/network/detections", new[]
            {
                new { detectionId = Guid.NewGuid().ToString("N"), iccid, imei = body + Luhn.CheckDigit(body), observedAt = DateTime.UtcNow },
            });
            Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
        }

        int unreadNow;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            // The feed committed its notifications before answering; the user's alarms (ours, the demo's) made some.
            unreadNow = (await api.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("count").GetInt32();
        }

        Assert.True(unreadNow > unreadBefore, $"unread {unreadBefore} -> {unreadNow}");
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToHaveTextAsync("Differed", WithinTwoSeconds);
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveAttributeAsync("title", $"{unreadNow} unread", new() { Timeout = 2_000 });
        await BrowserFixture.ScreenshotAsync(page, "sim-details-live-differed");
    }

    [Fact]
    public async Task DashboardAndSimList_TheftFedWhileOpen_CountAndRowChangeWithoutReload()
    {
        string iccid;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var locked = await api.GetFromJsonAsync<JsonElement>("/api/sims?imeiStatus=Locked&status=Active&pageSize=50");
            var iccids = locked.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("iccid").GetString()!).ToList();
            Assert.NotEmpty(iccids);
            iccid = iccids[Random.Shared.Next(iccids.Count)];
        }

        var dashboard = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(dashboard, PartnerAdmin);
        var differedBefore = int.Parse(await dashboard.Locator("#kpi-differed a.kpi-value").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var list = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(list, PartnerAdmin);
        await BrowserFixture.GoToAsync(list, "/sims?search=" + iccid);
        await Assertions.Expect(list.Locator("#sims-grid .imei-status").First).ToHaveTextAsync("Locked");

        using (var network = PortalApi.NetworkClient(browser.Portal))
        {
            var body = "35" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
            var detection = await network.PostAsJsonAsync("/api/network/detections", new[]
            {
                new { detectionId = Guid.NewGuid().ToString("N"), iccid, imei = body + Luhn.CheckDigit(body), observedAt = DateTime.UtcNow },
            });
            Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
        }

        await Assertions.Expect(list.Locator("#sims-grid .imei-status").First).ToHaveTextAsync("Differed", WithinTwoSeconds);
        await Assertions.Expect(dashboard.Locator("#differed-grid")).ToContainTextAsync(iccid, new() { Timeout = 2_000 });
        var differedAfter = int.Parse(await dashboard.Locator("#kpi-differed a.kpi-value").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(differedAfter > differedBefore, $"Differed {differedBefore} -> {differedAfter}");
    }

    private static async Task<int> UnreadAsync(IPage page)
    {
        var badge = page.Locator("#unread-badge");
        if (await badge.CountAsync() == 0)
        {
            return 0;
        }

        var title = await badge.GetAttributeAsync("title") ?? "";
        return int.Parse(title.Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
