namespace ImeiPortal.Domain.Network;

/// <summary>Data usage of one SIM over a period, as the network reports it (CDR-like).</summary>
public sealed class UsageRecord
{
    private UsageRecord() => Iccid = "";

    public UsageRecord(string? recordId, long simId, string iccid, DateTime start, DateTime end, long bytes, DateTime receivedAt)
    {
        if (end < start)
        {
            throw new ArgumentException("A usage record cannot end before it starts.", nameof(end));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        RecordId = recordId;
        SimId = simId;
        Iccid = iccid;
        Start = start;
        End = end;
        Bytes = bytes;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }
    public string? RecordId { get; private set; }
    public long SimId { get; private set; }
    public string Iccid { get; private set; }
    public DateTime Start { get; private set; }
    public DateTime End { get; private set; }
    public long Bytes { get; private set; }
    public DateTime ReceivedAt { get; private set; }

    /// <summary>Usage counts in the billing month it started in.</summary>
    public static string BillingMonth(DateTime start) => start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
