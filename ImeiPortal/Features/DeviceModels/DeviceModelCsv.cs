using ImeiPortal.Features.Common;

namespace ImeiPortal.Features.DeviceModels;

/// <summary>The catalogue's CSV: <c>tac,manufacturer,model</c> per line, an optional header, quotes for names with commas.</summary>
public static class DeviceModelCsv
{
    public static List<DeviceModelItem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<DeviceModelItem>();
        foreach (var (line, index) in CsvText.Lines(text).Select((l, i) => (l.Line, i)))
        {
            var fields = CsvText.Fields(line);
            if (index == 0 && fields.Count > 0 && fields[0].Trim().Equals("tac", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A short line still becomes an item, so its rejection names its position instead of vanishing.
            items.Add(new DeviceModelItem(fields.ElementAtOrDefault(0), fields.ElementAtOrDefault(1), fields.ElementAtOrDefault(2)));
        }

        return items;
    }
}
