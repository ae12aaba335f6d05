using System.Text.Json;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.DeviceModels;

namespace ImeiPortal.Components.Pages.DeviceModels;

/// <summary>Pasted or uploaded catalogue text, as the API takes it: a JSON array when it starts with '[', CSV otherwise.</summary>
public static class CatalogueText
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <exception cref="ValidationFailedException">JSON that is not an array of {tac, manufacturer, model}.</exception>
    public static List<DeviceModelItem> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (!trimmed.StartsWith('['))
        {
            return DeviceModelCsv.Parse(trimmed);
        }

        try
        {
            return JsonSerializer.Deserialize<List<DeviceModelItem>>(trimmed, Web) ?? [];
        }
        catch (JsonException invalid)
        {
            throw new ValidationFailedException("catalogue", $"The text is not a JSON array of {{tac, manufacturer, model}}: {invalid.Message}");
        }
    }
}
