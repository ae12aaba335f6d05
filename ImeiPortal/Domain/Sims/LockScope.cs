namespace ImeiPortal.Domain.Sims;

/// <summary>What a Locked SIM is locked to.</summary>
public enum LockScope
{
    /// <summary>The one device of <see cref="Sim.ImeiLock"/> (and the SIM's allowed IMEIs).</summary>
    Device = 0,

    /// <summary>The device model (TAC) of <see cref="Sim.ImeiLock"/>: any unit of that model is accepted (Monogoto's model lock).</summary>
    Model = 1,
}

/// <summary>What happens to a data session of a Locked SIM whose network reports no IMEI (Soracom's "|ANONYMOUS").</summary>
public enum ImeiNotProvidedPolicy
{
    /// <summary>Fail closed: without an IMEI the lock cannot be checked.</summary>
    Reject = 0,

    /// <summary>The customer's networks are known not to report IMEIs on some sessions.</summary>
    Accept = 1,
}
