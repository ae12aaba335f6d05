using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>The report and import pages against the running demo portal.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReportPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Fees_Admin_ShowsChartPerPartnerAndExportsCsv()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.imeiportal.test");
        await page.ClickAsync("a[href='/fees']");

        // The demo's locks date from 30 days ago, so this month charges them.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("IMEI lock fees");
        await Assertions.Expect(page.Locator("#fee-chart .mud-chart-bar").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#fee-partners")).ToContainTextAsync("Northwind");
        await Assertions.Expect(page.Locator("#fee-customers")).ToContainTextAsync("Acme Logistics");
        Assert.Matches(@"/fees$|/fees\?", page.Url);
        await BrowserFixture.ScreenshotAsync(page, "fees");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        Assert.StartsWith("imei-lock-fees-", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal("Partner,Customer,Chargeable SIMs,Partner id,Customer id", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.Contains("Acme Logistics", StringComparison.Ordinal));
    }
}
