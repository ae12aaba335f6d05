using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Features.Network;

/// <summary>
/// Reacts to an IMEI lock trigger (Locked -> Differed) while the detection that raised it is still unsaved:
/// whatever a handler adds to <paramref name="db"/> (notifications, bar orders) commits atomically with it.
/// Handlers must not call SaveChanges themselves.
/// </summary>
public interface IImeiLockTriggerHandler
{
    Task OnTriggeredAsync(PortalDbContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken);
}
