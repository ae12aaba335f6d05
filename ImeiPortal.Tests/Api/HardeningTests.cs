using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Api;

public sealed class HardeningTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OversizedBody_Returns413Problem()
    {
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        var huge = "{\"name\":\"" + new string('x', 5 * 1024 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/partners", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task MalformedJson_Returns400ProblemWithDetail()
    {
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/partners", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/customers?pageSize=501")]
    [InlineData("/api/customers?pageSize=0")]
    [InlineData("/api/customers?page=0")]
    [InlineData("/api/users?pageSize=100000")]
    public async Task PagingOutOfBounds_Returns400(string path)
    {
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task NotANumber_InRouteOrQuery_IsAClear400OrNotFound()
    {
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/customers/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/customers?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await fixture.CreateClient().GetAsync("/Account/Login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task LoginForm_WithoutAntiforgeryToken_IsRejected()
    {
        var client = fixture.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = PortalFactory.AdminEmail,
            ["Input.Password"] = PortalFactory.Password,
        });
        var response = await client.PostAsync("/Account/Login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ImeiPortal.Auth", StringComparison.Ordinal)));
    }
}

public sealed class HardeningHeaderTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    private HttpClient NoRedirects() => fixture.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Page_CarriesContentSecurityPolicy()
    {
        var response = await fixture.CreateClient().GetAsync("/Account/Login");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task OpenApi_AnonymousOutsideDevelopment_IsRefused()
    {
        var response = await NoRedirects().GetAsync("/openapi/v1.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_SignedInWithBearerOrCookie_IsServed()
    {
        var bearer = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/openapi/v1.json")).StatusCode);

        var browser = NoRedirects();
        var signIn = await ProxyRequests.SignInThroughPageAsync(browser, _ => { });
        Assert.NotNull(ProxyRequests.AuthCookie(signIn));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/sims")]
    [InlineData("POST", "/Account/Logout")]
    [InlineData("GET", "/Account/Logout")]
    [InlineData("GET", "/sims", "evil.example:80")]
    public async Task Redirect_ForeignHostHeader_IsNotEchoed(string method, string path, string host = "evil.example")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = host;

        var response = await NoRedirects().SendAsync(request);

        if (response.Headers.Location is { } location)
        {
            Assert.DoesNotContain("evil.example", location.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Redirect_SignedInLogoutAndSignIn_WithForeignHostHeader_StayLocal()
    {
        var client = NoRedirects();
        var signIn = await ProxyRequests.SignInThroughPageAsync(client, r => r.Headers.Host = "evil.example");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("evil.example", signIn.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout");
        logout.Headers.Host = "evil.example";
        var response = await client.SendAsync(logout);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_TokenResponse_IsNotCached()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }
}
