using System.Security.Claims;
using ImeiPortal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Security;

/// <summary>
/// A partner may require two-factor sign-in of its users and its customers' users. One who has not enrolled yet gets a
/// claim at sign-in (and at every revalidation of the cookie), so pages can send them to enrolment without a query.
/// </summary>
public static class TwoFactorEnrolment
{
    public const string PendingClaim = "imeiportal:mfa-enrolment-pending";

    public static async Task<bool> IsRequiredByPartnerAsync(IDbContextFactory<PortalDbContext> dbFactory, PortalUser user, CancellationToken cancellationToken = default)
    {
        if (user.PartnerId is not { } partnerId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Partners.AnyAsync(p => p.Id == partnerId && p.TwoFactorRequired, cancellationToken);
    }

    public static async Task<bool> IsPendingAsync(IDbContextFactory<PortalDbContext> dbFactory, PortalUser user) =>
        !user.TwoFactorEnabled && await IsRequiredByPartnerAsync(dbFactory, user);

    public static bool IsPending(ClaimsPrincipal user) => user.HasClaim(c => c.Type == PendingClaim);

    /// <summary>
    /// Turns a user's two-factor sign-in off: the recovery codes go and the authenticator key is replaced by one never
    /// shown, so the old app's codes stop working; the new stamp ends the user's sessions and tokens. A user who only
    /// started an enrolment loses the unverified key, and keeps their sessions (it protected nothing).
    /// </summary>
    public static async Task<IdentityResult> TurnOffAsync(UserManager<PortalUser> userManager, IUserStore<PortalUser> store, PortalUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userManager);
        if (!user.TwoFactorEnabled)
        {
            if (await userManager.GetAuthenticatorKeyAsync(user) is null)
            {
                return IdentityResult.Success;
            }

            await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, null!, cancellationToken);
            return await userManager.UpdateAsync(user);
        }

        await ((IUserTwoFactorRecoveryCodeStore<PortalUser>)store).ReplaceCodesAsync(user, [], cancellationToken);
        var off = await userManager.SetTwoFactorEnabledAsync(user, false);
        return off.Succeeded ? await userManager.ResetAuthenticatorKeyAsync(user) : off;
    }
}
