using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Sims;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Sims;

/// <summary>What the SIM page says about the lock, derived from the SIM as it is now (not from the last change's flags).</summary>
public static class SimLockFacts
{
    /// <summary>
    /// The SIM is in another device model than the one it is locked to. It follows the current state: once an unbar moved
    /// the lock to the new device, or the SIM is back in its model, the badge goes, whatever the last change was.
    /// </summary>
    public static bool InAnotherModel(SimDto sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return sim.ImeiStatus is ImeiStatus.Locked or ImeiStatus.Differed
            && sim.Imei is { Length: Imei.Length } && sim.ImeiLock is { Length: Imei.Length }
            && !Imei.SameModel(sim.Imei, sim.ImeiLock);
    }

    /// <summary>A score a user should act on shows red; a middling one amber.</summary>
    public static Color RiskColor(int score) => score switch
    {
        >= 60 => Color.Error,
        >= 30 => Color.Warning,
        _ => Color.Info,
    };
}

/// <summary>The SIM's lock settings as the page edits them: allowed IMEIs one per line, judged by the service on save.</summary>
public sealed class LockSettingsForm
{
    public string AllowedImeis { get; set; } = "";

    public LockScope LockScope { get; set; }

    public static LockSettingsForm From(SimDto sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return new LockSettingsForm { AllowedImeis = string.Join('\n', sim.AllowedImeis), LockScope = sim.LockScope };
    }

    public ChangeLockRequest ToRequest() => new(
        AllowedImeis.Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList(),
        LockScope);

    /// <summary>The error keys the service may name: the list and each of its items.</summary>
    public static string ErrorFields => string.Join(' ', Enumerable.Range(0, 50).Select(i => $"allowedImeis[{i}]").Prepend("allowedImeis"));
}
