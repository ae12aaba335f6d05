using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>
/// Issue 14 item 4 in Chromium: a risky order on the SIM page asks first and says what it does to service; once placed
/// its button waits for it; the same order again (a colleague's integration, a second confirmation) is refused in words
/// a user reads, and only one order exists. On <see cref="SlowProvisioningPortal"/>, where orders stay pending long enough
/// to be seen pending.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OrderConfirmationJourneyTests(BrowserFixture browser, SlowProvisioningPortal slow) : IClassFixture<SlowProvisioningPortal>
{
    private const string PartnerUser = "partner.user@northwind.test";

    [Fact]
    public async Task Suspend_Confirmed_ButtonWaitsForItsPendingOrderAndTheSameOrderThroughTheApiIsRefused()
    {
        using var api = await PortalApi.ClientAsAsync(slow.Portal, PartnerUser);
        var (iccid, before, page, dialog) = await AskToPlaceAsync(api, "Suspend");
        await Assertions.Expect(dialog).ToContainTextAsync("Suspend this SIM?");
        await Assertions.Expect(dialog).ToContainTextAsync("Its data sessions are rejected until it is resumed.");
        await BrowserFixture.ScreenshotAsync(page, "order-suspend-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Suspend", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Suspend: order placed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#order-Suspend")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#sim-pending")).ToHaveTextAsync("1 order(s) pending");
        await Assertions.Expect(page.Locator("#sim-status")).ToHaveTextAsync("Active");

        // The same order from an integration while the first is on its way: refused, saying why, not queued.
        var again = await api.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Suspend" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already has a pending Suspend order", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var placed = await NewOrdersAsync(api, iccid, before);
        var order = Assert.Single(placed);
        Assert.Equal("Suspend", order.GetProperty("type").GetString());
        Assert.Equal("Pending", order.GetProperty("state").GetString());
        await Assertions.Expect(page.Locator("#order-Suspend")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "order-suspend-pending");
    }

    [Fact]
    public async Task Bar_ConfirmedAfterTheSameOrderCameThroughTheApi_SaysItIsAlreadyPendingAndPlacesNoSecond()
    {
        using var api = await PortalApi.ClientAsAsync(slow.Portal, PartnerUser);
        var (iccid, before, page, dialog) = await AskToPlaceAsync(api, "Bar");
        await Assertions.Expect(dialog).ToContainTextAsync("Bar this SIM?");
        await Assertions.Expect(dialog).ToContainTextAsync("It can no longer open data sessions until it is unbarred.");

        // A colleague's integration bars the SIM while the dialog is open: the page follows it behind the dialog.
        var colleague = await api.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Bar" });
        Assert.True(colleague.IsSuccessStatusCode, await colleague.Content.ReadAsStringAsync());
        await Assertions.Expect(page.Locator("#order-Bar")).ToBeDisabledAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Bar", Exact = true }).ClickAsync();

        var refusal = page.Locator(".mud-snackbar", new() { HasText = "Not done" });
        await Assertions.Expect(refusal).ToContainTextAsync("This SIM already has a pending Bar order; it takes effect when the network completes it, so there is nothing to place again.");
        // Not the domain's wording of a refused transition, nor an exception's.
        await Assertions.Expect(refusal).Not.ToContainTextAsync("Exception");
        await Assertions.Expect(refusal).Not.ToContainTextAsync("not allowed");
        await BrowserFixture.ScreenshotAsync(page, "order-bar-already-pending");

        var order = Assert.Single(await NewOrdersAsync(api, iccid, before));
        Assert.Equal("Bar", order.GetProperty("type").GetString());
        Assert.Equal("Pending", order.GetProperty("state").GetString());
        await Assertions.Expect(page.Locator("#sim-pending")).ToHaveTextAsync("1 order(s) pending");
    }

    /// <summary>
    /// Takes a SIM of its own, notes its orders, opens its page as the partner's user and clicks the order's button:
    /// the confirmation that opens is returned.
    /// </summary>
    private async Task<(string Iccid, HashSet<long> Before, IPage Page, ILocator Dialog)> AskToPlaceAsync(HttpClient api, string order)
    {
        var iccid = await QuietActiveSimAsync(api);
        var before = await OrderIdsAsync(api, iccid);
        var page = await browser.NewPageAsync(portal: slow.Portal);
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims/" + iccid);
        await page.ClickAsync("#order-" + order);
        await BrowserFixture.WaitForDialogAsync(page);
        return (iccid, before, page, page.Locator(".mud-dialog").Last);
    }

    /// <summary>
    /// An Active, Locked demo SIM without pending orders (the demo's bar alarms leave some pending here), a random one:
    /// each test takes its own.
    /// </summary>
    private static async Task<string> QuietActiveSimAsync(HttpClient api)
    {
        var found = await api.GetFromJsonAsync<JsonElement>("/api/sims?status=Active&imeiStatus=Locked&pageSize=200");
        var quiet = found.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("pendingOrders").GetInt32() == 0)
            .Select(s => s.GetProperty("iccid").GetString()!)
            .ToList();
        Assert.NotEmpty(quiet);
        return quiet[Random.Shared.Next(quiet.Count)];
    }

    private static async Task<HashSet<long>> OrderIdsAsync(HttpClient api, string iccid) =>
        [.. (await PortalApi.OrdersAsync(api, iccid)).Select(o => o.GetProperty("id").GetInt64())];

    private static async Task<List<JsonElement>> NewOrdersAsync(HttpClient api, string iccid, HashSet<long> before) =>
        [.. (await PortalApi.OrdersAsync(api, iccid)).Where(o => !before.Contains(o.GetProperty("id").GetInt64()))];
}
