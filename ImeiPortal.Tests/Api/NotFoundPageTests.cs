using System.Net;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>
/// An unknown page answers 404 with the branded page in its body (the status code pages re-execute to /not-found on the
/// app itself; inside a UseWhen branch the re-executed request was never routed and the body was empty), while the API
/// and asset paths keep their own 404s.
/// </summary>
public sealed class NotFoundPageTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_UnknownPage_Answers404WithTheBrandedPageNamingTheAddress()
    {
        var client = fixture.CreateClient();

        var response = await client.GetAsync("/no-such-page?x=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/no-such-page?x=1", html, StringComparison.Ordinal);
        Assert.Contains("id=\"not-found-home\"", html, StringComparison.Ordinal);
        Assert.Contains("portal-header", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownApiRoute_KeepsTheProblemDetails()
    {
        var response = await fixture.CreateClient().GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/brand/no-such-logo.svg")]
    [InlineData("/_framework/no-such.js")]
    public async Task Get_UnknownAsset_IsAPlain404(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_UnknownPage_IsNotReExecutedIntoThePage()
    {
        var response = await fixture.CreateClient().PostAsync("/no-such-page", new StringContent(""));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
