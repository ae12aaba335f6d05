using ImeiPortal.Security;

namespace ImeiPortal.Features.Network;

public static class NetworkApi
{
    /// <summary>
    /// The network feed's endpoints, in one group: the feed's key scheme (checked before any body is read), rate limited,
    /// no user token.
    /// </summary>
    public static void MapPortalNetworkApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/network")
            .RequireAuthorization(NetworkKeyAuthentication.Policy)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.NetworkFeed)
            .WithTags("Network");
        group.MapPost("/detections", static (List<DetectionInput> items, NetworkService network, CancellationToken ct) => network.IngestAsync(items, ct));
        // Data sessions only: voice and SMS are not governed by the IMEI lock.
        group.MapPost("/authorize", static (AuthorizeRequest request, SessionAuthorizer sessions, CancellationToken ct) => sessions.AuthorizeAsync(request, ct));
        group.MapPost("/usage", static (List<UsageItem?>? items, UsageService usage, CancellationToken ct) => usage.IngestAsync(items, ct));
    }
}
