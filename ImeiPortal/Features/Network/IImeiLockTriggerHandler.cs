namespace ImeiPortal.Features.Network;
using ImeiPortal.Data; using ImeiPortal.Domain.Sims;
/// <summary>Called for each Locked->Differed trigger before the detection batch is saved, so what a handler adds commits atomically with it.</summary>
public interface IImeiLockTriggerHandler
{
    Task OnTriggeredAsync(PortalDbContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken);
}
