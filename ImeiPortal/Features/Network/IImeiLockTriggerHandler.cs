using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Features.Network;

/// <summary>
/// Reacts to an IMEI lock trigger (Locked -> Differed) while the detection that raised it is still unsaved:
/// whatever a handler adds to <paramref name="db"/> (notifications, bar orders) commits atomically with it.
/// </summary>
/// <remarks>The feed owns this contract and the alarms implement it, so the feed does not depend on what reacts to it.</remarks>
public interface IImeiLockTriggerHandler
{
    /// <summary>
    /// The batch's triggers, before each is handed over on its own: what a handler looks up for each of them it reads
    /// here at once, so a theft wave of thousands costs a few queries, not a few per SIM.
    /// </summary>
    Task OnTriggeringAsync(IBatchContext db, IReadOnlyList<(Sim Sim, ImeiLockTriggered Trigger)> triggers, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Locked -> Differed; <see cref="ImeiLockTriggered.Risk"/> is scored.</summary>
    Task OnTriggeredAsync(IBatchContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken);

    /// <summary>An Armed SIM was seen in <paramref name="imei"/>, a model outside its customer's allowed TACs, and stayed Armed.</summary>
    Task OnUnexpectedModelAsync(IBatchContext db, Sim sim, string imei, DateTime observedAt, CancellationToken cancellationToken);

    /// <summary>A Differed SIM is back in its lock device (or an allowed IMEI): delayed actions for it are withdrawn.</summary>
    Task OnBackInLockDeviceAsync(IBatchContext db, Sim sim, DateTime observedAt, CancellationToken cancellationToken);
}
