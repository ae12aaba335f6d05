namespace ImeiPortal.Domain.Sims;

/// <summary>What <see cref="Sim.ApplyDetection"/> did, for the detection record and the journal.</summary>
/// <param name="NewImei">The normalised detected IMEI; null when not provided.</param>
/// <param name="Trigger">Set when this detection fired the IMEI lock alarm.</param>
public sealed record DetectionOutcome(
    DetectionResult Result,
    ImeiStatus StatusBefore,
    ImeiStatus StatusAfter,
    string? PreviousImei,
    string? NewImei,
    bool ImeiChanged,
    bool TacChanged,
    ImeiLockTriggered? Trigger);
