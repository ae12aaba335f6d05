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
    Task OnTriggeredAsync(IBatchContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken);
}
