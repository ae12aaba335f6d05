using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

/// <summary>A SIM found by a network key: its row id and the ICCID the rest of the portal names it by.</summary>
public readonly record struct SimRef(long Id, string Iccid);

/// <summary>Finds the SIMs a network batch names by IMSI or MSISDN: one indexed query per chunk of keys, never one per item.</summary>
public static class SimKeyLookup
{
    public const string UnknownIccid = "Unknown SIM: no SIM has this ICCID.";

    /// <summary>The SIMs of the keys that name one; ICCID keys are looked up with the ICCIDs and are not resolved here.</summary>
    public static async Task<Dictionary<SimKey, SimRef>> ResolveAsync(PortalDbContext db, IEnumerable<SimKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = new Dictionary<SimKey, SimRef>();
        var numbers = keys.Where(k => k.Kind != SimKeyKind.Iccid).Distinct().ToList();
        foreach (var chunk in numbers.Chunk(Batches.LookupChunk))
        {
            var imsis = chunk.Where(k => k.Kind == SimKeyKind.Imsi).Select(k => k.Value).ToList();
            var msisdns = chunk.Where(k => k.Kind == SimKeyKind.Msisdn).Select(k => k.Value).ToList();
            // Both unique indexes answer one query (SQLite's OR-by-union); a kind that is absent adds no condition.
            var query = db.Sims.AsNoTracking();
            query = (imsis.Count, msisdns.Count) switch
            {
                ( > 0, > 0) => query.Where(s => imsis.Contains(s.Imsi!) || msisdns.Contains(s.Msisdn!)),
                ( > 0, _) => query.Where(s => imsis.Contains(s.Imsi!)),
                _ => query.Where(s => msisdns.Contains(s.Msisdn!)),
            };
            foreach (var sim in await query.Select(s => new { s.Id, s.Iccid, s.Imsi, s.Msisdn }).ToListAsync(cancellationToken))
            {
                var sought = new SimRef(sim.Id, sim.Iccid);
                if (sim.Imsi is { } imsi)
                {
                    found[new SimKey(SimKeyKind.Imsi, imsi)] = sought;
                }

                if (sim.Msisdn is { } msisdn)
                {
                    found[new SimKey(SimKeyKind.Msisdn, msisdn)] = sought;
                }
            }
        }

        return found;
    }

    /// <summary>The refusal of a key no SIM has, in the words the feed has always used for an unknown ICCID.</summary>
    public static string UnknownSim(SimKey key) => key.Kind switch
    {
        SimKeyKind.Iccid => UnknownIccid,
        _ => $"Unknown SIM: no SIM has this {key.Field.ToUpperInvariant()}.",
    };
}
