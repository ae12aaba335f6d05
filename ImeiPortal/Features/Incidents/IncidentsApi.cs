namespace ImeiPortal.Features.Incidents;

public static class IncidentsApi
{
    public static void MapPortalIncidentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents");
        group.MapGet("/", static ([AsParameters] IncidentQuery query, IncidentService incidents, CancellationToken ct) => incidents.ListAsync(query, ct));
    }
}
