using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ImeiPortal.Data;

/// <summary>
/// What the stores that write past EF (the feed's rows, the journal's) share: table and column names from the EF model,
/// and multi-row statements in plain parameterised SQL any relational provider runs.
/// </summary>
internal static class StoreSql
{
    // Rows per statement for a server database: one statement per row costs more in round trips than the rows themselves.
    private const int RowsPerStatement = 100;

    public static string Table<T>(DbContext db) => Quote(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    /// <summary>
    /// The table that holds <typeparamref name="T"/>'s <paramref name="property"/>: the entity's own, or one split off it
    /// (PostgreSQL keeps a SIM's "last seen" apart). Not for the key, which every such table holds.
    /// </summary>
    public static string TableOf<T>(DbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetTableColumnMappings().Single().Column.Table.Name);

    public static string Column<T>(DbContext db, string property) =>
        Quote(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

    /// <summary>The quoted column names of <typeparamref name="T"/>'s <paramref name="properties"/>, comma separated.</summary>
    public static string Columns<T>(DbContext db, IEnumerable<string> properties) => string.Join(", ", properties.Select(p => Column<T>(db, p)));

    /// <summary><c>INSERT INTO table (columns) VALUES </c>, the names those of <typeparamref name="T"/>'s properties.</summary>
    public static string InsertHead<T>(DbContext db, IEnumerable<string> properties) => $"INSERT INTO {Table<T>(db)} ({Columns<T>(db, properties)}) VALUES ";

    /// <summary>The transaction a write past EF joins: the caller's (a feed batch's, a save's).</summary>
    /// <exception cref="InvalidOperationException">None is open on <paramref name="db"/>.</exception>
    public static DbTransaction Transaction(DbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Writes past EF run inside the caller's transaction (a feed batch's, a save's).");

    public static string RowsSql(string head, string tail, int rowCount, int columnCount, Func<int, int, string> parameter)
    {
        var sql = new System.Text.StringBuilder(head);
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columnCount; c++)
            {
                sql.Append(c == 0 ? string.Empty : ", ").Append(parameter(r, c));
            }

            sql.Append(')');
        }

        return sql.Append(tail).ToString();
    }

    /// <summary>
    /// Runs <paramref name="head"/> (v1, v2), (..) <paramref name="tail"/> over all <paramref name="rows"/> and returns the
    /// affected rows. The command of a chunk size is prepared once and re-bound per chunk.
    /// </summary>
    public static async Task<int> ExecuteRowsAsync(
        DbConnection connection, DbTransaction transaction, string head, string tail, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var affected = 0;
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * chunk[0].Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = CreateCommand(connection, transaction, head, tail, chunk.Length, chunk[0].Length);
                }

                var p = 0;
                foreach (var row in chunk)
                {
                    foreach (var value in row)
                    {
                        command.Parameters[p++].Value = value ?? DBNull.Value;
                    }
                }

                affected += await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        return affected;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, string head, string tail, int rowCount, int columnCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var i = 0; i < rowCount * columnCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

#pragma warning disable CA2100 // Only table and column names from the EF model are spliced in; every value is a parameter.
        command.CommandText = RowsSql(head, tail, rowCount, columnCount, (r, c) => $"@p{(r * columnCount) + c}");
#pragma warning restore CA2100
        return command;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
