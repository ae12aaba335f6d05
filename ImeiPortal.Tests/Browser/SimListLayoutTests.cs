using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>Issue 14 item 7: at 1280 px the SIM list fits: no sideways scrolling of the grid, the ICCID on screen, the bulk bar in reach.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SimListLayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("admin@demo.imeiportal.test", 1280)]
    [InlineData("partner.admin@northwind.test", 1280)]
    // Wide enough for the IMEI lock column again: it must fit too.
    [InlineData("partner.admin@northwind.test", 1440)]
    public async Task SimList_At1280And1440_GridFitsWithoutHorizontalOverflowAndIccidVisible(string email, int width)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        await BrowserFixture.SignInAsync(page, email);
        await BrowserFixture.GoToAsync(page, "/sims?pageSize=100");
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();
        // A selection shows the bulk bar too, so it is measured with the rest.
        await page.Locator("#sims-grid .row-select").First.ClickAsync();
        await page.Locator("#bulk-bar").WaitForAsync();
        Assert.Equal(width >= 1440, await page.Locator("#sims-grid th.col-lock").IsVisibleAsync());

        var sizes = await page.EvaluateAsync<JsonElement>("""
            () => {
                const grid = document.querySelector('#sims-grid .mud-table-container');
                const doc = document.scrollingElement;
                return { gridScroll: grid.scrollWidth, gridClient: grid.clientWidth, pageScroll: doc.scrollWidth, pageClient: doc.clientWidth };
            }
            """);
        var (gridScroll, gridClient) = (sizes.GetProperty("gridScroll").GetInt32(), sizes.GetProperty("gridClient").GetInt32());
        var (pageScroll, pageClient) = (sizes.GetProperty("pageScroll").GetInt32(), sizes.GetProperty("pageClient").GetInt32());
        await BrowserFixture.ScreenshotAsync(page, $"sims-{width}-" + email.Split('@')[0]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sims-{width}-top-" + email.Split('@')[0] + ".png") });

        Assert.True(gridScroll <= gridClient, $"the grid scrolls sideways: {gridScroll} px of content in {gridClient} px");
        Assert.True(pageScroll <= pageClient, $"the page scrolls sideways: {pageScroll} px in {pageClient} px");
        var iccid = await page.Locator("#sims-grid a.sim-link").First.BoundingBoxAsync();
        Assert.NotNull(iccid);
        Assert.True(iccid.X >= 0 && iccid.X + iccid.Width <= width, $"ICCID at x {iccid.X}..{iccid.X + iccid.Width}");
        await Assertions.Expect(page.Locator("#sims-grid a.sim-link").First).ToBeInViewportAsync();

        // Scrolled down a long page, the bulk bar stays in reach.
        await page.Mouse.WheelAsync(0, 2000);
        await Assertions.Expect(page.Locator("#bulk-bar")).ToBeInViewportAsync();
        var header = (await page.Locator(".portal-header").BoundingBoxAsync())!;
        var bar = (await page.Locator("#bulk-bar").BoundingBoxAsync())!;
        Assert.InRange(bar.Y - (header.Y + header.Height), -1, 1);
        // What a person sees (the fixture's screenshots are of the whole page).
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sims-{width}-scrolled-" + email.Split('@')[0] + ".png") });
    }
}
