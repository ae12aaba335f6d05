using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>Issue 14 items 10 and 13 in the real app: the dashboard's trigger chart and per-partner table, and counts that open the SIM list.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DrillDownPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_Admin_ShowsTheTriggerChartAndPerPartnerTableAndTheFrequentKpiOpensTheList()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await BrowserFixture.SignInAsync(page, "admin@demo.imeiportal.test");
        await BrowserFixture.GoToAsync(page, "/");

        await Assertions.Expect(page.Locator("#chart-triggers svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#triggers-by-partner tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-triggers-admin");

        await page.Locator("#kpi-frequent a.kpi-value").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/sims?frequentImeiChanges=true", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#sim-frequent input[type=checkbox], input#sim-frequent").First).ToBeCheckedAsync();
    }

    [Fact]
    public async Task PartnersPage_DifferedCount_OpensThatPartnersDifferedSims()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.imeiportal.test");
        await BrowserFixture.GoToAsync(page, "/partners");
        var link = page.Locator("#partners-grid a.partner-differed").First;
        await link.WaitForAsync();
        var count = (await link.InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(page, "partners-counts");

        await link.ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("imeiStatus=Differed", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#sims-grid .pager-summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(count == "0" ? "^0 of 0$" : $" of {count}$"));
    }
}
