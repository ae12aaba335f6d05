using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Domain.Sims;

/// <summary>
/// The customer's lock policy, as a SIM's rules need it: the device models (TACs) of the customer's fleet, the lock
/// scope of SIMs activated under it, and what to do with sessions that carry no IMEI.
/// </summary>
public sealed record LockPolicy(IReadOnlySet<string> AllowedTacs, LockScope DefaultLockScope, ImeiNotProvidedPolicy WhenImeiNotProvided)
{
    /// <summary>A customer without a policy, and a SIM without a customer: every model, Device scope, fail closed.</summary>
    public static readonly LockPolicy Default = new(new HashSet<string>(), LockScope.Device, ImeiNotProvidedPolicy.Reject);

    /// <summary>The policy from its stored columns (the customer's TACs one per line).</summary>
    public static LockPolicy FromStored(string allowedTacList, LockScope defaultLockScope, ImeiNotProvidedPolicy whenImeiNotProvided) =>
        new(allowedTacList.Length == 0 ? new HashSet<string>() : allowedTacList.Split('\n').ToHashSet(StringComparer.Ordinal), defaultLockScope, whenImeiNotProvided);

    /// <summary>An empty list allows every model.</summary>
    public bool AllowsModelOf(string imei) => AllowedTacs.Count == 0 || AllowedTacs.Contains(new Imei(imei).Tac);
}
