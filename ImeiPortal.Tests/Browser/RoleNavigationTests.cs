using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>Every kind of user signs in and sees the navigation of its role, no more.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RoleNavigationTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("admin@demo.imeiportal.test", true, true, true)]
    [InlineData("partner.admin@northwind.test", false, true, true)]
    [InlineData("partner.user@northwind.test", false, true, false)]
    [InlineData("partner.readonly@northwind.test", false, true, false)]
    [InlineData("customer.admin@acme.test", false, false, true)]
    [InlineData("customer.user@acme.test", false, false, false)]
    [InlineData("customer.readonly@acme.test", false, false, false)]
    public async Task SignIn_EachRole_SeesItsNavigation(string email, bool partners, bool customers, bool users)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await AssertNavAsync(page, "SIMs", true);
        await AssertNavAsync(page, "Partners", partners);
        await AssertNavAsync(page, "Customers", customers);
        await AssertNavAsync(page, "Users", users);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-" + email.Split('@')[0]);
    }

    [Fact]
    public async Task Roles_CustomerAdmin_SaysItsAlarmsBarOrDeactivateOnlyItsOwnCustomersSims()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "customer.admin@acme.test");
        await BrowserFixture.GoToAsync(page, "/roles");

        var note = page.Locator("#alarm-actions-note");
        await Assertions.Expect(note).ToContainTextAsync("CustomerAdmin");
        await Assertions.Expect(note).ToContainTextAsync("Bar or Deactivate");
        await Assertions.Expect(note).ToContainTextAsync("only its own customer's SIMs");
        await Assertions.Expect(note).ToContainTextAsync("moves to another customer");
    }

    [Fact]
    public async Task CustomerUser_SimList_ShowsOnlyOwnCustomersSims()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "customer.user@acme.test");
        await BrowserFixture.GoToAsync(page, "/sims");

        await Assertions.Expect(page.Locator("#sim-customer")).ToHaveCountAsync(0);
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();
        var customers = await page.Locator("#sims-grid .sim-customer").AllInnerTextsAsync();
        Assert.NotEmpty(customers);
        Assert.All(customers, c => Assert.Equal("Acme Logistics", c.Trim()));
    }

    [Fact]
    public async Task Reconnect_AfterTheConnectionDrops_PageKeepsWorking()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.user@northwind.test");
        await BrowserFixture.GoToAsync(page, "/sims?imeiStatus=Locked");
        var iccid = await page.Locator("#sims-grid a.sim-link").First.InnerTextAsync();

        await page.Context.SetOfflineAsync(true);
        await page.WaitForTimeoutAsync(3000);
        await page.Context.SetOfflineAsync(false);

        // The circuit reconnects (or the page reloads from its URL): the filter and the list are still there.
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();
        await page.FillAsync("#sim-search", iccid);
        await page.Locator("#sim-search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#sims-grid a.sim-link")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sims-grid a.sim-link").First).ToHaveTextAsync(iccid);
    }

    private static async Task AssertNavAsync(IPage page, string item, bool visible)
    {
        var locator = page.Locator(".mud-nav-link-text", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{item}$") });
        await Assertions.Expect(locator).ToHaveCountAsync(visible ? 1 : 0);
    }
}
