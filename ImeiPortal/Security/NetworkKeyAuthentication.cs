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
        // The bootstrap key (Network:ApiKey) or an API key with the feed scope, as X-Network-Key or X-Api-Key; any other
        // API key is in the wrong place (403).
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme, ApiKeyAuthentication.Scheme).RequireAuthenticatedUser()
                .RequireAssertion(context => !ApiKeyPermissions.IsApiKey(context.User)
                    || ApiKeyPermissions.ScopesOf(context.User).HasFlag(Domain.Accounts.ApiKeyScopes.Feed)));
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

internal sealed class NetworkKeyHandler(IOptionsMonitor<NetworkKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyLookup keys)
    : AuthenticationHandler<NetworkKeyOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(NetworkKeyAuthentication.Header, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (NetworkKeyAuthentication.Identify(presented.ToString(), Options.ApiKey) is { } name)
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], NetworkKeyAuthentication.Scheme);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), NetworkKeyAuthentication.Scheme));
        }

        // Feed keys are API keys with the feed scope: several at once, so one can be replaced while the other still works.
        if (!string.IsNullOrEmpty(presented.ToString()) && await keys.FindAsync(presented.ToString(), Context.RequestAborted) is ({ } key, _)
            && key.Scopes.HasFlag(Domain.Accounts.ApiKeyScopes.Feed))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyAuthentication.PrincipalFor(key, NetworkKeyAuthentication.Scheme), NetworkKeyAuthentication.Scheme));
        }

        return AuthenticateResult.Fail($"The {NetworkKeyAuthentication.Header} header does not match a configured key or a valid feed key.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Response.HasStarted
        ? Task.CompletedTask
        : HttpProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            $"A valid {NetworkKeyAuthentication.Header} (or {ApiKeyAuthentication.Header} with the feed scope) header is required for the network feed.");
}
