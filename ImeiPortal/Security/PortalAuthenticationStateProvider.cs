using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using ImeiPortal.Data;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// Re-checks a circuit's user every few seconds (<c>Security:RevalidationSeconds</c>, the cookie's interval too): a
/// user deactivated, demoted or whose password changed loses open pages within seconds, and the page goes to sign-in.
/// </summary>
internal sealed class PortalAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IUserStateLookup users,
    IOptions<IdentityOptions> options,
    IOptions<SecurityStampValidatorOptions> interval)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval.Value.ValidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        SecurityStamps.IsCurrentAsync(users, options.Value, authenticationState.User, cancellationToken);
}
