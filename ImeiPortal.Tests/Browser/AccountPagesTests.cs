using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>The account journeys on the sign-in pages: a second factor, and a password set through a mailed link.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccountPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_EnrolledUser_AsksForCodeRefusesWrongOneAndSignsInWithRightOne()
    {
        var email = await CreateUserAsync("mfa");
        using var user = await PortalApi.ClientAsAsync(browser.Portal, email);
        var enrolment = await user.PostAsync("/api/account/mfa/enroll", null);
        Assert.True(enrolment.IsSuccessStatusCode, await enrolment.Content.ReadAsStringAsync());
        var secret = (await enrolment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var verified = await user.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) });
        Assert.True(verified.IsSuccessStatusCode, await verified.Content.ReadAsStringAsync());

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#otp")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToHaveCountAsync(0);

        var wrong = ((int.Parse(Totp.Code(secret), System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#otp", wrong);
        await page.ClickAsync("#verify-code");
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync(ImeiPortal.Security.AccountService.RefusedMessage);
        await Assertions.Expect(page.Locator("#otp")).ToBeVisibleAsync();

        await page.FillAsync("#otp", Totp.Later(secret));
        await page.ClickAsync("#verify-code");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await BrowserFixture.ScreenshotAsync(page, "sign-in-with-code");
    }

    [Fact]
    public async Task SignIn_CodeStep_CarriesASingleUseTicketNotThePassword()
    {
        var email = await CreateUserAsync("ticket");
        using var user = await PortalApi.ClientAsAsync(browser.Portal, email);
        var secret = (await (await user.PostAsync("/api/account/mfa/enroll", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        (await user.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) })).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync();
        await PasswordStepAsync(page, email);
        Assert.DoesNotContain(RunningPortal.DemoPassword, await page.ContentAsync(), StringComparison.Ordinal);
        var ticket = await page.Locator("#code-ticket").InputValueAsync();
        Assert.False(string.IsNullOrEmpty(ticket));
        await page.FillAsync("#otp", Totp.Later(secret));
        await page.ClickAsync("#verify-code");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });

        // The same ticket again, with a code never used: the ticket was spent by the sign-in.
        var replay = await browser.NewPageAsync();
        await PasswordStepAsync(replay, email);
        await replay.Locator("#code-ticket").EvaluateAsync("(input, value) => input.value = value", ticket);
        await replay.FillAsync("#otp", Totp.Later(secret, 2));
        await replay.ClickAsync("#verify-code");
        await Assertions.Expect(replay.Locator("#login-error")).ToHaveTextAsync(ImeiPortal.Security.AccountService.RefusedMessage);
    }

    private static async Task PasswordStepAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#otp")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_PartnerRequiresTwoFactorUserNotEnrolled_GoesToEnrolmentThenSignsInWithCode()
    {
        using var admin = await PortalApi.ClientAsAsync(browser.Portal, "admin@demo.imeiportal.test");
        var partner = await admin.PostAsJsonAsync("/api/partners", new { name = "Strict " + Guid.NewGuid().ToString("N")[..8] });
        Assert.True(partner.IsSuccessStatusCode, await partner.Content.ReadAsStringAsync());
        var partnerId = (await partner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await admin.PutAsJsonAsync($"/api/partners/{partnerId}/two-factor", new { required = true })).EnsureSuccessStatusCode();
        var email = await CreateUserAsync("strict", partnerId);

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => url.Contains("/Account/TwoFactor", StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#mfa-required")).ToBeVisibleAsync();

        await page.ClickAsync("#mfa-enroll");
        var secret = (await page.Locator("#mfa-secret").InnerTextAsync()).Trim();
        // The QR code is drawn from the very otpauth link the page offers (and so carries the key shown beside it).
        var otpauth = (await page.Locator("#mfa-otpauth").GetAttributeAsync("href"))!;
        Assert.Contains("secret=" + secret, otpauth, StringComparison.Ordinal);
        Assert.Equal(ImeiPortal.Features.Account.TwoFactorQr.PngDataUri(otpauth), await page.Locator("img#mfa-qr").GetAttributeAsync("src"));
        Assert.True(await page.Locator("img#mfa-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"));
        await page.FillAsync("#mfa-code", Totp.Code(secret));
        await page.ClickAsync("#mfa-verify");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await BrowserFixture.ScreenshotAsync(page, "two-factor-enrolled");

        await page.ClickAsync("#mfa-sign-in-again");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await page.FillAsync("#otp", Totp.Later(secret));
        await page.ClickAsync("#verify-code");
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
    }

    [Fact]
    public async Task Pages_PartnerRequiresTwoFactorUserNotEnrolled_EveryPageButEnrolmentAndSignOutSendsToEnrolment()
    {
        var partnerId = await StrictPartnerAsync(required: true);
        var email = await CreateUserAsync("gate", partnerId, "PartnerAdmin");

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => url.Contains(TwoFactorPath, StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });
        foreach (var path in new[] { "/", "/sims", "/users", "/api-keys", "/Account/ChangePassword" })
        {
            await page.GotoAsync(path);
            Assert.EndsWith(TwoFactorPath, page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#mfa-required")).ToBeVisibleAsync();
        }

        await page.ClickAsync("#mfa-sign-out");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync("/sims");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoFactorPage_TurnOff_RefusedWhilePartnerRequiresItThenTurnedOffAfterConfirmation()
    {
        var partnerId = await StrictPartnerAsync(required: false);
        var email = await CreateUserAsync("off", partnerId);
        using var user = await PortalApi.ClientAsAsync(browser.Portal, email);
        var secret = (await (await user.PostAsync("/api/account/mfa/enroll", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        (await user.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) })).EnsureSuccessStatusCode();
        using var admin = await PortalApi.ClientAsAsync(browser.Portal, "admin@demo.imeiportal.test");
        (await admin.PutAsJsonAsync($"/api/partners/{partnerId}/two-factor", new { required = true })).EnsureSuccessStatusCode();

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", RunningPortal.DemoPassword);
        await page.ClickAsync("#sign-in");
        await page.FillAsync("#otp", Totp.Later(secret));
        await page.ClickAsync("#verify-code");
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal), new() { Timeout = (float)BrowserFixture.SignInTimeout.TotalMilliseconds });

        await page.GotoAsync("/Account/TwoFactor");
        await page.ClickAsync("#mfa-disable");
        await Assertions.Expect(page.Locator("#mfa-disable-confirmation")).ToContainTextAsync("Turn off two-factor sign-in?");
        await page.ClickAsync("#mfa-disable-cancel");
        await Assertions.Expect(page.Locator("#mfa-disable-confirmation")).ToHaveCountAsync(0);
        await page.ClickAsync("#mfa-disable");
        await page.ClickAsync("#mfa-disable-confirm");
        await Assertions.Expect(page.Locator("#mfa-error")).ToHaveTextAsync(ImeiPortal.Features.Account.TwoFactorService.PartnerRequiresMessage);
        await Assertions.Expect(page.Locator("#mfa-on")).ToBeVisibleAsync();

        (await admin.PutAsJsonAsync($"/api/partners/{partnerId}/two-factor", new { required = false })).EnsureSuccessStatusCode();
        await page.ClickAsync("#mfa-disable-confirm");
        await Assertions.Expect(page.Locator("#mfa-off")).ToBeVisibleAsync();
        var login = await new HttpClient { BaseAddress = new Uri(browser.Portal.BaseUrl) }
            .PostAsJsonAsync("/api/auth/login", new { email, password = RunningPortal.DemoPassword });
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_ForgotPasswordMailedLink_SetsPasswordOnceThenSignsIn()
    {
        // A user of its own, not a demo user: the reset ends the user's sessions, which other tests' sign-ins rely on.
        var email = await CreateUserAsync("reset");
        const string NewPassword = "Reset!2026-portal-new";

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.ClickAsync("#forgot-password");
        // The sign-in form has an #email too: fill only once the forgot-password form has replaced it.
        await Assertions.Expect(page.Locator("#send-link")).ToBeVisibleAsync();
        await page.FillAsync("#email", email);
        await page.ClickAsync("#send-link");
        await Assertions.Expect(page.Locator("#forgot-sent")).ToBeVisibleAsync();

        var mail = await Mailbox.WaitForAsync(browser.Portal.MailFolder, email);
        var (link, _, _) = Mailbox.ResetLink(mail);
        // The mail names the configured public address; the page is the same on the test's portal.
        await page.GotoAsync(link.PathAndQuery);
        await page.FillAsync("#new", NewPassword);
        await page.FillAsync("#confirm", NewPassword + "x");
        await page.ClickAsync("#set-password");
        await Assertions.Expect(page.Locator("#confirm + .validation-message, .validation-message")).ToContainTextAsync("differ");

        await page.FillAsync("#new", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("#set-password");
        await Assertions.Expect(page.Locator("#reset-done")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "reset-password-done");

        // Used once: the same link is refused clearly.
        await page.GotoAsync(link.PathAndQuery);
        await page.FillAsync("#new", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("#set-password");
        await Assertions.Expect(page.Locator("#reset-invalid")).ToContainTextAsync("already used");

        await page.ClickAsync("#go-to-sign-in");
        await BrowserFixture.SignInAsync(page, email, NewPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
    }

    [Fact]
    public async Task ResetPassword_LinkWithoutToken_ShowsInvalidLink()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/reset-password?email=someone%40northwind.test");

        await Assertions.Expect(page.Locator("#reset-invalid")).ToContainTextAsync("invalid");
        await Assertions.Expect(page.Locator("#set-password")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ApiKeysPage_PartnerAdminCreatesKeyThenRevokesIt_KeyCallsTheApiUntilRevoked()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");
        await page.ClickAsync(".mud-nav-link-text:has-text('API keys')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("API keys");
        var name = "erp-" + Guid.NewGuid().ToString("N")[..8];

        await page.FillAsync("#api-key-name", name);
        await page.ClickAsync("#api-key-scopes");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "read" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#create-api-key");
        var key = await page.Locator("#api-key-secret").InputValueAsync();
        await BrowserFixture.ScreenshotAsync(page, "api-key-created");

        using var integration = new HttpClient { BaseAddress = new Uri(browser.Portal.BaseUrl) };
        integration.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await integration.GetAsync("/api/sims")).StatusCode);

        await page.ClickAsync("#api-key-done");
        await Assertions.Expect(page.Locator("#api-key-secret")).ToHaveCountAsync(0);
        var row = page.Locator("#api-keys-grid tr", new() { HasText = name });
        await row.Locator("button", new() { HasText = "Revoke" }).ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasText = "Revoke" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await integration.GetAsync("/api/sims")).StatusCode);
    }

    private const string TwoFactorPath = ImeiPortal.Components.Pages.Account.TwoFactorSetup.RequiredPath;

    private async Task<int> StrictPartnerAsync(bool required)
    {
        using var admin = await PortalApi.ClientAsAsync(browser.Portal, "admin@demo.imeiportal.test");
        var partner = await admin.PostAsJsonAsync("/api/partners", new { name = "Strict " + Guid.NewGuid().ToString("N")[..8] });
        Assert.True(partner.IsSuccessStatusCode, await partner.Content.ReadAsStringAsync());
        var partnerId = (await partner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await admin.PutAsJsonAsync($"/api/partners/{partnerId}/two-factor", new { required })).EnsureSuccessStatusCode();
        return partnerId;
    }

    private async Task<string> CreateUserAsync(string prefix, int? partnerId = null, string role = "PartnerUser")
    {
        using var admin = await PortalApi.ClientAsAsync(browser.Portal, "admin@demo.imeiportal.test");
        var partners = await admin.GetFromJsonAsync<JsonElement>("/api/partners");
        partnerId ??= partners.EnumerateArray().First(p => p.GetProperty("name").GetString() == "Northwind IoT").GetProperty("id").GetInt32();
        var email = $"{prefix}.{Guid.NewGuid():N}"[..20] + "@northwind.test";
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = RunningPortal.DemoPassword, roles = new[] { role }, partnerId });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return email;
    }
}
