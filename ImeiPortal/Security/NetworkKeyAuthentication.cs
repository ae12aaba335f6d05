using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// The network feed authenticates with a shared key in <c>X-Network-Key</c>, not a user token: it is a machine, and it
/// must keep working when users and passwords change. As an authentication scheme it is checked by the authorization
/// middleware, before the endpoint reads its body: a call without a valid key is 401 whatever it carries.
/// </summary>
public static class NetworkKeyAuthentication
{
    public const string Scheme = "NetworkKey";
    public const string Policy = "NetworkFeed";
    public const string Header = "X-Network-Key";

    /// <summary>The configured key's name: the caller's identity, so the rate limit counts the key, not what a caller typed.</summary>
    public const string KeyName = Section + ":" + nameof(NetworkKeyOptions.ApiKey);

    private const string Section = "Network";

    public static WebApplicationBuilder AddNetworkKeyAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthentication().AddScheme<NetworkKeyOptions, NetworkKeyHandler>(Scheme, _ => { });
        // The key sits in the feed's section (Network:ApiKey); bound here, so Security needs nothing from Features/Network.
        builder.Services.AddOptions<NetworkKeyOptions>(Scheme).BindConfiguration(Section);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>The key the feed must present, as configured (none: the feed is closed).</summary>
    public static string? ConfiguredKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<IOptionsMonitor<NetworkKeyOptions>>().Get(Scheme).ApiKey;
    }

    /// <summary>
    /// The name of the key <paramref name="presented"/> matches, or null. Compared as SHA-256 digests in constant time, so
    /// neither the content nor the length of the configured key leaks through timing. No configured key means the feed
    /// is closed, never open.
    /// </summary>
    public static string? Identify(string? presented, string? configured)
    {
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var match = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        return match ? KeyName : null;
    }
}

public sealed class NetworkKeyOptions : AuthenticationSchemeOptions
{
    public string? ApiKey { get; set; }
}

internal sealed class NetworkKeyHandler(IOptionsMonitor<NetworkKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<NetworkKeyOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(NetworkKeyAuthentication.Header, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (NetworkKeyAuthentication.Identify(presented.ToString(), Options.ApiKey) is not { } name)
        {
            return Task.FromResult(AuthenticateResult.Fail($"The {NetworkKeyAuthentication.Header} header does not match a configured key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], NetworkKeyAuthentication.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), NetworkKeyAuthentication.Scheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        HttpProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            $"A valid {NetworkKeyAuthentication.Header} header is required for the network feed.");
}
