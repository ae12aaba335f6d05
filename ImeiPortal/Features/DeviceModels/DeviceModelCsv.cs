namespace ImeiPortal.Features.DeviceModels;

/// <summary>The catalogue's CSV: <c>tac,manufacturer,model</c> per line, an optional header, quotes for names with commas.</summary>
public static class DeviceModelCsv
{
    public static List<DeviceModelItem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<DeviceModelItem>();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var fields = Fields(line);
            if (index == 0 && fields.Count > 0 && fields[0].Trim().Equals("tac", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A short line still becomes an item, so its rejection names its position instead of vanishing.
            items.Add(new DeviceModelItem(fields.ElementAtOrDefault(0), fields.ElementAtOrDefault(1), fields.ElementAtOrDefault(2)));
        }

        return items;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
