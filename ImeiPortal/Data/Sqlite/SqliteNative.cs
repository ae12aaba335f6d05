using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ImeiPortal.Data.Sqlite;

/// <summary>Binding and error checks for statements prepared on a connection's own handle, as Microsoft.Data.Sqlite does them.</summary>
internal static class SqliteNative
{
    /// <summary>Binds <paramref name="value"/> to the 1-based <paramref name="index"/> as Microsoft.Data.Sqlite would (times as its text format).</summary>
    public static void BindValue(sqlite3 db, sqlite3_stmt statement, int index, object? value)
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

    public static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }
}
