namespace ImeiPortal.Domain.Sims;

/// <summary>Raised when a locked SIM is seen in another device (Locked -> Differed); the IMEI status change alarms react to it.</summary>
/// <param name="PreviousImei">The IMEI the SIM was last seen with before this detection.</param>
/// <param name="NewImei">The device now detected.</param>
/// <param name="ImeiLock">The device the SIM is locked to.</param>
/// <param name="TacChanged">The new device is another model (TAC) than the previous one: a stronger theft signal.</param>
public sealed record ImeiLockTriggered(
    long SimId,
    string Iccid,
    string? PreviousImei,
    string NewImei,
    string? ImeiLock,
    bool TacChanged,
    DateTime ObservedAt)
{
    /// <summary>The theft risk the feed scored for this trigger (see <see cref="TheftRisk"/>); null until scored.</summary>
    public RiskScore? Risk { get; init; }
}
