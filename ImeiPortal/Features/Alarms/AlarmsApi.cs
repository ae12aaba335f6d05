using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Alarms;

public static class AlarmsApi
{
    public static void MapPortalAlarmsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/alarms").WithTags("Alarms");
        group.MapGet("/", static ([AsParameters] AlarmQuery query, AlarmService alarms, CancellationToken ct) => alarms.ListAsync(query, ct));
        group.MapGet("/{id:int}", static (int id, AlarmService alarms, CancellationToken ct) => alarms.GetAsync(id, ct));
        group.MapPost("/", CreateAsync);
        group.MapPost("/dry-run", static (AlarmDryRunRequest request, AlarmDryRunService dryRun, CancellationToken ct) => dryRun.RunAsync(request, ct));
        group.MapPut("/{id:int}", static (int id, SaveAlarmRequest request, AlarmService alarms, CancellationToken ct) => alarms.UpdateAsync(id, request, ct));
        group.MapPost("/{id:int}/webhook-secret", static (int id, AlarmService alarms, CancellationToken ct) => alarms.RotateWebhookSecretAsync(id, ct));
        group.MapDelete("/{id:int}", DeleteAsync);
    }

    private static async Task<Created<AlarmDto>> CreateAsync(SaveAlarmRequest request, AlarmService alarms, CancellationToken ct)
    {
        var alarm = await alarms.CreateAsync(request, ct);
        return TypedResults.Created($"/api/alarms/{alarm.Id}", alarm);
    }

    private static async Task<NoContent> DeleteAsync(int id, AlarmService alarms, CancellationToken ct)
    {
        await alarms.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
