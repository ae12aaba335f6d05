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

    [Fact]
    public async Task SimImport_UploadPreviewConfirm_CreatesTheSimsAndListsTheRefusedLine()
    {
        var (good1, good2) = (EngineData.NewIccid(), EngineData.NewIccid());
        var csv = $"iccid,network\n{good1},MultiNet\n{good2},\n1234,\n";
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await page.ClickAsync("a[href='/sims/import']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import SIMs");

        await page.Locator("#import-file input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "sims.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("2 SIMs will be created, 1 line will be refused");
        await Assertions.Expect(page.Locator("#import-rejected")).ToContainTextAsync("1234");
        await BrowserFixture.ScreenshotAsync(page, "sim-import-preview");

        await page.ClickAsync("#import-confirm");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("2 SIMs created, 1 line refused");
        await page.ClickAsync($"#import-created a[href='/sims/{good1}']");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(good1);
    }
}
