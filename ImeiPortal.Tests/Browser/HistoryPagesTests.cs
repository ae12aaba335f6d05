using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class HistoryPagesTests(BrowserFixture browser)
{
    private const string PartnerAdmin = "partner.admin@northwind.test";

    [Fact]
    public async Task Customers_CreateEditAndAddService_ShowsTagsAndService()
    {
        var name = "Harbour Sensors " + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/customers");
        await page.FillAsync("#customer-name", name);
        await page.ClickAsync("#add-customer");
        await page.FillAsync("#customer-search", name);
        await page.PressAsync("#customer-search", "Enter");
        var row = page.Locator("#customers-grid tr", new() { HasText = name });
        await Assertions.Expect(row).ToBeVisibleAsync();

        await BrowserFixture.ClickUntilVisibleAsync(row.Locator(".edit-customer"), page.Locator("#edit-customer-tags"));
        await page.FillAsync("#edit-customer-tags", "ports, eu");
        await page.ClickAsync("#save-customer");
        await Assertions.Expect(row).ToContainTextAsync("ports");

        await BrowserFixture.ClickUntilVisibleAsync(row.Locator(".customer-services"), page.Locator("#service-name"));
        await page.FillAsync("#service-name", "Locked trackers");
        await page.ClickAsync("#add-service");
        await Assertions.Expect(page.Locator("#services-grid")).ToContainTextAsync("Locked trackers");
        await Assertions.Expect(page.Locator("#services-grid")).ToContainTextAsync("Armed");
        await BrowserFixture.ScreenshotAsync(page, "customer-services");
    }

    [Fact]
    public async Task Journal_PartnerAdmin_ShowsDiffAndExportsCsvOfTheFilter()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/journal?entity=User");
        var firstRow = page.Locator("#journal-grid tbody tr.mud-table-row").First;
        await Assertions.Expect(firstRow).ToContainTextAsync("User");
        await firstRow.Locator(".row-toggler").ClickAsync();
        await Assertions.Expect(page.Locator(".diff-table").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "journal");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        Assert.StartsWith("journal-", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);
        Assert.True(lines.Length > 1, "header and at least one row");
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), l => Assert.Contains("User", l, StringComparison.Ordinal));
    }
}
