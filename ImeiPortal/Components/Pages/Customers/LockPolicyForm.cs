using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.DeviceModels;

namespace ImeiPortal.Components.Pages.Customers;

/// <summary>
/// A customer's lock policy as the dialog edits it. TACs are kept as typed: the service judges them, so a refusal
/// shows the service's own words next to the list instead of a second, drifting check here.
/// </summary>
public sealed class LockPolicyForm
{
    private readonly List<string> _tacs = [];

    public IReadOnlyList<string> Tacs => _tacs;

    public LockScope DefaultLockScope { get; set; }

    public ImeiNotProvidedPolicy WhenImeiNotProvided { get; set; }

    public static LockPolicyForm From(LockPolicyDto policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var form = new LockPolicyForm
        {
            DefaultLockScope = policy.DefaultLockScope ?? LockScope.Device,
            WhenImeiNotProvided = policy.WhenImeiNotProvided ?? ImeiNotProvidedPolicy.Reject,
        };
        form.Add(string.Join(' ', policy.AllowedTacs ?? []));
        return form;
    }

    /// <summary>Adds the TACs typed or pasted in one box (separated by commas, blanks or lines); one already listed is not added twice.</summary>
    public void Add(string? text)
    {
        foreach (var tac in (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!_tacs.Contains(tac, StringComparer.Ordinal))
            {
                _tacs.Add(tac);
            }
        }
    }

    public void Remove(string tac) => _tacs.Remove(tac);

    public LockPolicyDto ToRequest() => new([.. _tacs], DefaultLockScope, WhenImeiNotProvided);

    /// <summary>The error keys the service may name for the list: the list itself and each of its items.</summary>
    public string TacErrorFields => string.Join(' ', Enumerable.Range(0, _tacs.Count).Select(i => $"allowedTacs[{i}]").Prepend("allowedTacs"));

    /// <summary>"TAC — Maker Model" when the catalogue knows the model, else the TAC alone.</summary>
    public static string Label(string tac, IReadOnlyDictionary<string, DeviceModelDto> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.TryGetValue(tac, out var model) ? $"{tac} — {model.Manufacturer} {model.Model}" : $"{tac} (not in the catalogue)";
    }

    /// <summary>
    /// The catalogue by TAC as the customer's SIMs see it: the partner's own entry wins over the platform's, and other
    /// partners' entries (which an Admin also reads) do not apply.
    /// </summary>
    public static IReadOnlyDictionary<string, DeviceModelDto> ByTac(IEnumerable<DeviceModelDto> models, int partnerId) =>
        (models ?? []).Where(m => m.PartnerId is null || m.PartnerId == partnerId)
            .GroupBy(m => m.Tac, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.FirstOrDefault(m => m.PartnerId == partnerId) ?? g.First(), StringComparer.Ordinal);
}
