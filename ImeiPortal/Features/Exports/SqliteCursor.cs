using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ImeiPortal.Features.Exports;

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

        Check(db, raw.sqlite3_prepare_v2(db, command.CommandText, out var statement, out var tail));
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

        Check(raw.sqlite3_db_handle(_statement), result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(Column column, int ordinal, IExportFileWriter writer)
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

    private void WriteEnum(Column column, int ordinal, IExportFileWriter writer)
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

        BindValue(db, statement, index, parameter.Value);
    }

    /// <summary>Binds <paramref name="value"/> to the 1-based <paramref name="index"/> as Microsoft.Data.Sqlite would.</summary>
    internal static void BindValue(sqlite3 db, sqlite3_stmt statement, int index, object? value)
    {
        var result = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            double number => raw.sqlite3_bind_double(statement, index, number),
            float number => raw.sqlite3_bind_double(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            var integer => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(integer, CultureInfo.InvariantCulture)),
        };
        Check(db, result);
    }

    internal static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }
}
