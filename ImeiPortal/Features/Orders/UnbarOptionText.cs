using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Features.Orders;

/// <summary>
/// An unbar's option as a person reads it, wherever an order, a job or the journal names it. Not the enum's name:
/// "UpdateToLastSeen" says "last seen" where DOMAIN.md (and the unbar dialog) say the lock moves to the first device seen
/// after the trigger, which is not necessarily the latest.
/// </summary>
public static class UnbarOptionText
{
    public static string Of(UnbarOption option) => option switch
    {
        UnbarOption.KeepLock => "keep the IMEI lock",
        UnbarOption.UpdateToLastSeen => "lock moves to the first device after the trigger",
        _ => option.ToString(),
    };
}
