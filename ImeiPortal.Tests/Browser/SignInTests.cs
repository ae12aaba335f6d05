using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_DemoAdmin_ShowsDashboardWithFullNavigation()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.imeiportal.test");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator(".mud-nav-link-text", new() { HasText = "Partners" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-nav-link-text", new() { HasText = "Users" })).ToBeVisibleAsync();
        // Charts draw once the circuit has measured them; the demo has Locked SIMs, so the bar has a label.
        await Assertions.Expect(page.Locator("#chart-imei-status .mud-chart-bar").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-admin");
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnLoginWithError()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", "partner.user@northwind.test");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#sign-in");

        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("wrong");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "login-error");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roles")]
    [InlineData("/customers")]
    [InlineData("/users")]
    public async Task Navigate_SignedOut_RedirectsToLogin(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);

        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PartnersPage_PartnerUser_IsRefusedAndNotInNavigation()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.user@northwind.test");

        await Assertions.Expect(page.Locator(".mud-nav-link-text", new() { HasText = "Partners" })).ToHaveCountAsync(0);
        // The page's [Authorize(Roles)] guards its endpoint too, so the server refuses before any render.
        await page.GotoAsync("/partners");
        await page.WaitForURLAsync(url => url.Contains("/Account/AccessDenied", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");
        await BrowserFixture.ScreenshotAsync(page, "partners-refused");
    }

    [Fact]
    public async Task SignOut_ThenProtectedPage_RedirectsToLogin()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "customer.user@acme.test");
        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
