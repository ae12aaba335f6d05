using System.Text.Json;

namespace ImeiPortal.Components.Shared;

public sealed record JsonDiffRow(string Field, string? Before, string? After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>
/// Lays a journal entry's before/after snapshots (flat JSON objects) side by side, field by field,
/// so a reader sees what changed without reading two blobs.
/// </summary>
public static class JsonDiff
{
    public static IReadOnlyList<JsonDiffRow> Compare(string? before, string? after)
    {
        var old = Flatten(before);
        var now = Flatten(after);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => new JsonDiffRow(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .ToList();
    }

    /// <summary>Anything that is not a JSON object (or not JSON) is shown as one "value" field.</summary>
    private static Dictionary<string, string?> Flatten(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields["value"] = Show(document.RootElement);
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = Show(property.Value);
            }
        }
        catch (JsonException)
        {
            fields["value"] = json;
        }

        return fields;
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
