using System.Text.Json;
using ImeiPortal.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace ImeiPortal.Features.DeviceModels;

public static class DeviceModelsApi
{
    public static void MapPortalDeviceModelsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/device-models").WithTags("Device models");
        group.MapPost("/", ImportAsync).Accepts<List<DeviceModelItem>>("application/json", "text/csv");
        group.MapGet("/", static (string? tac, DeviceModelService models, CancellationToken ct, [FromQuery] int page = 1, [FromQuery] int pageSize = 50) =>
            models.ListAsync(tac, page, pageSize, ct));
    }

    /// <summary>JSON (an array of {tac, manufacturer, model}) or CSV (tac,manufacturer,model; a header line is optional).</summary>
    private static async Task<DeviceModelImportResult> ImportAsync(HttpRequest request, DeviceModelService models, CancellationToken ct)
    {
        var items = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true
            ? DeviceModelCsv.Parse(await new StreamReader(request.Body).ReadToEndAsync(ct))
            : await ReadJsonAsync(request, ct);
        return await models.ImportAsync(items, ct);
    }

    private static async Task<List<DeviceModelItem>?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFromJsonAsync<List<DeviceModelItem>>(ct);
        }
        catch (JsonException invalid)
        {
            throw new ValidationFailedException("items", $"The body is not a JSON array of {{tac, manufacturer, model}}: {invalid.Message}");
        }
    }
}
