using ImeiValue = ImeiPortal.Domain.Identifiers.Imei;

namespace ImeiPortal.Domain.Sims;

/// <summary>
/// What a data session's decision reads of a SIM (<see cref="Sim.AuthorizeDataSession"/>): its status, its lock and an open
/// swap window. A value of its own so that the network's most frequent question can be answered from these columns
/// alone, without loading the SIM (bench/README.md, 2026-12-03: authorize).
/// </summary>
/// <param name="AllowedImeiList">As stored: <see cref="Sim.AllowedImeiList"/>.</param>
public readonly record struct SimSessionState(
    SimStatus Status,
    bool BarredByImeiLock,
    ImeiStatus ImeiStatus,
    string? ImeiLock,
    string AllowedImeiList,
    LockScope LockScope,
    DateTime? SwapWindowUntil,
    string? SwapWindowTac)
{
    /// <summary>Decides a data session for a device presenting <paramref name="presentedImei"/> (IMEI, IMEISV, or not provided).</summary>
    /// <param name="whenImeiNotProvided">The customer's lock policy for a session without an IMEI.</param>
    /// <param name="now">When the session starts, for an open swap window; a window is ignored without it.</param>
    public SessionAuthorization Authorize(string? presentedImei, ImeiNotProvidedPolicy whenImeiNotProvided, DateTime? now)
    {
        var refused = Status switch
        {
            SimStatus.Active => null,
            SimStatus.Inventory => Reject(SessionReasonCode.SimNotActive, "The SIM is not activated yet (Inventory): data sessions are rejected."),
            SimStatus.Suspended => Reject(SessionReasonCode.SimSuspended, "The SIM is suspended: data sessions are rejected."),
            SimStatus.Barred when BarredByImeiLock => Reject(SessionReasonCode.SimBarred, "The SIM is barred by the IMEI lock: data sessions are rejected until it is unbarred."),
            SimStatus.Barred => Reject(SessionReasonCode.SimBarred, "The SIM is barred: data sessions are rejected."),
            SimStatus.Deactivated => Reject(SessionReasonCode.SimDeactivated, "The SIM is deactivated: data sessions are rejected."),
            _ => Reject(SessionReasonCode.SimNotActive, $"The SIM is {Status}: data sessions are rejected."),
        };
        if (refused is not null)
        {
            return refused;
        }

        switch (ImeiStatus)
        {
            case ImeiStatus.Neutral:
                return Accept("The IMEI lock is disabled (Neutral): any device is accepted.");
            case ImeiStatus.Armed:
                return Accept("The IMEI lock is armed and not yet locked to a device: any device is accepted.");
            case ImeiStatus.Pairing:
                return Accept("The SIM is in IMEI pairing: any device is accepted without an IMEI check.");
            default:
                break;
        }

        if (ImeiLock is null)
        {
            return Reject(SessionReasonCode.ImeiMismatch, $"The IMEI lock is {ImeiStatus} but no lock IMEI is recorded.");
        }

        if (ImeiValue.IsNotProvided(presentedImei))
        {
            return ImeiStatus == ImeiStatus.Locked && whenImeiNotProvided == ImeiNotProvidedPolicy.Accept
                ? Accept("IMEI not provided: accepted by the customer's lock policy for sessions without an IMEI.")
                : Reject(SessionReasonCode.ImeiNotProvided, $"IMEI not provided: the SIM is locked to IMEI {ImeiLock}.");
        }

        if (!ImeiValue.TryParse(presentedImei, out var presented, out var error))
        {
            return Reject(SessionReasonCode.ImeiMismatch, $"The presented IMEI is invalid ({error}), so it cannot match the lock IMEI {ImeiLock}.");
        }

        if (presented.Value == ImeiLock)
        {
            return Accept($"The presented IMEI {presented.Value} matches the lock IMEI.");
        }

        if (Sim.SplitAllowedImeis(AllowedImeiList).Contains(presented.Value))
        {
            return Accept($"The presented IMEI {presented.Value} is one of the SIM's allowed IMEIs.");
        }

        if (LockScope == LockScope.Model && ImeiValue.SameModel(ImeiLock, presented.Value))
        {
            return Accept($"The presented IMEI {presented.Value} is of the lock device's model (TAC {presented.Tac}), and the lock is model-wide.");
        }

        // The session comes before the detection that moves the lock, so an open swap must admit it here too.
        if (ImeiStatus == ImeiStatus.Locked && now is { } at && SwapWindowOpenAt(at) && SwapWindowAdmits(presented.Value))
        {
            return Accept($"The presented IMEI {presented.Value} is admitted by the device swap authorised until {SwapWindowUntil:u}.");
        }

        return Reject(SessionReasonCode.ImeiMismatch, $"The presented IMEI {presented.Value} does not match the lock IMEI {ImeiLock}.");

        static SessionAuthorization Accept(string reason) => new(SessionDecision.Accept, SessionReasonCode.Accepted, reason);

        static SessionAuthorization Reject(SessionReasonCode code, string reason) => new(SessionDecision.Reject, code, reason);
    }

    public bool SwapWindowOpenAt(DateTime at) => SwapWindowUntil is { } until && UtcTime.AsUtc(at) <= until;

    public bool SwapWindowAdmits(string imei) =>
        SwapWindowUntil is not null && (SwapWindowTac is null || new ImeiValue(imei).Tac == SwapWindowTac);
}
