using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class UsersPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task PartnerAdmin_CreatesACustomerUser_AndSeesItListed()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await BrowserFixture.GoToAsync(page, "/users");
        var email = $"new.{Guid.NewGuid():N}"[..16] + "@acme.test";

        await page.FillAsync("#user-email", email);
        await page.FillAsync("#user-password", "Welcome!2026");
        await page.ClickAsync("#user-customer");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Acme Logistics" }).ClickAsync();
        await page.ClickAsync("#user-roles");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "CustomerUser" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#create-user");

        var row = page.Locator("#users-grid tr", new() { HasText = email });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("Acme Logistics");
        await Assertions.Expect(row).ToContainTextAsync("CustomerUser");
        await BrowserFixture.ScreenshotAsync(page, "users");
    }

    [Fact]
    public async Task PartnerUser_HasNoUserManagement()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.user@northwind.test");
        await BrowserFixture.GoToAsync(page, "/users");

        await Assertions.Expect(page.Locator("#users-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#create-user")).ToHaveCountAsync(0);
    }
}
