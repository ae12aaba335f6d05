namespace ImeiPortal.Domain.Sims;

/// <summary>How a network IMEI detection affected a SIM.</summary>
public enum DetectionResult
{
    /// <summary>The IMEI fields or the IMEI status changed.</summary>
    Applied = 0,

    /// <summary>The network gave no IMEI (nothing, blank or zeros); nothing changed.</summary>
    NotProvided = 1,

    /// <summary>Older than the last applied detection; nothing changed.</summary>
    OutOfOrder = 2,

    /// <summary>The same device again; only the last-seen time moved.</summary>
    Repeated = 3,
}
