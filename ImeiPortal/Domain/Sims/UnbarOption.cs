namespace ImeiPortal.Domain.Sims;

/// <summary>What an unbar does to the IMEI lock after an IMEI lock bar.</summary>
public enum UnbarOption
{
    /// <summary>Stay locked to the original device. While still in the 2nd device the SIM can use data; the bar fires again only in a 3rd device.</summary>
    KeepLock = 0,

    /// <summary>Lock to the first device seen after the trigger (not necessarily the latest when there were several).</summary>
    UpdateToLastSeen = 1,
}
