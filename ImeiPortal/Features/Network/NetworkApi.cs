namespace ImeiPortal.Features.Network;

public static class NetworkApi
{
    public static void MapPortalNetworkApi(this WebApplication app)
    {
        var group = NetworkFeed.MapNetworkGroup(app);
        group.MapPost("/detections", (List<DetectionInput> items, NetworkService network, CancellationToken ct) => network.IngestAsync(items, ct));
        // Data sessions only: voice and SMS are not governed by the IMEI lock.
        group.MapPost("/authorize", (AuthorizeRequest request, NetworkService network, CancellationToken ct) => network.AuthorizeAsync(request, ct));
    }
}
