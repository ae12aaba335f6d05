using System.Text.RegularExpressions;

namespace ImeiPortal.Tests.Architecture;

/// <summary>Rules that had two copies once (issue 12): a third copy fails here instead of in review.</summary>
public partial class OnePlaceTests
{
    [Fact]
    public void ToUniversalTime_IsCalledOnlyByUtcTime()
    {
        Assert.Empty(Occurrences(ToUniversalTime(), except: "Domain/UtcTime.cs"));
    }

    [Fact]
    public void IndexAndErrorRecord_IsOnlyRejectedItem()
    {
        var records = Occurrences(IndexErrorRecord(), except: null).ToList();

        Assert.Equal(["Features/Common/Batches.cs"], records.Select(r => r.Split(':')[0]));
        Assert.Contains(" RejectedItem(", records[0], StringComparison.Ordinal);
    }

    private static IEnumerable<string> Occurrences(Regex pattern, string? except) =>
        SourceReferences.Files.Where(f => f != except)
            .SelectMany(f => SourceReferences.CodeOnly(File.ReadAllText(Path.Combine(SourceReferences.AppFolder.FullName, f))).Split('\n')
                .Select((line, i) => (Line: line, Number: i + 1))
                .Where(l => pattern.IsMatch(l.Line))
                .Select(l => $"{f}:{l.Number} {l.Line.Trim()}"));

    [GeneratedRegex(@"\.ToUniversalTime\s*\(")]
    private static partial Regex ToUniversalTime();

    [GeneratedRegex(@"record\s+(struct\s+|class\s+)?\w+\s*\(\s*int\s+Index\s*,\s*string\??\s+\w+\s*\)")]
    private static partial Regex IndexErrorRecord();
}
