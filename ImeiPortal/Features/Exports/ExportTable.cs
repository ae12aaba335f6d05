using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

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

/// <summary>One exported column. <see cref="Name"/> is the header and, case aside, the column's name in the query's projection.</summary>
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

    public string EnumName(long value) =>
        value >= 0 && value < EnumNames!.Length && EnumNames[value] is { } name ? name : value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record Table(string Name, Column[] Columns)
{
    public IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Name).ToArray();

    /// <summary>The ordinal of each column among the query's <paramref name="names"/>, in column order.</summary>
    public int[] Ordinals(IReadOnlyList<string> names)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            byName.TryAdd(names[i], i);
        }

        return Columns.Select(c => byName.TryGetValue(c.Name, out var ordinal)
            ? ordinal
            : throw new InvalidOperationException($"The {Name} export query has no column {c.Name}.")).ToArray();
    }
}

/// <summary>Rows of an export query, each cell handed to a writer as the column's kind asks.</summary>
internal abstract class RowCursor : IDisposable
{
    public abstract IReadOnlyList<string> ColumnNames { get; }

    public abstract bool Read();

    public abstract void Write(Column column, int ordinal, IExportFileWriter writer);

    public virtual void Dispose()
    {
    }
}

/// <summary>Any ADO.NET provider: cells through the reader's typed getters, no row object.</summary>
internal sealed class DataReaderCursor(DbDataReader reader) : RowCursor
{
    public override IReadOnlyList<string> ColumnNames { get; } = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();

    public override bool Read() => reader.Read();

    public override void Write(Column column, int ordinal, IExportFileWriter writer)
    {
        if (column.Kind == CellKind.Boolean)
        {
            writer.Boolean(!reader.IsDBNull(ordinal) && reader.GetBoolean(ordinal));
            return;
        }

        if (reader.IsDBNull(ordinal))
        {
            writer.Text(null);
            return;
        }

        switch (column.Kind)
        {
            case CellKind.Number:
                writer.Number(Integer(ordinal));
                break;
            case CellKind.Date:
                // SQLite keeps times as text; other providers hand over a DateTime. Either way it is UTC (see PortalDbContext).
                writer.Date(reader.GetFieldType(ordinal) == typeof(string)
                    ? StoredTime.Parse(reader.GetString(ordinal))
                    : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
                break;
            case CellKind.Enum:
                // A provider or converter that keeps enums as text hands the name over as it is.
                writer.Text(reader.GetFieldType(ordinal) == typeof(string) ? reader.GetString(ordinal) : column.EnumName(Integer(ordinal)));
                break;
            default:
                writer.Text(reader.GetString(ordinal));
                break;
        }
    }

    public override void Dispose()
    {
        reader.Dispose();
        base.Dispose();
    }

    private long Integer(int ordinal)
    {
        var type = reader.GetFieldType(ordinal);
        return type == typeof(int) ? reader.GetInt32(ordinal) : type == typeof(short) ? reader.GetInt16(ordinal) : reader.GetInt64(ordinal);
    }
}

/// <summary>Times as EF Core's SQLite provider stores them: <c>yyyy-MM-dd HH:mm:ss[.fffffff]</c>, UTC.</summary>
internal static class StoredTime
{
    public static DateTime Parse(string text) => Parse(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateTime Parse(ReadOnlySpan<char> s)
    {
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':'
            && TryDigits(s[..4], out var year) && TryDigits(s.Slice(5, 2), out var month) && TryDigits(s.Slice(8, 2), out var day)
            && TryDigits(s.Slice(11, 2), out var hour) && TryDigits(s.Slice(14, 2), out var minute) && TryDigits(s.Slice(17, 2), out var second)
            && TryFraction(s[19..], out var ticks))
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }

        // Anything else (an offset, a hand-edited row) goes through the full parser.
        return DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
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
