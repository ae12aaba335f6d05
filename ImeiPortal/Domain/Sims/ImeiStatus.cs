namespace ImeiPortal.Domain.Sims;

/// <summary>State of a SIM's IMEI lock. Values are persisted: never renumber.</summary>
public enum ImeiStatus
{
    /// <summary>No lock enforced; detections only update the last seen IMEI.</summary>
    Neutral = 0,

    /// <summary>Locks to the next IMEI seen.</summary>
    Armed = 1,

    /// <summary>Locked to <see cref="Sim.ImeiLock"/>.</summary>
    Locked = 2,

    /// <summary>Seen in another device than the lock; the alarm has fired.</summary>
    Differed = 3,

    /// <summary>Every device seen becomes the saved IMEI, without any check.</summary>
    Pairing = 4,
}
