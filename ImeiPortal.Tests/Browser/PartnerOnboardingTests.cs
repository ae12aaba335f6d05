using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PartnerOnboardingTests(BrowserFixture browser)
{
    private const string NewPassword = "Welcome!2026-onboard";

    [Fact]
    public async Task Admin_OnboardsAPartnerEndToEnd_ItsAdminSignsInAndSeesItsCustomerAndUser()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var partnerName = "Contoso IoT " + suffix;
        var adminEmail = $"admin.{suffix}@contoso.test";
        var customerName = "Contoso Fleet " + suffix;
        var customerUserEmail = $"driver.{suffix}@contoso.test";
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@demo.imeiportal.test");

        // 1. The partner, its first PartnerAdmin and a customer, on the partners page.
        await BrowserFixture.GoToAsync(page, "/partners");
        await page.FillAsync("#partner-name", partnerName);
        await page.ClickAsync("#add-partner");
        await Assertions.Expect(page.Locator("#partner-onboarding")).ToContainTextAsync(partnerName);
        await page.FillAsync("#onboarding-admin-email", adminEmail);
        await page.FillAsync("#onboarding-admin-password", NewPassword);
        await page.ClickAsync("#onboarding-add-admin");
        await Assertions.Expect(page.Locator("#onboarding-admins")).ToContainTextAsync(adminEmail);
        await page.FillAsync("#onboarding-customer-name", customerName);
        await page.ClickAsync("#onboarding-add-customer");
        await Assertions.Expect(page.Locator("#onboarding-customers")).ToContainTextAsync(customerName);

        // 2. A user of that customer, on the users page: partner, then customer, then a customer role.
        await page.ClickAsync("#onboarding-users-link");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.FillAsync("#user-email", customerUserEmail);
        await page.GetByText("Invite by email").ClickAsync();
        await page.FillAsync("#user-password", NewPassword);
        await Assertions.Expect(page.Locator("#user-partner")).ToHaveValueAsync(partnerName);
        await BrowserFixture.PickCustomerAsync(page, "user-customer", customerName, customerName);
        await page.ClickAsync("#user-roles");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "CustomerUser" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#create-user");
        var row = page.Locator("#users-grid tr", new() { HasText = customerUserEmail });
        await Assertions.Expect(row).ToContainTextAsync(partnerName);
        await Assertions.Expect(row).ToContainTextAsync(customerName);
        await BrowserFixture.ScreenshotAsync(page, "users-admin");

        // 3. The new PartnerAdmin works on their own.
        var partnerAdmin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partnerAdmin, adminEmail, NewPassword);
        await BrowserFixture.GoToAsync(partnerAdmin, "/customers");
        await Assertions.Expect(partnerAdmin.Locator("#customers-grid")).ToContainTextAsync(customerName);
        await BrowserFixture.GoToAsync(partnerAdmin, "/users");
        await Assertions.Expect(partnerAdmin.Locator("#users-grid")).ToContainTextAsync(customerUserEmail);
    }
}
