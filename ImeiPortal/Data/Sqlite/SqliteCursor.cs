using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace ImeiPortal.Data.Sqlite;

/// <summary>Export rows on SQLite: <see cref="SqliteCursor"/> where it can run the query, the data reader otherwise.</summary>
internal sealed class SqliteExportCursor : IExportCursor
{
    public async Task<RowCursor> OpenAsync(PortalDbContext db, IQueryable rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = rows.CreateDbCommand();
        if (SqliteCursor.TryOpen(command) is { } cursor)
        {
            // The statement is prepared on the connection's handle: it no longer needs the command.
            await command.DisposeAsync();
            return cursor;
        }

        return await DataReaderCursor.OpenAsync(command, cancellationToken);
    }
}

/// <summary>
/// The SQLite fast path: the EF-built command's SQL and parameters, prepared on the connection's own handle and
/// stepped directly. Text cells go to the writer as the UTF-8 SQLite holds, so a row allocates nothing; through
/// <see cref="SqliteDataReader"/> each cell costs several checked calls and a string, about twice the sqlite3 CLI's
/// whole export for a million rows before a byte is written.
/// </summary>
internal sealed class SqliteCursor : RowCursor
{
    private readonly sqlite3_stmt _statement;

    private SqliteCursor(sqlite3_stmt statement)
    {
        _statement = statement;
        ColumnNames = Enumerable.Range(0, raw.sqlite3_column_count(statement))
            .Select(i => raw.sqlite3_column_name(statement, i).utf8_to_string()).ToArray();
    }

    public override IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Null when the command is not SQLite's or holds a parameter this path does not bind; the caller then uses a data reader.</summary>
    public static SqliteCursor? TryOpen(DbCommand command)
    {
        if (command.Connection is not SqliteConnection { Handle: { } db } || command.Parameters.Cast<SqliteParameter>().Any(p => !CanBind(p.Value)))
        {
            return null;
        }

        SqliteNative.Check(db, raw.sqlite3_prepare_v2(db, command.CommandText, out var statement, out var tail));
        if (!string.IsNullOrWhiteSpace(tail))
        {
            statement.Dispose();
            return null;
        }

        try
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                Bind(db, statement, parameter);
            }
        }
        catch
        {
            statement.Dispose();
            throw;
        }

        return new SqliteCursor(statement);
    }

    public override bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        SqliteNative.Check(raw.sqlite3_db_handle(_statement), result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(ExportColumn column, int ordinal, IExportCellWriter writer)
    {
        switch (column.Kind)
        {
            case CellKind.Boolean:
                // NULL reads as 0: false, as the reader path has it.
                writer.Boolean(raw.sqlite3_column_int64(_statement, ordinal) != 0);
                break;
            case CellKind.Number:
                writer.Number(raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, ordinal));
                break;
            case CellKind.Enum:
                WriteEnum(column, ordinal, writer);
                break;
            case CellKind.Date:
                writer.Date(Date(raw.sqlite3_column_blob(_statement, ordinal)));
                break;
            default:
                // A text cell's bytes as stored (NULL is empty: both formats show the two alike).
                writer.Utf8Text(raw.sqlite3_column_blob(_statement, ordinal));
                break;
        }
    }

    public override void Dispose()
    {
        _statement.Dispose();
        base.Dispose();
    }

    private void WriteEnum(ExportColumn column, int ordinal, IExportCellWriter writer)
    {
        var type = raw.sqlite3_column_type(_statement, ordinal);
        if (type == raw.SQLITE_INTEGER)
        {
            writer.Text(column.EnumName(raw.sqlite3_column_int64(_statement, ordinal)));
        }
        else
        {
            // NULL, or an enum a converter keeps as text.
            writer.Utf8Text(raw.sqlite3_column_blob(_statement, ordinal));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateTime? Date(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        Span<char> chars = stackalloc char[64];
        return text.Length <= chars.Length
            ? StoredTime.Parse(chars[..Encoding.UTF8.GetChars(text, chars)])
            : StoredTime.Parse(Encoding.UTF8.GetString(text));
    }

    private static bool CanBind(object? value) =>
        value is null or DBNull or string or int or long or short or byte or bool or double or float or DateTime or Enum;

    /// <summary>Binds as Microsoft.Data.Sqlite would for these types (times as its text format).</summary>
    private static void Bind(sqlite3 db, sqlite3_stmt statement, SqliteParameter parameter)
    {
        var name = parameter.ParameterName;
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index == 0 && !name.StartsWith('@') && !name.StartsWith(':') && !name.StartsWith('$'))
        {
            index = raw.sqlite3_bind_parameter_index(statement, "@" + name);
        }

        if (index == 0)
        {
            // EF adds no parameter its SQL does not use; nothing to bind.
            return;
        }

        SqliteNative.BindValue(db, statement, index, parameter.Value);
    }
}
