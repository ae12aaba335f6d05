using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Sims;

public static class SimsApi
{
    public static void MapPortalSimsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sims").WithTags("SIMs");
        group.MapPost("/", CreateAsync);
        group.MapPost("/bulk", static (List<CreateSimRequest> requests, SimService sims, CancellationToken ct) => sims.CreateManyAsync(requests, ct));
        group.MapGet("/", static ([AsParameters] SimQuery query, SimService sims, CancellationToken ct) => sims.ListAsync(query, ct));
        group.MapGet("/{iccid}", static (string iccid, SimService sims, CancellationToken ct) => sims.GetAsync(iccid, ct));
        group.MapGet("/{iccid}/details", static (string iccid, SimService sims, CancellationToken ct) => sims.GetDetailsAsync(iccid, ct));
        group.MapPut("/{iccid}/customer", static (string iccid, AssignCustomerRequest request, SimService sims, CancellationToken ct) =>
            sims.AssignCustomerAsync(iccid, request, ct));
        group.MapPut("/{iccid}/lock", static (string iccid, ChangeLockRequest request, SimService sims, CancellationToken ct) =>
            sims.ChangeLockAsync(iccid, request, ct));
        group.MapGet("/{iccid}/device-swap", static (string iccid, int? maxAgeHours, SimService sims, CancellationToken ct) =>
            sims.CheckDeviceSwapAsync(iccid, maxAgeHours, ct));
    }

    private static async Task<Created<SimDto>> CreateAsync(CreateSimRequest request, SimService sims, CancellationToken ct)
    {
        var sim = await sims.CreateAsync(request, ct);
        return TypedResults.Created($"/api/sims/{sim.Iccid}", sim);
    }
}
