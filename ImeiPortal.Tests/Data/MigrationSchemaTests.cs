using ImeiPortal.Data;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tests.Data;

public class MigrationSchemaTests
{
    /// <summary>
    /// A model change without a matching generated migration (or a hand edit of one) makes the two schemas differ.
    /// </summary>
    [Fact]
    public void Migrate_BuildsTheSchemaOfTheModel()
    {
        var migrated = Schema(db => db.Database.Migrate());
        var created = Schema(db => db.Database.EnsureCreated());

        Assert.NotEmpty(created);
        // The first definition that differs, whole: the collection diff cuts long CREATE TABLE lines.
        Assert.Equal(created.Except(migrated).FirstOrDefault(), migrated.Except(created).FirstOrDefault());
        Assert.Equal(created, migrated);
    }

    internal static List<string> Schema(Action<PortalDbContext> build)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection)
            .Options;
        using (var db = new PortalDbContext(options))
        {
            build(db);
        }

        return Describe(connection);
    }

    /// <summary>Every table and index definition of the database, comparable across builders.</summary>
    internal static List<string> Describe(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name NOT LIKE '%EFMigrationsLock%' ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)} {Normalise(reader.IsDBNull(3) ? "" : reader.GetString(3))}");
        }

        return rows;
    }

    // Column order and whitespace may differ between the two builders; the set of definitions may not.
    private static string Normalise(string sql)
    {
        var open = sql.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !sql.StartsWith("CREATE TABLE", StringComparison.Ordinal))
        {
            return string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        var body = sql[(open + 1)..sql.LastIndexOf(')')];
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] == '(' ? 1 : body[i] == ')' ? -1 : 0;
            if (body[i] == ',' && depth == 0)
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }

        parts.Add(body[start..]);
        return sql[..open].Trim() + " (" + string.Join(", ", parts.Select(Column).Order(StringComparer.Ordinal)) + ")";

        // SQLite adds a NOT NULL column only with a default (ADD COLUMN ... DEFAULT ''); EF writes every column on
        // insert, so such a default is invisible to the app and not a difference between the two schemas.
        static string Column(string definition) =>
            Regex.Replace(string.Join(' ', definition.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), " DEFAULT ('[^']*'|-?[0-9]+)$", "");
    }
}
