using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_UnderTheContentSecurityPolicy_WorkWithoutViolations()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.user@northwind.test");
        await Assertions.Expect(page.Locator("#chart-imei-status .mud-chart-bar").First).ToBeVisibleAsync();

        await BrowserFixture.GoToAsync(page, "/sims?imeiStatus=Differed");
        await page.Locator("#sims-grid a.sim-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/sims/", StringComparison.Ordinal));
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToBeVisibleAsync();
        await BrowserFixture.GoToAsync(page, "/alarms");
        await BrowserFixture.GoToAsync(page, "/notifications");

        var response = await page.GotoAsync("/");
        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await BrowserFixture.WaitForCircuitAsync(page);
        var messages = BrowserFixture.ConsoleMessages(page);
        Assert.DoesNotContain(messages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(messages, m => m.StartsWith("pageerror", StringComparison.Ordinal));
    }
}
