using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Api;

/// <summary>The app behind a proxy at <see cref="ProxyAddress"/>; the test server has no peer address, so one is set.</summary>
public class ProxiedPortalFactory : PortalFactory
{
    public const string ProxyAddress = "10.0.0.5";

    /// <summary>A request with this header comes from that address instead of the proxy.</summary>
    public const string PeerHeader = "X-Test-Peer";

    protected virtual bool ForwardingEnabled => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ForwardedHeaders:Enabled"] = ForwardingEnabled ? "true" : "false",
        ["ForwardedHeaders:KnownProxies:0"] = ProxyAddress,
        ["RateLimiting:LoginPerMinute"] = "2",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddress>());
    }

    public HttpClient Client() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example") });

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate rest) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? ProxyAddress);
                return rest(context);
            });
            next(app);
        };
    }
}

public sealed class ForwardingOffPortalFactory : ProxiedPortalFactory
{
    protected override bool ForwardingEnabled => false;
}

internal static partial class ProxyRequests
{
    /// <summary>Signs in through the page's form, as a browser behind the proxy would, and returns the answer to the post.</summary>
    public static async Task<HttpResponseMessage> SignInThroughPageAsync(HttpClient client, Action<HttpRequestMessage> viaProxy)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        viaProxy(get);
        var page = await (await client.SendAsync(get)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = PortalFactory.AdminEmail,
                ["Input.Password"] = PortalFactory.Password,
            }),
        };
        viaProxy(post);
        return await client.SendAsync(post);
    }

    public static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith("ImeiPortal.Auth=", StringComparison.Ordinal)) : null;

    public static async Task<HttpStatusCode> ApiLoginFromAsync(HttpClient client, string forwardedFor, string? peer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = "nobody@x.test", password = "whatever1" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (peer is not null)
        {
            request.Headers.Add(ProxiedPortalFactory.PeerHeader, peer);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class ForwardedHeadersTests(ProxiedPortalFactory fixture) : IClassFixture<ProxiedPortalFactory>
{
    private static void ViaTlsProxy(HttpRequestMessage request) => request.Headers.Add("X-Forwarded-Proto", "https");

    [Fact]
    public async Task SignIn_ForwardedProtoHttpsFromKnownProxy_SetsSecureAuthCookie()
    {
        var response = await ProxyRequests.SignInThroughPageAsync(fixture.Client(), ViaTlsProxy);

        var cookie = ProxyRequests.AuthCookie(response);
        Assert.True(cookie is not null, $"No auth cookie: {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_ForwardedProtoHttpsFromKnownProxy_SendsHsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        ViaTlsProxy(request);

        var response = await fixture.Client().SendAsync(request);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Page_ForwardedProtoFromUnknownPeer_IsIgnored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        ViaTlsProxy(request);
        request.Headers.Add(ProxiedPortalFactory.PeerHeader, "192.0.2.77");

        var response = await fixture.Client().SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Login_ForwardedForFromKnownProxy_GivesEachClientItsOwnRateLimit()
    {
        var client = fixture.Client();
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await ProxyRequests.ApiLoginFromAsync(client, "203.0.113.1"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, await ProxyRequests.ApiLoginFromAsync(client, "203.0.113.2"));
    }
}

public sealed class ForwardedHeadersOffTests(ForwardingOffPortalFactory fixture) : IClassFixture<ForwardingOffPortalFactory>
{
    private static void ViaTlsProxy(HttpRequestMessage request) => request.Headers.Add("X-Forwarded-Proto", "https");

    [Fact]
    public async Task SignIn_ForwardingOff_IgnoresForwardedProto()
    {
        var response = await ProxyRequests.SignInThroughPageAsync(fixture.Client(), ViaTlsProxy);

        var cookie = ProxyRequests.AuthCookie(response);
        Assert.NotNull(cookie);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        ViaTlsProxy(request);
        Assert.False((await fixture.Client().SendAsync(request)).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Login_ForwardingOff_IgnoresForwardedFor()
    {
        var client = fixture.Client();
        for (var i = 0; i < 3; i++)
        {
            await ProxyRequests.ApiLoginFromAsync(client, "203.0.113.1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ProxyRequests.ApiLoginFromAsync(client, "203.0.113.2"));
    }
}

public sealed class ForwardedHeadersSettingsTests
{
    [Fact]
    public void Start_EnabledWithoutProxiesOrNetworks_FailsNamingTheSettings()
    {
        using var factory = new ConfiguredPortalFactory(new Dictionary<string, string?> { ["ForwardedHeaders:Enabled"] = "true" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("portal.example; admin.portal.example", new[] { "portal.example", "admin.portal.example" })]
    [InlineData("*", new string[0])]
    public void Options_AllowedHosts_LimitTheForwardedHostUnlessAny(string allowedHosts, string[] expected)
    {
        using var factory = new ConfiguredPortalFactory(new Dictionary<string, string?>
        {
            ["AllowedHosts"] = allowedHosts,
            ["ForwardedHeaders:Enabled"] = "true",
            ["ForwardedHeaders:KnownProxies:0"] = ProxiedPortalFactory.ProxyAddress,
            ["ForwardedHeaders:ForwardHost"] = "true",
        });

        var options = factory.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal(expected, options.AllowedHosts);
    }
}
