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

    /// <summary>
    /// Steps <paramref name="sql"/> once per row of <paramref name="rows"/> (its ?1..?n bound to the row's values) on the
    /// connection's own handle, inside whatever transaction is open on it; returns the rows changed. SQLite runs
    /// in-process, so a statement costs no round trip: one prepared one-row statement stepped per row beats binding one
    /// of hundreds of parameters (about 5x on 10,000 rows), and stepping it on the handle spares the per-execution work
    /// of <see cref="SqliteCommand"/> (about a third of the write time of a feed batch).
    /// </summary>
    public static int StepRows(SqliteConnection connection, string sql, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var db = connection.Handle!;
        var columns = rows[0].Length;
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            var affected = 0;
            foreach (var row in rows)
            {
                for (var c = 0; c < columns; c++)
                {
                    BindValue(db, statement, c + 1, row[c]);
                }

                var result = raw.sqlite3_step(statement);
                Check(db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
                affected += raw.sqlite3_changes(db);
                raw.sqlite3_reset(statement);
            }

            return affected;
        }
    }

    /// <summary>A one-row INSERT of <paramref name="head"/> (<c>INSERT INTO t (a, b) VALUES </c>) with ?1..?n for its values.</summary>
    public static string OneRowInsert(string head, int columns) => StoreSql.RowsSql(head, string.Empty, 1, columns, (r, c) => $"?{c + 1}");

    public static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }
}
