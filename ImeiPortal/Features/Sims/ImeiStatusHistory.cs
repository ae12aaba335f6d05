using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Features.Sims;

/// <summary>Keeps the IMEI status history the monthly fee report reads, next to the change that caused it.</summary>
public static class ImeiStatusHistory
{
    public static void RecordIfChanged(PortalDbContext db, Sim sim, ImeiStatus before, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Change(sim, before, at) is { } change)
        {
            db.ImeiStatusChanges.Add(change);
        }
    }

    /// <summary>The history row for <paramref name="sim"/>'s move from <paramref name="before"/>, if it moved; for a writer past EF (the feed).</summary>
    public static ImeiStatusChange? Change(Sim sim, ImeiStatus before, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return sim.ImeiStatus == before ? null : new ImeiStatusChange(sim.Id, at, before, sim.ImeiStatus);
    }
}
