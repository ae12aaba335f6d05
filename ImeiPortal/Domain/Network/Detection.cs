using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Domain.Network;

/// <summary>
/// One IMEI observation from the network feed, kept whatever its effect (audit, replay, support):
/// a detection that changed nothing is as important to explain as one that fired an alarm.
/// </summary>
public sealed class Detection
{
    private Detection() => Iccid = "";

    public Detection(long id, long? previousId, string? detectionId, long simId, string iccid, string? imei, DateTime observedAt, DateTime receivedAt, DetectionResult result)
    {
        Id = id;
        PreviousId = previousId;
        DetectionId = detectionId;
        SimId = simId;
        Iccid = iccid;
        Imei = imei;
        ObservedAt = observedAt;
        ReceivedAt = receivedAt;
        Result = result;
    }

    public long Id { get; private set; }

    /// <summary>
    /// The same SIM's detection stored before this one (null for its first). A SIM's history is this chain from the
    /// SIM's latest detection, so storing a detection appends to the table and touches no per-SIM index.
    /// </summary>
    public long? PreviousId { get; private set; }

    /// <summary>The network's own id; a repeat is a duplicate and is applied once.</summary>
    public string? DetectionId { get; private set; }

    public long SimId { get; private set; }
    public string Iccid { get; private set; }

    /// <summary>The normalised IMEI, or null when the network did not provide one.</summary>
    public string? Imei { get; private set; }

    public DateTime ObservedAt { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public DetectionResult Result { get; private set; }
}
