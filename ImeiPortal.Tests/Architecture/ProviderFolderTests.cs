using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ImeiPortal.Tests.Architecture;

/// <summary>
/// One folder per database provider (issue 12): what only SQLite or only PostgreSQL does lives under Data/Sqlite or
/// Data/PostgreSQL, behind interfaces the features use, so a provider is added or changed in one place. Generated
/// migrations are provider-specific by nature and are left out. A failure lists the offending file, line and name.
/// </summary>
public partial class ProviderFolderTests
{
    private static readonly string[] Migrations = ["Data/Migrations/"];

    [Fact]
    public void Sqlite_IsReferencedOnlyUnderDataSqlite()
    {
        Assert.Empty(Offending(SqliteNames, ["Data/Sqlite/", .. Migrations]));
    }

    [Fact]
    public void Npgsql_IsReferencedOnlyUnderDataPostgreSql()
    {
        Assert.Empty(Offending(NpgsqlNames, ["Data/PostgreSQL/", .. Migrations]));
    }

    /// <summary>A namespace imported for the whole project would let every file name the provider's types unqualified.</summary>
    [Fact]
    public void ProviderNamespaces_AreNotImportedProjectWide()
    {
        var project = File.ReadAllText(Path.Combine(SourceReferences.AppFolder.FullName, "ImeiPortal.csproj"));
        var globalUsings = SourceReferences.Files
            .SelectMany(f => Lines(f).Where(l => GlobalUsing().IsMatch(l.Text) && (SqliteNames(l.Text).Any() || NpgsqlNames(l.Text).Any()))
                .Select(l => $"{f}:{l.Number} {l.Text.Trim()}"));
        var projectUsings = ProjectUsing().Matches(project).Select(m => m.Value)
            .Where(u => SqliteNames(u).Any() || NpgsqlNames(u).Any());

        Assert.Empty(globalUsings.Concat(projectUsings));
    }

    [Fact]
    public void Names_InCodeOfEachKind_AreFoundAndCommentsAndStringsAreNot()
    {
        // The rules above pass trivially if the reader misses references: this proves it sees each kind.
        const string text = """
            using Microsoft.Data.Sqlite;
            using SQLitePCL;
            // Microsoft.Data.Sqlite and NpgsqlConnection in a comment are not references
            var a = "SQLitePCL.raw and Npgsql in a string are not either";
            var b = new SqliteConnection();
            options.UseSqlite(text);
            var c = Npgsql.NpgsqlDataSource.Create(text);
            options.UseNpgsql(text);
            var d = SqliteRegistration.UsePortalSqlite;
            """;
        var lines = SourceReferences.CodeOnly(text).Split('\n');

        Assert.Equal(
            [(1, "Microsoft.Data.Sqlite"), (2, "SQLitePCL"), (5, "SqliteConnection"), (6, "UseSqlite")],
            lines.SelectMany((l, i) => SqliteNames(l).Select(n => (i + 1, n))));
        Assert.Equal([(7, "Npgsql"), (7, "NpgsqlDataSource"), (8, "UseNpgsql")], lines.SelectMany((l, i) => NpgsqlNames(l).Select(n => (i + 1, n))));
    }

    /// <summary>Types of Microsoft.Data.Sqlite by name, so a file cannot use them through an import made elsewhere.</summary>
    private static readonly HashSet<string> SqliteTypes = typeof(SqliteConnection).Assembly.GetExportedTypes()
        .Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The SQLite ADO.NET and native namespaces, their types, and EF's SQLite provider call.</summary>
    private static IEnumerable<string> SqliteNames(string code) =>
        DottedName().Matches(code).Select(m => m.Value)
            .Where(n => n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || n.Split('.')[0] == "SQLitePCL"
                || n.Split('.').Any(part => part == "UseSqlite" || SqliteTypes.Contains(part)))
            .Select(n => n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) ? "Microsoft.Data.Sqlite"
                : n.Split('.')[0] == "SQLitePCL" ? "SQLitePCL"
                : n.Split('.').First(part => part == "UseSqlite" || SqliteTypes.Contains(part)));

    /// <summary>Npgsql's namespaces and types (all named Npgsql...) and EF's PostgreSQL provider calls (UseNpgsql...).</summary>
    private static IEnumerable<string> NpgsqlNames(string code) =>
        DottedName().Matches(code).SelectMany(m => m.Value.Split('.')).Where(part => part.Contains("Npgsql", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Offending(Func<string, IEnumerable<string>> names, string[] allowedUnder) =>
        SourceReferences.Files.Where(f => !allowedUnder.Any(a => f.StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => Lines(f).SelectMany(l => names(l.Text).Select(n => $"{f}:{l.Number} names {n}")));

    private static IEnumerable<(string Text, int Number)> Lines(string file) =>
        SourceReferences.CodeOnly(File.ReadAllText(Path.Combine(SourceReferences.AppFolder.FullName, file))).Split('\n')
            .Select((line, i) => (line, i + 1));

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"^\s*global\s+using\b")]
    private static partial Regex GlobalUsing();

    [GeneratedRegex(@"<Using\s+Include=""[^""]*""")]
    private static partial Regex ProjectUsing();
}
