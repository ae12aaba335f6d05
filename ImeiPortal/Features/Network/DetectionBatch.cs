using ImeiPortal.Domain;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiValue = ImeiPortal.Domain.Identifiers.Imei;

namespace ImeiPortal.Features.Network;

/// <summary>An item of a feed batch that passed the checks; <paramref name="Iccid"/> is null until a number names a SIM.</summary>
public sealed record DetectionCandidate(int Index, string? DetectionId, SimKey Key, string? Iccid, string? Imei, DateTime ObservedAt);

/// <summary>One SIM's detections of a batch, in the order they are applied (observedAt, then position in the call).</summary>
public sealed record SimDetections<TSim>(TSim Sim, IReadOnlyList<DetectionCandidate> Items);

/// <summary>A batch sorted out: what applies per SIM, how many were duplicates, and every rejected item in index order.</summary>
public sealed record GroupedDetections<TSim>(IReadOnlyList<SimDetections<TSim>> PerSim, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

/// <summary>
/// The feed batch's decisions that need no database: which items are bad, which are duplicates, which SIM each names and
/// in which order a SIM's detections apply. <see cref="NetworkService"/> reads what these decisions need (the SIMs, the
/// detectionIds already stored) and writes what they produce; a retry decides again on fresh reads.
/// </summary>
public sealed class DetectionBatch
{
    private readonly IReadOnlyList<RejectedItem> _bad;

    private DetectionBatch(IReadOnlyList<DetectionCandidate> candidates, IReadOnlyList<RejectedItem> bad)
    {
        Candidates = candidates;
        _bad = bad;
        Iccids = [.. candidates.Select(c => c.Iccid).OfType<string>().Distinct(StringComparer.Ordinal)];
        DetectionIds = [.. candidates.Select(c => c.DetectionId).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The items that passed the checks, in the order of the call.</summary>
    public IReadOnlyList<DetectionCandidate> Candidates { get; }

    /// <summary>Some SIM is named by IMSI or MSISDN, so its ICCID must be looked up (<see cref="WithIccids"/>).</summary>
    public bool NamesSimsByNumber => Candidates.Any(c => c.Key.Kind != SimKeyKind.Iccid);

    /// <summary>The distinct ICCIDs the batch names (once numbers are resolved).</summary>
    public IReadOnlyList<string> Iccids { get; }

    /// <summary>The distinct detectionIds the batch carries, to look up among the stored ones.</summary>
    public IReadOnlyList<string> DetectionIds { get; }

    /// <summary>Checks every item; a bad one is rejected by its index and the rest go on.</summary>
    /// <param name="latest">The latest observedAt accepted (the portal's clock plus <paramref name="maxClockSkewMinutes"/>).</param>
    public static DetectionBatch Check(IReadOnlyList<DetectionInput> items, DateTime latest, int maxClockSkewMinutes)
    {
        ArgumentNullException.ThrowIfNull(items);
        var candidates = new List<DetectionCandidate>(items.Count);
        var bad = new List<RejectedItem>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Check(i, items[i], latest, maxClockSkewMinutes, out var candidate) is { } error)
            {
                bad.Add(new RejectedItem(i, error));
            }
            else
            {
                candidates.Add(candidate);
            }
        }

        return new DetectionBatch(candidates, bad);
    }

    /// <summary>The batch with the ICCIDs of the SIMs its numbers name; a number no SIM has keeps a null ICCID (unknown).</summary>
    public DetectionBatch WithIccids(IReadOnlyDictionary<SimKey, string> iccidsByNumber)
    {
        ArgumentNullException.ThrowIfNull(iccidsByNumber);
        return new DetectionBatch(
            [.. Candidates.Select(c => c.Key.Kind == SimKeyKind.Iccid ? c : c with { Iccid = iccidsByNumber.TryGetValue(c.Key, out var iccid) ? iccid : null })],
            _bad);
    }

    /// <summary>
    /// Drops duplicates (a detectionId already stored, or repeated within the batch: the first applies), rejects items
    /// whose SIM is not in <paramref name="sims"/>, and groups the rest per SIM (SIMs in the order the call first names them).
    /// </summary>
    public GroupedDetections<TSim> Group<TSim>(IReadOnlySet<string> storedIds, IReadOnlyDictionary<string, TSim> sims)
        where TSim : notnull
    {
        ArgumentNullException.ThrowIfNull(storedIds);
        ArgumentNullException.ThrowIfNull(sims);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<RejectedItem>();
        var duplicates = 0;
        var perIccid = new Dictionary<string, List<DetectionCandidate>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var candidate in Candidates)
        {
            // An id counts as seen even when its SIM is unknown: the network sent it once, and a resend is a duplicate.
            if (candidate.DetectionId is { } id && (storedIds.Contains(id) || !seenIds.Add(id)))
            {
                duplicates++;
            }
            else if (candidate.Iccid is not { } iccid || !sims.ContainsKey(iccid))
            {
                unknown.Add(new RejectedItem(candidate.Index, SimKeyLookup.UnknownSim(candidate.Key)));
            }
            else
            {
                if (!perIccid.TryGetValue(iccid, out var list))
                {
                    perIccid[iccid] = list = [];
                    order.Add(iccid);
                }

                list.Add(candidate);
            }
        }

        var perSim = order.ConvertAll(iccid => new SimDetections<TSim>(sims[iccid], [.. perIccid[iccid].OrderBy(c => c.ObservedAt).ThenBy(c => c.Index)]));
        return new GroupedDetections<TSim>(perSim, duplicates, [.. _bad.Concat(unknown).OrderBy(r => r.Index)]);
    }

    private static string? Check(int index, DetectionInput? item, DateTime latest, int maxClockSkewMinutes, out DetectionCandidate candidate)
    {
        candidate = default!;
        if (item is null)
        {
            return "An item is required.";
        }

        if (!SimKey.TryParse(item.Iccid, item.Imsi, item.Msisdn, out var key, out _, out var keyError))
        {
            return keyError;
        }

        if (item.ObservedAt is not { } observedAt)
        {
            return "observedAt is required.";
        }

        if (UtcTime.AsUtc(observedAt) > latest)
        {
            return $"observedAt is more than {maxClockSkewMinutes} minutes in the future.";
        }

        if (!ImeiValue.IsNotProvided(item.Imei) && !ImeiValue.TryParse(item.Imei, out _, out var imeiError))
        {
            return imeiError;
        }

        if (item.DetectionId is { Length: > 100 })
        {
            return "detectionId must be at most 100 characters.";
        }

        var id = string.IsNullOrWhiteSpace(item.DetectionId) ? null : item.DetectionId.Trim();
        candidate = new DetectionCandidate(index, id, key, key.Kind == SimKeyKind.Iccid ? key.Value : null, item.Imei, UtcTime.AsUtc(observedAt));
        return null;
    }
}
