namespace ImeiPortal.Domain.Sims;

/// <summary>
/// History of a SIM's IMEI status, kept for the monthly IMEI lock fee: a SIM is chargeable in a month
/// if it was Armed, Locked or Differed at any time in it, which needs the status at the month's start
/// as well as every change within it.
/// </summary>
public sealed class ImeiStatusChange
{
    private ImeiStatusChange() { }

    public ImeiStatusChange(long simId, DateTime at, ImeiStatus? from, ImeiStatus to)
    {
        SimId = simId;
        At = at;
        From = from;
        To = to;
    }

    public long Id { get; private set; }
    public long SimId { get; private set; }
    public DateTime At { get; private set; }
    public ImeiStatus? From { get; private set; }
    public ImeiStatus To { get; private set; }

    public static bool IsChargeable(ImeiStatus status) =>
        status is ImeiStatus.Armed or ImeiStatus.Locked or ImeiStatus.Differed;
}
