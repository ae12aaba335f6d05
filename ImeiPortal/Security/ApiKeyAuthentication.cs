using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using ImeiPortal.Data;
using ImeiPortal.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// Integrations authenticate with an API key in <c>X-Api-Key</c>. The key becomes a principal of the key's tenant with
/// the admin role of that level, narrowed by the key's scopes (<see cref="ApiKeyPermissions"/>), so the services' tenancy
/// and role checks apply to keys exactly as to users. The key is looked up on every call, never cached: a revocation
/// holds from the very next call.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>A key's actor id in the journal and on orders: <c>apikey:&lt;id&gt;</c>.</summary>
    public const string ActorPrefix = "apikey:";

    public const string ScopeClaim = "imeiportal:scope";

    /// <summary>How stale <c>lastUsedAt</c> may get: a busy feed key would otherwise write its row on every call.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    private const string KeyPrefix = "ipk_";

    public static WebApplicationBuilder AddApiKeyAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(Scheme, _ => { });
        builder.Services.AddScoped<ApiKeyLookup>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiKeyScopeRefusals>();
        return builder;
    }

    /// <summary>A new key (256 bits from the CSPRNG, base64url) and what is stored of it.</summary>
    public static (string Key, string Hash, string Prefix) NewKey()
    {
        var key = KeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (key, Hash(key), key[..(KeyPrefix.Length + 6)]);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string ActorName(string keyName) => "api-key:" + keyName;

    /// <summary>The principal a key acts as: its tenant, the admin role of its level, its scopes.</summary>
    public static ClaimsPrincipal PrincipalFor(ApiKey key, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(key);
        var role = key.CustomerId is not null ? Roles.CustomerAdmin : key.PartnerId is not null ? Roles.PartnerAdmin : Roles.Admin;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, ActorPrefix + key.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, ActorName(key.Name)),
            new(ClaimTypes.Role, role),
        };
        if (key.PartnerId is { } partnerId)
        {
            claims.Add(new Claim(PortalClaims.PartnerId, partnerId.ToString(CultureInfo.InvariantCulture)));
        }

        if (key.CustomerId is { } customerId)
        {
            claims.Add(new Claim(PortalClaims.CustomerId, customerId.ToString(CultureInfo.InvariantCulture)));
        }

        claims.AddRange(ApiKeyPermissions.Names(key.Scopes).Select(s => new Claim(ScopeClaim, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}

/// <summary>The one table of what each scope opens, beside the role matrix it narrows.</summary>
public static class ApiKeyPermissions
{
    private static readonly Dictionary<ApiKeyScopes, Permission[]> Grants = new()
    {
        [ApiKeyScopes.Read] = [],
        [ApiKeyScopes.Orders] = [Permission.PlaceLifecycleOrders, Permission.ChangeImeiStatus, Permission.Unbar],
        [ApiKeyScopes.Alarms] = [Permission.ManageAlarms],
        [ApiKeyScopes.Feed] = [],
    };

    /// <summary>The scopes by their API names (<c>read</c>, <c>orders</c>, <c>alarms</c>, <c>feed</c>).</summary>
    public static IReadOnlyList<string> Names(ApiKeyScopes scopes) =>
        [.. Grants.Keys.Where(s => scopes.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant())];

    public static ApiKeyScopes? Parse(string? name) =>
        Grants.Keys.Where(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase)).Select(s => (ApiKeyScopes?)s).FirstOrDefault();

    public static bool IsApiKey(ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier)?.StartsWith(ApiKeyAuthentication.ActorPrefix, StringComparison.Ordinal) == true;

    public static ApiKeyScopes ScopesOf(ClaimsPrincipal principal) =>
        principal.FindAll(ApiKeyAuthentication.ScopeClaim).Select(c => Parse(c.Value) ?? ApiKeyScopes.None).Aggregate(ApiKeyScopes.None, (a, b) => a | b);

    /// <summary>Users are limited by their roles only; a key also by its scopes.</summary>
    public static bool Allows(ClaimsPrincipal principal, Permission permission) =>
        !IsApiKey(principal) || Grants.Any(g => ScopesOf(principal).HasFlag(g.Key) && g.Value.Contains(permission));
}

/// <summary>Finds a usable key by its hash, and notes its use at most once per <see cref="ApiKeyAuthentication.LastUseResolution"/>.</summary>
public sealed class ApiKeyLookup(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<(ApiKey? Key, string? Refusal)> FindAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = ApiKeyAuthentication.Hash(presented);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null)
        {
            return (null, "The API key is not known.");
        }

        if (!key.IsUsableAt(now))
        {
            return (null, key.RevokedAt is not null ? "The API key was revoked." : "The API key has expired.");
        }

        var stale = now - ApiKeyAuthentication.LastUseResolution;
        if (key.LastUsedAt is null || key.LastUsedAt < stale)
        {
            // Bookkeeping, not a change: written around the journal (which would otherwise note every use).
            await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < stale))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return (key, null);
    }
}

internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyLookup keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthentication.Header, out var presented) || string.IsNullOrEmpty(presented.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var (key, refusal) = await keys.FindAsync(presented.ToString(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail(refusal!);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyAuthentication.PrincipalFor(key, ApiKeyAuthentication.Scheme), ApiKeyAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Another scheme of the policy may already have answered (the feed's key, for one).
        if (Response.HasStarted)
        {
            return;
        }

        var result = await HandleAuthenticateOnceAsync();
        if (result.Failure is { } failure)
        {
            await HttpProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized", failure.Message);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
    }
}

/// <summary>
/// Says why an API key was refused before any endpoint ran (a read without the read scope, the feed without the feed
/// scope); everything else is answered as the framework does.
/// </summary>
internal sealed class ApiKeyScopeRefusals : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, Microsoft.AspNetCore.Authorization.AuthorizationPolicy policy,
        Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && ApiKeyPermissions.IsApiKey(context.User))
        {
            var scopes = ApiKeyPermissions.Names(ApiKeyPermissions.ScopesOf(context.User));
            var needed = context.Request.Path.StartsWithSegments("/api/network") ? "feed" : "read";
            return HttpProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                $"This API key's scopes ({string.Join(", ", scopes)}) do not include '{needed}', which this call needs.");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
