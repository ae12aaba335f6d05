using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Domain.Tenancy;

/// <summary>A partner's customer. Tags are free labels partners filter and report by.</summary>
public sealed class Customer
{
    private Customer()
    {
        Name = "";
        TagList = "";
        AllowedTacList = "";
    }

    public Customer(int partnerId, string name, IEnumerable<string>? tags, DateTime createdAt)
    {
        PartnerId = partnerId;
        Name = "";
        TagList = "";
        AllowedTacList = "";
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

    /// <summary>At most this many device models in a lock policy: a fleet, not a catalogue.</summary>
    public const int MaxAllowedTacs = 100;

    public const int AllowedTacListMaxLength = (MaxAllowedTacs * (Imei.TacLength + 1)) - 1;

    /// <summary>The lock policy's allowed TACs one per line, sorted; empty allows every model.</summary>
    public string AllowedTacList { get; private set; }

    public LockScope DefaultLockScope { get; private set; }

    public ImeiNotProvidedPolicy WhenImeiNotProvided { get; private set; }

    public LockPolicy LockPolicy => LockPolicy.FromStored(AllowedTacList, DefaultLockScope, WhenImeiNotProvided);

    /// <exception cref="FormatException">A TAC is not 8 digits.</exception>
    /// <exception cref="ArgumentException">More than <see cref="MaxAllowedTacs"/> distinct TACs.</exception>
    public void ChangeLockPolicy(IEnumerable<string>? allowedTacs, LockScope defaultLockScope, ImeiNotProvidedPolicy whenImeiNotProvided)
    {
        var tacs = (allowedTacs ?? []).Select(Imei.ParseTac).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        if (tacs.Count > MaxAllowedTacs)
        {
            throw new ArgumentException($"A lock policy allows at most {MaxAllowedTacs} device models, but {tacs.Count} were given.", nameof(allowedTacs));
        }

        AllowedTacList = string.Join('\n', tacs);
        DefaultLockScope = defaultLockScope;
        WhenImeiNotProvided = whenImeiNotProvided;
    }

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
