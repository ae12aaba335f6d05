using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// The one check behind cookies, bearer tokens and open pages: the principal's user still exists, is active and
/// carries the security stamp its row has now. Deactivation, a role change and a password change renew the stamp.
/// </summary>
internal static class SecurityStamps
{
    private const string BearerPrefix = "Bearer ";

    public static async Task<bool> IsCurrentAsync(UserManager<PortalUser> userManager, IdentityOptions options, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || !user.IsActive)
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp is not null && principalStamp == await userManager.GetSecurityStampAsync(user);
    }

    /// <summary>
    /// Bearer tokens are self-contained and would otherwise live to their expiry: each request's token is checked
    /// against the user row once (the handler caches its result for the request, never longer), so the next call
    /// after a deactivation, role change or password change is 401.
    /// </summary>
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
        if (ticket is null)
        {
            // Forged or damaged: the handler refuses it itself.
            return;
        }

        var services = context.HttpContext.RequestServices;
        var userManager = services.GetRequiredService<UserManager<PortalUser>>();
        var options = services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        if (!await IsCurrentAsync(userManager, options, ticket.Principal))
        {
            context.Fail("The token's user was deactivated or changed since the token was issued.");
        }
    }
}
