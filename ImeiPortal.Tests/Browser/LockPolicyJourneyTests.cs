using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>
/// Issue 15's journey in Chromium against the running demo: a customer's lock policy is set, a swap is authorised on a
/// Locked SIM, a theft fed through the network API shows its theft risk on the SIM page, and an alarm is dry-run before saving.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LockPolicyJourneyTests(BrowserFixture browser)
{
    private const string PartnerAdmin = "partner.admin@northwind.test";

    [Fact]
    public async Task LockPolicyJourney_PolicySwapTheftAndDryRun_EachShowsItsOutcome()
    {
        List<string> locked;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var found = await api.GetFromJsonAsync<JsonElement>("/api/sims?imeiStatus=Locked&status=Active&pageSize=50");
            locked = [.. found.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("iccid").GetString()!).OrderBy(_ => Random.Shared.Next())];
        }

        Assert.True(locked.Count >= 2, "the demo has Locked SIMs");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);

        // 1. The customer's lock policy.
        await BrowserFixture.GoToAsync(page, "/customers");
        await page.Locator("#customers-grid tr", new() { HasText = "Acme Logistics" }).Locator(".customer-lock-policy").ClickAsync();
        await Assertions.Expect(page.Locator("#policy-tac-input")).ToBeVisibleAsync();
        await page.FillAsync("#policy-tac-input", "35332811");
        await page.Locator("#policy-tac-input").PressAsync("Tab");
        await page.ClickAsync("#policy-add-tac");
        await Assertions.Expect(page.Locator("#policy-tacs .policy-tac", new() { HasText = "35332811" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "lock-policy");
        await page.ClickAsync("#policy-save");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Lock policy of Acme Logistics saved" })).ToBeVisibleAsync();

        // 2. A technician's swap, authorised with its consequence shown first.
        await BrowserFixture.GoToAsync(page, "/sims/" + locked[0]);
        await page.ClickAsync("#authorize-swap");
        await Assertions.Expect(page.Locator("#swap-consequence")).ToContainTextAsync("becomes its lock device, without an alarm");
        await page.FillAsync("#swap-hours", "4");
        await page.FillAsync("#swap-reference", "WO-2026-118");
        await page.Locator("#swap-reference").PressAsync("Tab");
        await Assertions.Expect(page.Locator("#swap-consequence")).ToContainTextAsync("next 4 hours");
        await BrowserFixture.ScreenshotAsync(page, "authorize-swap");
        await page.ClickAsync("#swap-confirm");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Authorize swap: order placed" })).ToBeVisibleAsync();

        // 3. A theft through the network API: the SIM page shows its theft risk and why.
        using (var network = PortalApi.NetworkClient(browser.Portal))
        {
            var body = "86" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
            var detection = await network.PostAsJsonAsync("/api/network/detections", new[]
            {
                new { detectionId = Guid.NewGuid().ToString("N"), iccid = locked[1], imei = body + Luhn.CheckDigit(body), observedAt = DateTime.UtcNow },
            });
            Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
        }

        await BrowserFixture.GoToAsync(page, "/sims/" + locked[1]);
        await Assertions.Expect(page.Locator("#sim-risk-score")).ToContainTextAsync("/ 100");
        await Assertions.Expect(page.Locator("#sim-risk-reasons")).ToContainTextAsync("The device model (TAC) changed");
        await Assertions.Expect(page.Locator("#sim-device-swap")).ToContainTextAsync("last device change");
        await BrowserFixture.ScreenshotAsync(page, "sim-risk");

        // 4. A bar alarm replayed over the last 30 days before it is saved.
        await BrowserFixture.GoToAsync(page, "/alarms/new");
        await page.ClickAsync("#type-ImeiStatusChange");
        await page.FillAsync("#alarm-name", "Dry run " + Guid.NewGuid().ToString("N")[..6]);
        await page.CheckAsync("#action-Bar");
        await page.ClickAsync("#dry-run-alarm");
        await Assertions.Expect(page.Locator("#dry-run-text")).ToContainTextAsync("In the last 30 days this alarm would have fired", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#dry-run-text")).ToContainTextAsync("barred");
        await BrowserFixture.ScreenshotAsync(page, "alarm-dry-run");
    }
}
