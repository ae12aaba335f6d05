namespace ImeiPortal.Domain.Sims;

/// <summary>What <see cref="Sim.ApplyDetection"/> did, for the detection record and the journal.</summary>
/// <param name="NewImei">The normalised detected IMEI; null when not provided.</param>
/// <param name="Trigger">Set when this detection fired the IMEI lock alarm; the only place a trigger travels.</param>
public sealed record DetectionOutcome(
    DetectionResult Result,
    ImeiStatus StatusBefore,
    ImeiStatus StatusAfter,
    string? PreviousImei,
    string? NewImei,
    bool ImeiChanged,
    bool TacChanged,
    ImeiLockTriggered? Trigger)
{
    /// <summary>
    /// Nothing but "last seen" moved (<see cref="Sim.ImeiLastSeenAt"/>, <see cref="Sim.LastObservedAt"/>, <see cref="Sim.Version"/>),
    /// or nothing at all: bookkeeping, not a business change, so nothing to journal and nothing fired.
    /// </summary>
    public bool OnlyLastSeen => Result is not DetectionResult.Applied && Trigger is null;
}
