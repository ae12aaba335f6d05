using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>Export rows through the provider's own data reader: for a provider without a cursor of its own.</summary>
internal sealed class PortableExportCursor : IExportCursor
{
    public async Task<RowCursor> OpenAsync(PortalDbContext db, IQueryable rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await DataReaderCursor.OpenAsync(rows.CreateDbCommand(), cancellationToken);
    }
}

/// <summary>Any ADO.NET provider: cells through the reader's typed getters, no row object.</summary>
internal sealed class DataReaderCursor(DbDataReader reader, DbCommand? command = null) : RowCursor
{
    /// <summary>Executes <paramref name="command"/>; the cursor owns it from here.</summary>
    public static async Task<RowCursor> OpenAsync(DbCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return new DataReaderCursor(await command.ExecuteReaderAsync(cancellationToken), command);
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    public override IReadOnlyList<string> ColumnNames { get; } = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();

    public override bool Read() => reader.Read();

    public override void Write(ExportColumn column, int ordinal, IExportCellWriter writer)
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
                    ? Sqlite.StoredTime.Parse(reader.GetString(ordinal))
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
        // The command outlives its reader: disposing it first would finalise the statement the reader steps.
        command?.Dispose();
        base.Dispose();
    }

    private long Integer(int ordinal)
    {
        var type = reader.GetFieldType(ordinal);
        return type == typeof(int) ? reader.GetInt32(ordinal) : type == typeof(short) ? reader.GetInt16(ordinal) : reader.GetInt64(ordinal);
    }
}
