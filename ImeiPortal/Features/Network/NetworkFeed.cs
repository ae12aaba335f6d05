using ImeiPortal.Security;

namespace ImeiPortal.Features.Network;

public static class NetworkFeed
{
    /// <summary>
    /// The group every network endpoint lives in: the feed's key scheme (checked before any body is read), rate limited,
    /// no user token.
    /// </summary>
    public static RouteGroupBuilder MapNetworkGroup(WebApplication app) =>
        app.MapGroup("/api/network")
            .RequireAuthorization(NetworkKeyAuthentication.Policy)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.NetworkFeed)
            .WithTags("Network");
}
