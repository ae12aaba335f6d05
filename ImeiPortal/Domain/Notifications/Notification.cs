using ImeiPortal.Domain.Tenancy;

namespace ImeiPortal.Domain.Notifications;

public enum NotificationKind
{
    ImeiStatusChange = 0,
    UsageThreshold = 1,

    /// <summary>An Armed SIM was first seen in a device model outside its customer's allowed TACs, and did not lock to it.</summary>
    UnexpectedModel = 2,

    /// <summary>The one e-mail/webhook message of an <see cref="Notifications.Incident"/> for an alarm, listing its SIMs.</summary>
    Incident = 3,
}

public enum DeliveryChannel
{
    Portal = 0,
    Email = 1,
    Webhook = 2,
}

public enum DeliveryState
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}

/// <summary>One alarm firing. Its deliveries form a durable outbox: a failing channel never loses it.</summary>
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
        Message = "";
    }

    public Notification(int alarmId, int partnerId, int? customerId, long? simId, string? iccid, DateTime createdAt,
        NotificationKind kind, string message)
    {
        AlarmId = alarmId;
        PartnerId = partnerId;
        CustomerId = customerId;
        SimId = simId;
        Iccid = iccid;
        CreatedAt = createdAt;
        Kind = kind;
        Message = message;
    }

    public long Id { get; private set; }
    public int AlarmId { get; private set; }
    public int PartnerId { get; private set; }
    public int? CustomerId { get; private set; }
    public long? SimId { get; private set; }
    public string? Iccid { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Message { get; private set; }
    public string? PreviousImei { get; set; }
    public string? NewImei { get; set; }
    public string? ImeiLock { get; set; }
    public bool TacChanged { get; set; }

    /// <summary>The trigger's theft risk score and its reasons (one per line), for IMEI lock notifications.</summary>
    public int? RiskScore { get; set; }
    public string RiskReasonList { get; set; } = "";
    public IReadOnlyList<string> RiskReasons => RiskReasonList.Length == 0 ? [] : RiskReasonList.Split('\n');

    /// <summary>The theft wave this trigger belongs to; its e-mail and webhook go out once, on the incident's notification.</summary>
    public long? IncidentId { get; private set; }

    public Incident? Incident { get; private set; }

    public void JoinIncident(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Incident = incident;
        IncidentId = incident.Id == 0 ? null : incident.Id;
    }
    public List<NotificationDelivery> Deliveries { get; private set; } = [];
}

public sealed class NotificationDelivery
{
    private NotificationDelivery() => Target = "";

    public NotificationDelivery(DeliveryChannel channel, string target, DateTime dueAt)
    {
        Channel = channel;
        Target = target;
        NextAttemptAt = dueAt;
    }

    public long Id { get; private set; }
    public long NotificationId { get; private set; }
    public DeliveryChannel Channel { get; private set; }

    /// <summary>User id (portal), email address or webhook URL.</summary>
    public string Target { get; private set; }

    public DeliveryState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? NextAttemptAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>Portal channel only: when the recipient opened it (the unread badge counts nulls).</summary>
    public DateTime? ReadAt { get; private set; }

    /// <summary>
    /// The portal instance sending this delivery, until <see cref="LeaseUntil"/> (several instances on one database);
    /// set only by the claim, ended by the attempt's outcome (a retry is then anyone's). A crashed instance's lease runs
    /// out and another instance sends the delivery.
    /// </summary>
    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public void Delivered(DateTime at)
    {
        Attempts++;
        EndLease();
        State = DeliveryState.Delivered;
        DeliveredAt = at;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Records a failed attempt; gives up after <paramref name="maxAttempts"/>, else retries after an exponential backoff.</summary>
    public void AttemptFailed(string error, DateTime at, int maxAttempts, TimeSpan baseDelay)
    {
        Attempts++;
        EndLease();
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= maxAttempts)
        {
            State = DeliveryState.Failed;
            NextAttemptAt = null;
            return;
        }

        NextAttemptAt = at + TimeSpan.FromTicks(baseDelay.Ticks * (1L << Math.Min(Attempts - 1, 16)));
    }

    /// <summary>Gives up without an attempt: the delivery cannot be made as it must be (nothing was sent).</summary>
    public void Abandon(string reason)
    {
        EndLease();
        State = DeliveryState.Failed;
        NextAttemptAt = null;
        LastError = reason.Length > 500 ? reason[..500] : reason;
    }

    public void MarkRead(DateTime at) => ReadAt ??= at;

    private void EndLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }
}
