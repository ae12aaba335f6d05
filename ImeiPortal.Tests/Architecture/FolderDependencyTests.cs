using System.Text.RegularExpressions;
using ImeiPortal.Features.Network;

namespace ImeiPortal.Tests.Architecture;

/// <summary>
/// The house's layout (ARCHITECTURE.md) as rules a build can check: folders do not import each other in circles, and
/// each API area maps its endpoints in its own Api.cs. A failure lists the offending file, line and name.
/// </summary>
public partial class FolderDependencyTests
{
    [Fact]
    public void Domain_ReferencesOnlyItselfAndSystem()
    {
        var app = SourceReferences.All.Where(r => r.From == "Domain" && r.To != "Domain");
        var packages = SourceReferences.Files.Where(f => SourceReferences.FolderOf(f) == "Domain")
            .SelectMany(f => UsingDirectives(f).Where(u => !u.Namespace.StartsWith("System", StringComparison.Ordinal)
                && !u.Namespace.StartsWith("ImeiPortal.Domain", StringComparison.Ordinal)).Select(u => $"{f}:{u.Line} using {u.Namespace}"));

        Assert.Empty(Describe(app).Concat(packages));
    }

    /// <summary>
    /// Data stores the domain and nothing of the features. It names Security for two things only: the Identity user
    /// (<c>PortalUser</c> derives from ASP.NET Identity's user, which the pure Domain must not reference) and the
    /// journal's actor (<c>ICurrentUser</c>: the interceptor records who made each change).
    /// </summary>
    [Fact]
    public void Data_ReferencesOnlyDomainAndSecurity()
    {
        var offending = SourceReferences.All.Where(r => r.From == "Data" && r.To is not ("Data" or "Domain" or "Security"));

        Assert.Empty(Describe(offending));
    }

    /// <summary>
    /// The feed does not know the alarms: it publishes contracts (a trigger, usage recorded) that the alarms implement,
    /// so the dependency runs one way, Alarms -> Network, and only through those contracts.
    /// </summary>
    [Fact]
    public void Network_DoesNotReferenceAlarms()
    {
        var offending = SourceReferences.All.Where(r => r.From == "Features.Network" && r.To == "Features.Alarms");
        var types = TypeNamesUsed("Features.Network", TypesOf("ImeiPortal.Features.Alarms"));

        Assert.Empty(Describe(offending).Concat(types));
    }

    [Fact]
    public void Alarms_ReferenceNetworkOnlyThroughItsHandlerContracts()
    {
        string[] contracts = [nameof(IImeiLockTriggerHandler), nameof(IUsageRecordedHandler)];
        var names = SourceReferences.All.Where(r => r.From == "Features.Alarms" && r.To == "Features.Network"
            && r.Name is not ("ImeiPortal.Features.Network" or "Features.Network") && !contracts.Any(c => r.Name.EndsWith("Network." + c, StringComparison.Ordinal)));
        var types = TypeNamesUsed("Features.Alarms", TypesOf("ImeiPortal.Features.Network").Except(contracts));

        Assert.Empty(Describe(names).Concat(types));
    }

    /// <summary>
    /// Folders that reach each other through their references (strongly connected groups of the folder graph). The known
    /// ones are listed so a new cycle fails the build; resolving one of them fails it too, to shorten the list.
    /// </summary>
    [Fact]
    public void Folders_FormNoCyclesButTheKnownOnes()
    {
        string[] known =
        [
            // Data names Security's Identity user and the journal's actor (see above); Security's services use the
            // DbContext and Features.Common's refusals (ForbiddenException); Features.Common's API plumbing names
            // Security's policies and Data's store-full detector. Breaking it means moving the refusals and the
            // Identity user out of both: a separate change.
            "Data <-> Features.Common <-> Security",
            // SimBulkService (Sims) applies bulk IMEI status and suspend/resume through OrderService, which finds SIMs
            // through SimService: the bulk actions belong above both, a move of their page's service.
            "Features.Orders <-> Features.Sims",
        ];

        var cycles = Cycles(SourceReferences.All).Select(c => string.Join(" <-> ", c)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(known, cycles);
    }

    [Fact]
    public void Features_DoNotReferenceComponents()
    {
        var offending = SourceReferences.All.Where(r => r.From.StartsWith("Features", StringComparison.Ordinal) && r.To == "Components");

        Assert.Empty(Describe(offending));
    }

    /// <summary>Routes are found in one file per area; a service file holds use cases, not endpoints.</summary>
    [Fact]
    public void Endpoints_AreMappedOnlyInApiFiles()
    {
        var offending = SourceReferences.Files
            .Where(f => !f.EndsWith("Api.cs", StringComparison.Ordinal))
            .SelectMany(f => SourceReferences.CodeOnly(Read(f)).Split('\n')
                .Select((line, i) => (Line: line, Number: i + 1))
                .Where(l => EndpointMapping().IsMatch(l.Line))
                .Select(l => $"{f}:{l.Number} {l.Line.Trim()}"));

        Assert.Empty(offending);
    }

    [Fact]
    public void AreaApis_EachInTheirOwnApiFile()
    {
        // Every MapPortal<X>Api extension is declared in a file named <X>Api.cs.
        var misplaced = SourceReferences.Files
            .SelectMany(f => ApiDeclaration().Matches(SourceReferences.CodeOnly(Read(f))).Select(m => (File: f, Area: m.Groups["area"].Value)))
            // MapPortalOpenApi maps the API description, not an area.
            .Where(d => d.Area != "Open" && Path.GetFileName(d.File) != d.Area + "Api.cs")
            .Select(d => $"{d.File}: MapPortal{d.Area}Api");

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Read_QualifiedRelativeAndUsingNames_AreResolvedToTheirFolder()
    {
        // The rules above pass trivially if the reader misses references: this proves it sees each kind.
        const string text = """
            using ImeiPortal.Features.Alarms;
            using Alias = ImeiPortal.Components.Shared.FormText;
            namespace ImeiPortal.Features.Network;
            // ImeiPortal.Data in a comment is not a reference
            public sealed class X(Security.ICurrentUser user, Sims.SimService sims)
            {
                private const string Text = "ImeiPortal.Domain in a string is not one either";
                private const char Quote = '"';
                private readonly object _a = global::ImeiPortal.Data.PortalDbContext.Something;
                private readonly object _b = user.Data.Sims;
                private readonly object _c = Domain.Network.UsageRecord.BillingMonth;
            }
            """;

        var found = SourceReferences.Read("Features/Network/X.cs", text).Select(r => (r.To, r.Line)).ToList();

        Assert.Equal(
            [("Features.Alarms", 1), ("Components", 2), ("Security", 5), ("Features.Sims", 5), ("Data", 9), ("Domain", 11)],
            found);
    }

    [Fact]
    public void Scan_FindsEveryFolderOfTheApp()
    {
        var folders = SourceReferences.Files.Select(SourceReferences.FolderOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["Domain", "Data", "Security", "Components", "Features.Network", "Features.Alarms"], StringComparer.Ordinal), folders);
    }

    /// <summary>Each group of two or more folders that reach one another (Tarjan's strongly connected components), sorted.</summary>
    private static List<IReadOnlyList<string>> Cycles(IEnumerable<FolderReference> references)
    {
        var edges = references.Where(r => r.From != r.To).GroupBy(r => r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.To).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var groups = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (stack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    group.Add(w);
                }
                while (w != v);

                if (group.Count > 1)
                {
                    groups.Add([.. group.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return groups;
    }

    /// <summary>The top-level types the app declares in a namespace, by name (generic arity dropped).</summary>
    private static IEnumerable<string> TypesOf(string ns) =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == ns && !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name.Split('`')[0])
            .Distinct(StringComparer.Ordinal);

    /// <summary>Where a folder's code names one of <paramref name="typeNames"/> (a using directive lets it name them unqualified).</summary>
    private static IEnumerable<string> TypeNamesUsed(string folder, IEnumerable<string> typeNames)
    {
        var names = typeNames.ToHashSet(StringComparer.Ordinal);
        return SourceReferences.Files.Where(f => SourceReferences.FolderOf(f) == folder)
            .SelectMany(f => SourceReferences.CodeOnly(Read(f)).Split('\n')
                .Select((line, i) => (Line: i + 1, Words: Identifier().Matches(line).Select(m => m.Value).Where(names.Contains)))
                .SelectMany(l => l.Words.Select(w => $"{f}:{l.Line} names {w}")));
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(SourceReferences.AppFolder.FullName, file));

    private static IEnumerable<(string Namespace, int Line)> UsingDirectives(string file) =>
        SourceReferences.CodeOnly(Read(file)).Split('\n')
            .Select((line, i) => (Match: UsingDirective().Match(line), Line: i + 1))
            .Where(u => u.Match.Success)
            .Select(u => (u.Match.Groups["name"].Value, u.Line));

    private static IEnumerable<string> Describe(IEnumerable<FolderReference> references) =>
        references.Select(r => $"{r.File}:{r.Line} ({r.From} -> {r.To}) {r.Name}");

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods|Fallback)\s*\(")]
    private static partial Regex EndpointMapping();

    [GeneratedRegex(@"static\s+\w+\s+MapPortal(?<area>\w+)Api\s*\(")]
    private static partial Regex ApiDeclaration();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?(?<name>[\w.]+)\s*;")]
    private static partial Regex UsingDirective();
}
