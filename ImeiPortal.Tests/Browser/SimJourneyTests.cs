using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>The partner user's day: find a stolen SIM from the dashboard, look at it, unbar it, act on many, export.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SimJourneyTests(BrowserFixture browser)
{
    private const string PartnerUser = "partner.user@northwind.test";

    [Fact]
    public async Task Dashboard_DifferedCount_OpensTheFilteredListAndTheSim()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);

        await page.ClickAsync("#kpi-differed a.kpi-value");
        await page.WaitForURLAsync(url => url.Contains("imeiStatus=Differed", StringComparison.Ordinal));
        await BrowserFixture.WaitForCircuitAsync(page);
        var badges = page.Locator("#sims-grid .imei-status");
        await Assertions.Expect(badges.First).ToHaveTextAsync("Differed");
        Assert.All(await badges.AllInnerTextsAsync(), text => Assert.Equal("Differed", text));
        await BrowserFixture.ScreenshotAsync(page, "sims-differed");

        var iccid = await page.Locator("#sims-grid a.sim-link").First.InnerTextAsync();
        await page.Locator("#sims-grid a.sim-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/sims/" + iccid, StringComparison.Ordinal));
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToHaveTextAsync("Differed");
        await Assertions.Expect(page.Locator("#data-only-note")).ToContainTextAsync("data sessions only");
        await Assertions.Expect(page.Locator("#sim-notifications")).ToContainTextAsync(iccid[..6]);
        await BrowserFixture.ScreenshotAsync(page, "sim-details-differed");
    }

    [Theory]
    [InlineData("KeepLock", "#unbar-keep")]
    [InlineData("UpdateToLastSeen", "#unbar-update")]
    public async Task Unbar_AfterImeiLockBar_EachOption_ActivatesAndLocks(string option, string radio)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims?imeiStatus=Differed&status=Barred");
        // Each run takes another barred SIM (the other option's test may have unbarred the first).
        var link = page.Locator("#sims-grid a.sim-link").Nth(option == "KeepLock" ? 0 : 1);
        var iccid = await link.InnerTextAsync();
        await BrowserFixture.GoToAsync(page, "/sims/" + iccid);
        var lockBefore = await page.Locator("#sim-imei-lock").InnerTextAsync();
        var firstAfter = await page.Locator("#sim-first-after").InnerTextAsync();

        await page.ClickAsync("#order-Unbar");
        await Assertions.Expect(page.Locator("#unbar-help")).ToBeVisibleAsync();
        await BrowserFixture.WaitForDialogAsync(page);
        await BrowserFixture.ChooseRadioAsync(page, radio);
        await Assertions.Expect(page.Locator("#unbar-help")).ToContainTextAsync(option == "KeepLock" ? "third device" : "first device");
        await BrowserFixture.ScreenshotAsync(page, "unbar-dialog-" + option);
        await page.ClickAsync("#unbar-confirm");

        // The page refreshes itself while the order is pending; the worker completes it (delay 0 in tests).
        await Assertions.Expect(page.Locator("#sim-status")).ToHaveTextAsync("Active", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToHaveTextAsync("Locked");
        await Assertions.Expect(page.Locator("#sim-imei-lock")).ToHaveTextAsync(option == "KeepLock" ? lockBefore : firstAfter);
        await BrowserFixture.ScreenshotAsync(page, "unbarred-" + option);
    }

    [Fact]
    public async Task BulkSuspend_MoreThanTenSims_PreviewsAndAsksToConfirm()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims?status=Active");
        await page.Locator("#sims-grid .row-select").First.WaitForAsync();
        for (var i = 0; i < 12; i++)
        {
            await page.Locator("#sims-grid .row-select").Nth(i).ClickAsync();
        }

        await Assertions.Expect(page.Locator("#selected-count")).ToHaveTextAsync("12");
        await page.ClickAsync("#bulk-suspend");
        await Assertions.Expect(page.Locator("#bulk-preview-summary")).ToContainTextAsync("of 12 SIMs will change");
        await BrowserFixture.WaitForDialogAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "bulk-preview");
        await page.ClickAsync("#bulk-confirm");
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "done" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ListState_FilterChosenThenSimOpenedThenBack_ReturnsToTheFilteredList()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims");
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();

        await page.ClickAsync("#sim-imei-status");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Differed" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("imeiStatus=Differed", StringComparison.Ordinal));
        // Every row, not the first: the unfiltered first page can start with a Differed SIM, and reading its ICCID before
        // the filtered rows arrive sends the click to whichever row is first when they do.
        await Assertions.Expect(page.Locator("#sims-grid .imei-status").First).ToHaveTextAsync("Differed");
        await Assertions.Expect(page.Locator("#sims-grid .imei-status").Filter(new() { HasNotText = "Differed" })).ToHaveCountAsync(0);
        var iccid = await page.Locator("#sims-grid a.sim-link").First.InnerTextAsync();
        await page.Locator("#sims-grid a.sim-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/sims/" + iccid, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#sim-iccid")).ToHaveTextAsync(iccid);

        // The browser's Back, as the history API gives it. Waiting stops at the URL's commit: GoBackAsync and the default
        // WaitForURLAsync wait for a load event that Blazor's same-document (enhanced) navigation never fires.
        await page.EvaluateAsync("() => history.back()");
        await page.WaitForURLAsync(url => url.Contains("imeiStatus=Differed", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#sim-imei-status")).ToHaveValueAsync("Differed");
        await Assertions.Expect(page.Locator("#sims-grid a.sim-link").First).ToHaveTextAsync(iccid);
        Assert.All(await page.Locator("#sims-grid .imei-status").AllInnerTextsAsync(), text => Assert.Equal("Differed", text));
    }

    [Fact]
    public async Task ReadOnlyUser_SeesNoActions()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.readonly@northwind.test");
        await BrowserFixture.GoToAsync(page, "/sims?imeiStatus=Locked");
        await page.Locator("#sims-grid .row-select").First.ClickAsync();
        await Assertions.Expect(page.Locator("#bulk-bar")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bulk-suspend")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#bulk-set-imei")).ToHaveCountAsync(0);

        await page.Locator("#sims-grid a.sim-link").First.ClickAsync();
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#imei-card")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[id^=imei-to-]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[id^=order-]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ExportCsv_CurrentFilter_DownloadsTheRows()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims?imeiStatus=Locked");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path);

        Assert.StartsWith("sims-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("ICCID", lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.True(lines.Length > 2);
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), line => Assert.Contains(",Locked,", line, StringComparison.Ordinal));
    }
}
