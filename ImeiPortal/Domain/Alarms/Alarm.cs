using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;

namespace ImeiPortal.Domain.Alarms;

public enum AlarmType
{
    ImeiStatusChange = 0,
    SingleSim = 1,
    StaticPool = 2,
    DynamicPool = 3,
}

public enum AlarmAction
{
    Notify = 0,
    Bar = 1,
    Deactivate = 2,
}

/// <summary>
/// A rule that watches SIMs and notifies people (and may act on the SIM) when its condition holds.
/// Scope: the partner's SIMs, or <see cref="CustomerId"/>'s when set; <see cref="Iccids"/>, when given, narrow it to those
/// SIMs while they stay in that scope (a SIM moved to another customer leaves a customer's alarm).
/// </summary>
public sealed class Alarm : ITenantOwned
{
    private Alarm() => Name = "";

    public Alarm(int partnerId, AlarmType type, string name, DateTime createdAt)
    {
        PartnerId = partnerId;
        Type = type;
        Name = name;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int PartnerId { get; private set; }
    public int? CustomerId { get; set; }
    public AlarmType Type { get; private set; }
    public string Name { get; set; }
    public AlarmAction Action { get; set; }
    public bool Enabled { get; set; }
    public List<string> Iccids { get; set; } = [];
    public List<string> RecipientUserIds { get; set; } = [];
    public List<string> RecipientEmails { get; set; } = [];
    public string? WebhookUrl { get; set; }

    /// <summary>Minutes a Bar or Deactivate waits (0-1440); the SIM returning to its lock device meanwhile cancels it.</summary>
    public int ActionDelayMinutes { get; set; }

    /// <summary>The alarm acts (bars, deactivates) only on triggers scored at least this (0-100); it notifies on every one.</summary>
    public int MinRiskScore { get; set; }

    public const int MaxActionDelayMinutes = 1440;

    /// <summary>The webhook's signing secret, stored encrypted (never the plain secret); null until the alarm has a webhook.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Usage alarms: megabytes per billing month (one SIM, the pool, or each dynamic pool).</summary>
    public long? ThresholdMb { get; set; }

    /// <summary>Dynamic pool membership: SIMs matching these at evaluation time.</summary>
    public SimStatus? FilterStatus { get; set; }
    public ImeiStatus? FilterImeiStatus { get; set; }
    public string? FilterNetwork { get; set; }
    public string? FilterTag { get; set; }

    public DateTime CreatedAt { get; private set; }
    public int Version { get; set; }
}

/// <summary>Marks that an alarm fired for a period (and SIM), so each condition fires exactly once.</summary>
public sealed class AlarmFiring
{
    private AlarmFiring() => PeriodKey = "";

    public AlarmFiring(int alarmId, string periodKey, DateTime firedAt)
    {
        AlarmId = alarmId;
        PeriodKey = periodKey;
        FiredAt = firedAt;
    }

    public long Id { get; private set; }
    public int AlarmId { get; private set; }
    public string PeriodKey { get; private set; }
    public DateTime FiredAt { get; private set; }
}
