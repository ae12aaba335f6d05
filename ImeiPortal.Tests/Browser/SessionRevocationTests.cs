using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>An open page of a user whom an admin demotes or deactivates goes to sign-in within seconds.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SessionRevocationTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("demote")]
    [InlineData("deactivate")]
    public async Task OpenUsersPage_AdminDemotesOrDeactivatesTheUser_PageGoesToSignIn(string change)
    {
        var admin = await PortalApi.ClientAsAsync(browser.Portal, "admin@demo.imeiportal.test");
        var partners = await admin.GetFromJsonAsync<JsonElement>("/api/partners");
        var northwind = partners.EnumerateArray().First(p => p.GetProperty("name").GetString() == "Northwind IoT").GetProperty("id").GetInt32();
        var email = $"revoked.{Guid.NewGuid():N}"[..20] + "@northwind.test";
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = RunningPortal.DemoPassword, roles = new[] { "PartnerAdmin" }, partnerId = northwind });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await BrowserFixture.GoToAsync(page, "/users");
        await Assertions.Expect(page.Locator("#create-user")).ToBeVisibleAsync();

        var update = change == "demote" ? (object)new { roles = new[] { "PartnerReadOnly" } } : new { active = false };
        (await admin.PutAsJsonAsync($"/api/users/{id}", update)).EnsureSuccessStatusCode();

        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal), new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
    }
}
