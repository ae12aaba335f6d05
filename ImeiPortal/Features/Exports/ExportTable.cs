using ImeiPortal.Data;

namespace ImeiPortal.Features.Exports;

internal sealed record Table(string Name, ExportColumn[] Columns)
{
    public IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Header).ToArray();

    /// <summary>The ordinal of each column among the query's <paramref name="names"/>, in column order.</summary>
    public int[] Ordinals(IReadOnlyList<string> names)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            byName.TryAdd(names[i], i);
        }

        return Columns.Select(c => byName.TryGetValue(c.Name, out var ordinal)
            ? ordinal
            : throw new InvalidOperationException($"The {Name} export query has no column {c.Name}.")).ToArray();
    }
}
