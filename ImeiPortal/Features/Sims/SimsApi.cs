namespace ImeiPortal.Features.Sims;

public static class SimsApi
{
    public static void MapPortalSimsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sims").WithTags("SIMs");
        group.MapPost("/", async (CreateSimRequest request, SimService sims, CancellationToken ct) =>
        {
            var sim = await sims.CreateAsync(request, ct);
            return Results.Created($"/api/sims/{sim.Iccid}", sim);
        });
        group.MapPost("/bulk", (List<CreateSimRequest> requests, SimService sims, CancellationToken ct) => sims.CreateManyAsync(requests, ct));
        group.MapGet("/", ([AsParameters] SimQuery query, SimService sims, CancellationToken ct) => sims.ListAsync(query, ct));
        group.MapGet("/{iccid}", (string iccid, SimService sims, CancellationToken ct) => sims.GetAsync(iccid, ct));
        group.MapGet("/{iccid}/details", (string iccid, SimService sims, CancellationToken ct) => sims.GetDetailsAsync(iccid, ct));
        group.MapPut("/{iccid}/customer", (string iccid, AssignCustomerRequest request, SimService sims, CancellationToken ct) =>
            sims.AssignCustomerAsync(iccid, request, ct));
    }
}
