using System.Net.Http.Json;
using System.Text.Json;
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
        await page.GetByText("Invite by email").ClickAsync();
        await page.FillAsync("#user-password", "Welcome!2026");
        await BrowserFixture.PickCustomerAsync(page, "user-customer", "Acme", "Acme Logistics");
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
    public async Task PartnerAdmin_InvitesACustomerUserWithoutPassword_TheMailedLinkSetsItAndTheUserSignsIn()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await BrowserFixture.GoToAsync(page, "/users");
        var email = $"inv.{Guid.NewGuid():N}"[..16] + "@acme.test";

        await page.FillAsync("#user-email", email);
        await Assertions.Expect(page.Locator("#user-password")).ToHaveCountAsync(0);
        await BrowserFixture.PickCustomerAsync(page, "user-customer", "Acme", "Acme Logistics");
        await page.ClickAsync("#user-roles");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "CustomerUser" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#create-user")).ToHaveTextAsync("Send invitation");
        await page.ClickAsync("#create-user");
        await Assertions.Expect(page.Locator("#users-grid tr", new() { HasText = email })).ToBeVisibleAsync();

        var (link, _, _) = Mailbox.ResetLink(await Mailbox.WaitForAsync(browser.Portal.MailFolder, email));
        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(link.PathAndQuery);
        await invited.FillAsync("#new", "Invited!2026-portal");
        await invited.FillAsync("#confirm", "Invited!2026-portal");
        await invited.ClickAsync("#set-password");
        await Assertions.Expect(invited.Locator("#reset-done")).ToBeVisibleAsync();
        await BrowserFixture.SignInAsync(invited, email, "Invited!2026-portal");
        await Assertions.Expect(invited.Locator("h1")).ToHaveTextAsync("Dashboard");
    }

    [Fact]
    public async Task PartnerAdmin_ResetsTwoFactorOfAUserAfterConfirming_UserSignsInWithPasswordAlone()
    {
        var email = $"lost.{Guid.NewGuid():N}"[..16] + "@northwind.test";
        using (var admin = await PortalApi.ClientAsAsync(browser.Portal, "partner.admin@northwind.test"))
        {
            (await admin.PostAsJsonAsync("/api/users", new { email, password = RunningPortal.DemoPassword, roles = new[] { "PartnerUser" } })).EnsureSuccessStatusCode();
        }

        using (var user = await PortalApi.ClientAsAsync(browser.Portal, email))
        {
            var secret = (await (await user.PostAsync("/api/account/mfa/enroll", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
            (await user.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) })).EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await BrowserFixture.GoToAsync(page, "/users");
        var row = page.Locator("#users-grid tr", new() { HasText = email });
        await row.Locator("button", new() { HasText = "Reset two-factor" }).ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasText = "Cancel" }).ClickAsync();
        await Assertions.Expect(row.Locator("button", new() { HasText = "Reset two-factor" })).ToBeVisibleAsync();
        await row.Locator("button", new() { HasText = "Reset two-factor" }).ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasText = "Reset" }).ClickAsync();
        await Assertions.Expect(row.Locator("button", new() { HasText = "Reset two-factor" })).ToHaveCountAsync(0);

        using var anonymous = new HttpClient { BaseAddress = new Uri(browser.Portal.BaseUrl) };
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = RunningPortal.DemoPassword });
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
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
