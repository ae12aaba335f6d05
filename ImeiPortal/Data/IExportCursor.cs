using System.Globalization;

namespace ImeiPortal.Data;

/// <summary>
/// Streams the rows of an export query the provider's fastest way (SQLite: the statement stepped on the connection's
/// handle; a server database: a streaming reader or <c>COPY ... TO STDOUT</c>), each cell handed to a writer as its
/// column asks, with no row or entity object per row. The contract sits in Data because provider folders do not
/// reference Features; the exports are its consumer.
/// </summary>
public interface IExportCursor
{
    /// <summary>
    /// Runs <paramref name="rows"/> (an EF query on <paramref name="db"/>; its projection names the columns) and returns
    /// its cursor before the first row: a query error surfaces here or at the first <see cref="RowCursor.Read"/>.
    /// </summary>
    Task<RowCursor> OpenAsync(PortalDbContext db, IQueryable rows, CancellationToken cancellationToken);
}

/// <summary>Rows of an export query, each cell handed to a writer as the column's kind asks.</summary>
public abstract class RowCursor : IDisposable
{
    /// <summary>The query's column names, by ordinal.</summary>
    public abstract IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool Read();

    /// <summary>Writes the current row's cell at <paramref name="ordinal"/> as <paramref name="column"/> says; a null cell is an empty one (false for a boolean).</summary>
    public abstract void Write(ExportColumn column, int ordinal, IExportCellWriter writer);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }
}

/// <summary>How an exported cell is read and written.</summary>
public enum CellKind
{
    Text,
    Identifier,
    Number,
    Date,
    Boolean,
    Enum,
}

/// <summary>
/// One exported column. <see cref="Name"/> is, case aside, the column's name in the query's projection; <see cref="Header"/>
/// is what the file's header row says (the name unless given).
/// </summary>
public sealed record ExportColumn(string Name, CellKind Kind, string?[]? EnumNames = null)
{
    public string Header { get; init; } = Name;

    /// <summary>An enum stored as its number, exported by name (the names are made once, not per cell).</summary>
    public static ExportColumn Of<TEnum>(string name, string header) where TEnum : struct, Enum =>
        Of<TEnum>(name) with { Header = header };

    public static ExportColumn Of<TEnum>(string name) where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string?[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = value.ToString();
        }

        return new ExportColumn(name, CellKind.Enum, names);
    }

    public string EnumName(long value) =>
        value >= 0 && value < EnumNames!.Length && EnumNames[value] is { } name ? name : value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a cursor writes a cell to: the export formats' typed cells. A null writes an empty cell.</summary>
public interface IExportCellWriter
{
    /// <summary>Free text a user or the network typed: neutralised against formula injection.</summary>
    void Text(string? value);

    /// <summary>Text (or an identifier) already in UTF-8, as the database holds it: neutralised like <see cref="Text"/>; empty writes an empty cell.</summary>
    void Utf8Text(ReadOnlySpan<byte> value);

    void Number(long? value);

    void Date(DateTime? value);

    void Boolean(bool value);
}
