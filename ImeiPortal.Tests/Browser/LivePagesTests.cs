using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Tests.TestSupport;
using System.Text.RegularExpressions;
using ImeiPortal.Components.Shared;
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
        var iccid = await LockedIccidAsync();
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
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

        await FeedTheftAsync(iccid);

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
        var iccid = await LockedIccidAsync();

        var dashboard = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(dashboard, PartnerAdmin);
        var differedBefore = int.Parse(await dashboard.Locator("#kpi-differed a.kpi-value").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var list = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(list, PartnerAdmin);
        await BrowserFixture.GoToAsync(list, "/sims?search=" + iccid);
        await Assertions.Expect(list.Locator("#sims-grid .imei-status").First).ToHaveTextAsync("Locked");

        await FeedTheftAsync(iccid);

        await Assertions.Expect(list.Locator("#sims-grid .imei-status").First).ToHaveTextAsync("Differed", WithinTwoSeconds);
        await Assertions.Expect(dashboard.Locator("#differed-grid")).ToContainTextAsync(iccid, new() { Timeout = 2_000 });
        var differedAfter = int.Parse(await dashboard.Locator("#kpi-differed a.kpi-value").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(differedAfter > differedBefore, $"Differed {differedBefore} -> {differedAfter}");
    }

    [Fact]
    public async Task Dashboard_ConnectionLostWhileATheftArrives_ShowsItWhenTheBrowserReconnects()
    {
        // While its browser is away the page does not re-read (LiveChangesTests): the one re-read on its return shows it.
        var iccid = await LockedIccidAsync();
        // The page's circuit connection, cut and restored as a network would: while cut, each attempt to reconnect fails.
        var online = true;
        var refused = 0;
        var connections = new List<IWebSocketRoute>();
        var page = await browser.NewPageAsync();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
        {
            if (!Volatile.Read(ref online))
            {
                Interlocked.Increment(ref refused);
                // Playwright's handler returns nothing: the refusal completes on its own.
                _ = ws.CloseAsync();
                return;
            }

            lock (connections)
            {
                connections.AddRange([ws, ws.ConnectToServer()]);
            }
        });
        // SignalR falls back to other transports when the WebSocket fails: they are cut as well.
        await page.RouteAsync(new Regex("/_blazor"), route =>
        {
            if (Volatile.Read(ref online))
            {
                return route.ContinueAsync();
            }

            Interlocked.Increment(ref refused);
            return route.AbortAsync();
        });
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await Assertions.Expect(page.Locator("#differed-grid")).ToBeVisibleAsync();
        var loggedBefore = browser.Portal.LogLines.Count;

        Volatile.Write(ref online, false);
        IWebSocketRoute[] cut;
        lock (connections)
        {
            cut = [.. connections];
        }

        foreach (var end in cut)
        {
            await end.CloseAsync();
        }

        await FeedTheftAsync(iccid);
        // Long enough for the page to have re-read (LiveChanges.Rest) had it not waited for its browser.
        await Task.Delay(LiveChanges.Rest * 3);
        Assert.True(Volatile.Read(ref refused) > 0, "the browser noticed and tried to reconnect");
        Volatile.Write(ref online, true);

        await Assertions.Expect(page.Locator("#differed-grid")).ToContainTextAsync(iccid, new() { Timeout = 60_000 });
        var logged = browser.Portal.LogLines.Skip(loggedBefore).ToList();
        Assert.DoesNotContain(logged, l => l.Contains("Unhandled exception in circuit", StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "dashboard-reconnected");
    }

    /// <summary>One of Northwind's locked active SIMs, at random, so the tests' thefts do not share one.</summary>
    private async Task<string> LockedIccidAsync()
    {
        using var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin);
        var locked = await api.GetFromJsonAsync<JsonElement>("/api/sims?imeiStatus=Locked&status=Active&pageSize=50");
        var iccids = locked.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("iccid").GetString()!).ToList();
        Assert.NotEmpty(iccids);
        return iccids[Random.Shared.Next(iccids.Count)];
    }

    /// <summary>The network sees the SIM in a device it has never been in.</summary>
    private async Task FeedTheftAsync(string iccid)
    {
        using var network = PortalApi.NetworkClient(browser.Portal);
        var body = "35" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
        var detection = await network.PostAsJsonAsync("/api/network/detections", new[]
        {
            new { detectionId = Guid.NewGuid().ToString("N"), iccid, imei = body + Luhn.CheckDigit(body), observedAt = DateTime.UtcNow },
        });
        Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
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
