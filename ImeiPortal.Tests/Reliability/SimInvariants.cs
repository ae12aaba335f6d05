using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Reliability;

/// <summary>What must hold for every stored SIM whatever the feed or users did to it.</summary>
internal static class SimInvariants
{
    public static async Task<List<string>> ViolationsAsync(PortalFactory factory, IReadOnlyCollection<string>? iccids = null)
    {
        var sims = await factory.WithDbAsync(db => (iccids is null ? db.Sims : db.Sims.Where(s => iccids.Contains(s.Iccid))).AsNoTracking().ToListAsync());
        var violations = new List<string>();
        foreach (var s in sims)
        {
            if (s.ImeiStatus is ImeiStatus.Locked or ImeiStatus.Differed && s.ImeiLock is null)
            {
                violations.Add($"{s.Iccid}: {s.ImeiStatus} without an IMEI lock");
            }

            foreach (var (field, value) in new[] { ("imei", s.Imei), ("imeiLock", s.ImeiLock), ("firstImeiAfterTrigger", s.FirstImeiAfterTrigger) })
            {
                if (value is not null && (value.Length != 15 || !Luhn.IsValid(value)))
                {
                    violations.Add($"{s.Iccid}: {field} '{value}' is not a valid IMEI");
                }
            }

            if (s.Version < 0)
            {
                violations.Add($"{s.Iccid}: version {s.Version}");
            }
        }

        return violations;
    }
}
