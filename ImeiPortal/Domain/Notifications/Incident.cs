using ImeiPortal.Domain.Tenancy;

namespace ImeiPortal.Domain.Notifications;

/// <summary>
/// A theft wave: more than <see cref="MinSimsExclusive"/> of one customer's SIMs triggered into devices of the same new
/// model (TAC) within <see cref="Window"/>. Its members' e-mail and webhook messages go out once for the incident; their
/// portal notifications and actions stay per SIM.
/// </summary>
/// <remarks>Times are the portal's, when it raised each trigger: an incident groups the messages a storm would send.</remarks>
public sealed class Incident : ITenantOwned
{
    /// <summary>An incident forms at the trigger after this many SIMs ("more than 20").</summary>
    public const int MinSimsExclusive = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private Incident()
    {
        NewTac = "";
    }

    public Incident(int partnerId, int customerId, string newTac, int simCount, DateTime firstAt, DateTime lastAt)
    {
        PartnerId = partnerId;
        CustomerId = customerId;
        NewTac = newTac;
        SimCount = simCount;
        FirstAt = firstAt;
        LastAt = lastAt;
    }

    public long Id { get; private set; }
    public int PartnerId { get; private set; }
    public int? CustomerId { get; private set; }
    public string NewTac { get; private set; }
    public int SimCount { get; private set; }
    public DateTime FirstAt { get; private set; }
    public DateTime LastAt { get; private set; }

    /// <summary>Whether <paramref name="distinctSims"/> triggers within the window make an incident.</summary>
    public static bool Forms(int distinctSims) => distinctSims > MinSimsExclusive;

    /// <summary>A trigger at <paramref name="at"/> still belongs to this incident (within the window of its last one).</summary>
    public bool IsOpenAt(DateTime at) => at - LastAt <= Window;

    /// <summary>Another SIM of the wave.</summary>
    public void Join(DateTime at)
    {
        SimCount++;
        if (at > LastAt)
        {
            LastAt = at;
        }
    }
}
