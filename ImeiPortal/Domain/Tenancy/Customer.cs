namespace ImeiPortal.Domain.Tenancy;

/// <summary>A partner's customer. Tags are free labels partners filter and report by.</summary>
public sealed class Customer
{
    private Customer()
    {
        Name = "";
        TagList = "";
    }

    public Customer(int partnerId, string name, IEnumerable<string>? tags, DateTime createdAt)
    {
        PartnerId = partnerId;
        Name = "";
        TagList = "";
        Update(name, tags);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int PartnerId { get; private set; }
    public string Name { get; private set; }
    /// <summary>Tags one per line: a single column that lists can filter with a plain LIKE.</summary>
    public string TagList { get; private set; }

    public IReadOnlyList<string> Tags => TagList.Length == 0 ? [] : TagList.Split('\n');
    public DateTime CreatedAt { get; private set; }

    public void Update(string name, IEnumerable<string>? tags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        TagList = string.Join('\n', NormaliseTags(tags));
    }

    /// <summary>Trimmed, distinct (case-insensitive), sorted: so equal tag sets compare and journal equally.</summary>
    public static List<string> NormaliseTags(IEnumerable<string>? tags) =>
        (tags ?? [])
            .Select(t => t.Trim())
            .Where(t => t.Length > 0 && !t.Contains('\n', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
