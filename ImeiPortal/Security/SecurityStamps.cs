using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using ImeiPortal.Data;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// The one check behind cookies, bearer tokens and open pages: the principal's user still exists, is active and
/// carries the security stamp its row has now. Deactivation, a role change and a password change renew the stamp.
/// </summary>
internal static class SecurityStamps
{
    private const string BearerPrefix = "Bearer ";

    /// <remarks>
    /// Every API call with a bearer token asks this. UserManager's FindByIdAsync (a tracked Find behind a dozen services
    /// resolved per request) was a third of a SIM list request's CPU, and the two columns in a compiled EF query still
    /// about a tenth (bench/README.md, 2026-12-02): the store's prepared look-up answers it now.
    /// </remarks>
    public static async Task<bool> IsCurrentAsync(IUserStateLookup users, IdentityOptions options, ClaimsPrincipal principal,
        CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(options.ClaimsIdentity.UserIdClaimType) is not { } userId)
        {
            return false;
        }

        if (await users.FindAsync(userId, cancellationToken) is not { IsActive: true } state)
        {
            return false;
        }

        // Identity's store always keeps a stamp; a principal without one predates it or was made by hand.
        var principalStamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp is not null && principalStamp == state.SecurityStamp;
    }

    /// <summary>
    /// Bearer tokens are self-contained and would otherwise live to their expiry: each request's token is checked
    /// against the user row once (the handler caches its result for the request, never longer), so the next call
    /// after a deactivation, role change or password change is 401.
    /// </summary>
    /// <remarks>
    /// A token that passes is the request's result from here, so the handler does not decrypt it a second time; it is
    /// then checked for its expiry as the handler would have.
    /// </remarks>
    public static async Task RejectStaleTokenAsync(MessageReceivedContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        // The handler reads the same token we checked.
        context.Token = token;
        var ticket = context.Options.BearerTokenProtector.Unprotect(token);
        if (ticket?.Properties.ExpiresUtc is not { } expiresAt)
        {
            // Forged, damaged or without an expiry: the handler refuses it itself.
            return;
        }

        if ((context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow() >= expiresAt)
        {
            context.Fail("The token has expired.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        if (!await IsCurrentAsync(services.GetRequiredService<IUserStateLookup>(), options, ticket.Principal, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's user was deactivated or changed since the token was issued.");
            return;
        }

        context.Principal = ticket.Principal;
        context.Properties = ticket.Properties;
        context.Success();
    }
}
