using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Features.Sims;

/// <summary>Keeps the IMEI status history the monthly fee report reads, next to the change that caused it.</summary>
public static class ImeiStatusHistory
{
    public static void RecordIfChanged(PortalDbContext db, Sim sim, ImeiStatus before, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        if (sim.ImeiStatus != before)
        {
            db.ImeiStatusChanges.Add(new ImeiStatusChange(sim.Id, at, before, sim.ImeiStatus));
        }
    }
}
