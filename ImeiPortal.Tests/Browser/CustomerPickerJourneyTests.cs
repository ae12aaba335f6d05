using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>The SIM list's customer filter searches the server as the user types, and names the URL's customer on a reload.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CustomerPickerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SimList_TypeAndPickACustomer_ListsItsSimsAndAReloadShowsItsName()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await BrowserFixture.GoToAsync(page, "/sims");
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();

        await page.FillAsync("#sim-customer", "Blue");
        var offered = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(offered).ToHaveTextAsync(["Blue Meters"]);
        await offered.First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("customerId=\\d+"));
        await Assertions.Expect(page.Locator("#sims-grid .sim-customer").First).ToHaveTextAsync("Blue Meters");
        Assert.All(await page.Locator("#sims-grid .sim-customer").AllInnerTextsAsync(), c => Assert.Equal("Blue Meters", c.Trim()));

        await page.ReloadAsync();
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#sim-customer")).ToHaveValueAsync("Blue Meters");
    }

    [Fact]
    public async Task SimList_PickerOpenedWithNothingTyped_OffersThePartnersCustomersByName()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await BrowserFixture.GoToAsync(page, "/sims");
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();

        await page.ClickAsync("#sim-customer");

        // Northwind's demo customers by name, and whatever customers the collection's other tests added to Northwind
        // (the portal is shared); the other partner's (Delta Vending, Evergreen Farms) are out of its scope.
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(options.Filter(new() { HasText = "City Bikes" })).ToBeVisibleAsync();
        var names = (await options.AllInnerTextsAsync()).Select(n => n.Trim()).ToList();
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "Acme Logistics", "Blue Meters", "City Bikes" });
        Assert.DoesNotContain("Delta Vending", names);
        Assert.DoesNotContain("Evergreen Farms", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        // The list fades in: a screenshot during the animation shows the page through it.
        await page.Locator(".mud-popover-open").EvaluateAsync("p => Promise.all(p.getAnimations({ subtree: true }).map(a => a.finished))");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sims-customer-picker.png") });
    }
}
