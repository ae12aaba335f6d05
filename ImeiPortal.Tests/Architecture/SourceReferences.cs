using System.Text;
using System.Text.RegularExpressions;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Architecture;

/// <summary>One reference from a source file to a part of the app: the file's folder, the folder it names, and where.</summary>
public sealed record FolderReference(string File, string From, string To, string Name, int Line);

/// <summary>
/// Reads which of the app's folders each C# file under ImeiPortal/ names: its using directives, fully qualified names
/// (<c>ImeiPortal.Data.X</c>) and names relative to the file's namespace (<c>Security.Roles</c>, or <c>Alarms.X</c>
/// inside a feature), with comments and string literals left out. Folders are the top-level ones (Domain, Data,
/// Security, Components) and, under Features, one per area (Features.Network, Features.Alarms...).
/// </summary>
/// <remarks>
/// Source is read rather than the compiled assembly because a using directive leaves nothing in IL, and a reference
/// inside a method body is hard to see by reflection; the text is what a reviewer reads.
/// </remarks>
public static partial class SourceReferences
{
    public static readonly string[] TopLevel = ["Domain", "Data", "Security", "Features", "Components"];

    public static DirectoryInfo AppFolder { get; } = new(Path.Combine(RepositoryRoot.Find().FullName, "ImeiPortal"));

    /// <summary>Every C# file of the app (not its build output), as a path relative to ImeiPortal/ with '/' separators.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. AppFolder.EnumerateFiles("*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(AppFolder.FullName, f.FullName).Replace('\\', '/'))
        .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> FeatureAreas { get; } = [.. AppFolder.GetDirectories("Features").Single().GetDirectories()
        .Select(d => d.Name).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<FolderReference> All { get; } = [.. Files.SelectMany(f => Read(f, File.ReadAllText(Path.Combine(AppFolder.FullName, f))))];

    /// <summary>The folder a file belongs to: <c>Data</c>, or <c>Features.Network</c>; null for files at the root (Program.cs).</summary>
    public static string? FolderOf(string file)
    {
        var parts = file.Split('/');
        if (parts.Length < 2)
        {
            return null;
        }

        return parts[0] == "Features" && parts.Length > 2 ? "Features." + parts[1] : parts[0];
    }

    /// <summary>The references of one file's text, outside its comments and string literals.</summary>
    public static IEnumerable<FolderReference> Read(string file, string text)
    {
        var from = FolderOf(file);
        if (from is null)
        {
            yield break;
        }

        var code = CodeOnly(text);
        var fileNamespace = NamespaceDeclaration().Match(code) is { Success: true } m ? m.Groups["name"].Value : "";
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (NamespaceDeclaration().IsMatch(line))
            {
                continue;
            }

            foreach (Match chain in DottedName().Matches(line))
            {
                if (Resolve(chain.Value, fileNamespace) is { } to)
                {
                    yield return new FolderReference(file, from, to, chain.Value, i + 1);
                }
            }
        }
    }

    /// <summary>The app folder a dotted name refers to, or null when it names something else (System, a member, a type).</summary>
    public static string? Resolve(string name, string fileNamespace)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(fileNamespace);
        var parts = name.Split('.');
        if (parts[0] == "ImeiPortal")
        {
            parts = parts[1..];
        }
        else if (!fileNamespace.StartsWith("ImeiPortal", StringComparison.Ordinal))
        {
            return null;
        }
        else if (!TopLevel.Contains(parts[0]))
        {
            // Inside a feature, "Alarms.X" resolves to the sibling area ImeiPortal.Features.Alarms.
            if (!fileNamespace.StartsWith("ImeiPortal.Features.", StringComparison.Ordinal) || !FeatureAreas.Contains(parts[0]))
            {
                return null;
            }

            parts = ["Features", .. parts];
        }

        if (parts.Length == 0 || !TopLevel.Contains(parts[0]))
        {
            return null;
        }

        return parts[0] == "Features" && parts.Length > 1 && FeatureAreas.Contains(parts[1]) ? "Features." + parts[1] : parts[0];
    }

    /// <summary>The text with comments and string and character literals blanked out (line breaks kept, so lines still count).</summary>
    public static string CodeOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = Skip(text, code, i, text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length);
            }
            else if (c == '/' && next == '*')
            {
                i = Skip(text, code, i, text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : text.Length);
            }
            else if (c == '"' && text.AsSpan(i).StartsWith("\"\"\""))
            {
                // A raw string literal ends at the first run of as many quotes as opened it.
                var quotes = CountQuotes(text, i);
                var close = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                i = Skip(text, code, i, close >= 0 ? close + quotes : text.Length);
            }
            else if (c == '"')
            {
                var verbatim = i > 0 && (text[i - 1] == '@' || (text[i - 1] == '$' && i > 1 && text[i - 2] == '@'));
                i = Skip(text, code, i, EndOfString(text, i, verbatim));
            }
            else if (c == '\'')
            {
                i = Skip(text, code, i, EndOfChar(text, i));
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    private static int CountQuotes(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '"')
        {
            end++;
        }

        return end - start;
    }

    private static int EndOfString(string text, int open, bool verbatim)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (verbatim && text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
            }
            else if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int EndOfChar(string text, int open)
    {
        var i = open + 1;
        if (i < text.Length && text[i] == '\\')
        {
            i++;
        }

        var close = text.IndexOf('\'', i + 1 <= text.Length ? i + 1 : text.Length);
        return close >= 0 ? close + 1 : text.Length;
    }

    private static int Skip(string text, StringBuilder code, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            code.Append(text[i] == '\n' ? '\n' : ' ');
        }

        return to;
    }

    [GeneratedRegex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    // A name of two or more parts that is not itself a member of something before it (x.Data.Y is not the Data folder).
    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")]
    private static partial Regex DottedName();
}
