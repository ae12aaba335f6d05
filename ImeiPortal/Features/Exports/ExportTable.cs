using System.Data.Common;
using System.Globalization;

namespace ImeiPortal.Features.Exports;

internal enum CellKind
{
    Text,
    Identifier,
    Number,
    Date,
    Boolean,
    Enum,
}

/// <summary>
/// One exported column read straight from a data reader. <see cref="Name"/> is the header and, case aside, the
/// column's name in the query's projection.
/// </summary>
internal sealed record Column(string Name, CellKind Kind, string?[]? EnumNames = null)
{
    /// <summary>An enum stored as its number, exported by name (the names are made once, not per cell).</summary>
    public static Column Of<TEnum>(string name) where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string?[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = value.ToString();
        }

        return new Column(name, CellKind.Enum, names);
    }

    public void Write(DbDataReader reader, int ordinal, IExportRowWriter writer)
    {
        if (Kind == CellKind.Boolean)
        {
            writer.Boolean(!reader.IsDBNull(ordinal) && reader.GetBoolean(ordinal));
            return;
        }

        if (reader.IsDBNull(ordinal))
        {
            writer.Text(null);
            return;
        }

        switch (Kind)
        {
            case CellKind.Text:
                writer.Text(reader.GetString(ordinal));
                break;
            case CellKind.Identifier:
                writer.Identifier(reader.GetString(ordinal));
                break;
            case CellKind.Number:
                writer.Number(Integer(reader, ordinal));
                break;
            case CellKind.Date:
                writer.Date(Date(reader, ordinal));
                break;
            default:
                writer.Text(EnumName(reader, ordinal));
                break;
        }
    }

    private string EnumName(DbDataReader reader, int ordinal)
    {
        // A provider or converter that keeps enums as text hands the name over as it is.
        if (reader.GetFieldType(ordinal) == typeof(string))
        {
            return reader.GetString(ordinal);
        }

        var value = Integer(reader, ordinal);
        return value >= 0 && value < EnumNames!.Length && EnumNames[value] is { } name ? name : value.ToString(CultureInfo.InvariantCulture);
    }

    private static long Integer(DbDataReader reader, int ordinal)
    {
        var type = reader.GetFieldType(ordinal);
        return type == typeof(int) ? reader.GetInt32(ordinal) : type == typeof(short) ? reader.GetInt16(ordinal) : reader.GetInt64(ordinal);
    }

    private static DateTime Date(DbDataReader reader, int ordinal) =>
        // SQLite stores times as text; other providers hand over a DateTime. Either way it is UTC (see PortalDbContext).
        reader.GetFieldType(ordinal) == typeof(string)
            ? StoredTime.Parse(reader.GetString(ordinal))
            : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);
}

internal sealed record Table(string Name, Column[] Columns)
{
    public IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Name).ToArray();

    /// <summary>The reader's ordinal of each column, in column order.</summary>
    public int[] Ordinals(DbDataReader reader)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            byName.TryAdd(reader.GetName(i), i);
        }

        return Columns.Select(c => byName.TryGetValue(c.Name, out var ordinal)
            ? ordinal
            : throw new InvalidOperationException($"The {Name} export query has no column {c.Name}.")).ToArray();
    }
}

/// <summary>Times as EF Core's SQLite provider stores them: <c>yyyy-MM-dd HH:mm:ss[.fffffff]</c>, UTC.</summary>
internal static class StoredTime
{
    public static DateTime Parse(string text)
    {
        var s = text.AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':'
            && TryDigits(s[..4], out var year) && TryDigits(s.Slice(5, 2), out var month) && TryDigits(s.Slice(8, 2), out var day)
            && TryDigits(s.Slice(11, 2), out var hour) && TryDigits(s.Slice(14, 2), out var minute) && TryDigits(s.Slice(17, 2), out var second)
            && TryFraction(s[19..], out var ticks))
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }

        // Anything else (an offset, a hand-edited row) goes through the full parser.
        return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryFraction(ReadOnlySpan<char> rest, out long ticks)
    {
        ticks = 0;
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] != '.' || rest.Length > 8 || rest.Length < 2 || !TryDigits(rest[1..], out var fraction))
        {
            return false;
        }

        ticks = fraction;
        for (var i = rest.Length - 1; i < 7; i++)
        {
            ticks *= 10;
        }

        return true;
    }
}
