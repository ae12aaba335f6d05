using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using ImeiPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// The one check behind cookies, bearer tokens and open pages: the principal's user still exists, is active and
/// carries the security stamp its row has now. Deactivation, a role change and a password change renew the stamp.
/// </summary>
internal static class SecurityStamps
{
    private const string BearerPrefix = "Bearer ";

    // Every API call with a bearer token asks this. UserManager's FindByIdAsync (a tracked Find that builds its lambda per
    // call, behind a dozen services resolved per request) was a third of a SIM list request's CPU (bench/README.md,
    // 2026-12-02); the two columns the check needs, untracked, in a query compiled once, are what it takes.
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<UserState?>> ReadState =
        EF.CompileAsyncQuery((PortalDbContext db, string id, CancellationToken cancellationToken) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new UserState(u.IsActive, u.SecurityStamp)).FirstOrDefault());

    public static async Task<bool> IsCurrentAsync(IDbContextFactory<PortalDbContext> dbFactory, IdentityOptions options, ClaimsPrincipal principal,
        CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(options.ClaimsIdentity.UserIdClaimType) is not { } userId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await ReadState(db, userId, cancellationToken);
        if (state is null || !state.IsActive)
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
        var options = services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        if (!await IsCurrentAsync(services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), options, ticket.Principal, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's user was deactivated or changed since the token was issued.");
        }
    }

    private sealed record UserState(bool IsActive, string? SecurityStamp);
}
