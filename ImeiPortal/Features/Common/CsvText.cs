namespace ImeiPortal.Features.Common;

/// <summary>The small CSV files people upload (device models, SIMs): comma-separated, quotes for values with commas.</summary>
public static class CsvText
{
    /// <summary>The non-blank lines of <paramref name="text"/>, each with its 1-based line number in the file.</summary>
    public static IEnumerable<(int Number, string Line)> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Select((l, i) => (Number: i + 1, Line: l.TrimEnd('\r'))).Where(l => l.Line.Trim().Length > 0);
    }

    public static List<string> Fields(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
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
