using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NotFoundPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Get_UnknownUrl_Answers404WithTheBrandedPageInsideTheLayout()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#not-found h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(page.Locator("#not-found-path")).ToHaveTextAsync("/no-such-page");
        await Assertions.Expect(page.Locator(".portal-header")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".portal-nav")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "not-found");

        await page.ClickAsync("#not-found-home");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(page.Locator("#not-found")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Navigate_UnknownLinkInsideTheCircuit_ShowsTheBrandedPage()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.admin@northwind.test");

        // Blazor's own navigation (no new request): the router's NotFoundPage renders it.
        await page.EvaluateAsync("() => Blazor.navigateTo('/sims-typo')");

        await Assertions.Expect(page.Locator("#not-found h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(page.Locator("#not-found-path")).ToHaveTextAsync("/sims-typo");
    }
}
