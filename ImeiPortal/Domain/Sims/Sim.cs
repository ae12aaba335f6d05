using System.Globalization;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Tenancy;
using ImeiValue = ImeiPortal.Domain.Identifiers.Imei;
using ImsiValue = ImeiPortal.Domain.Identifiers.Imsi;
using MsisdnValue = ImeiPortal.Domain.Identifiers.Msisdn;

namespace ImeiPortal.Domain.Sims;

/// <summary>
/// A SIM card with its lifecycle and its IMEI lock state machine. Services load it, call one method, save it;
/// every method that changes persisted state increments <see cref="Version"/> (the optimistic concurrency token).
/// </summary>
public sealed class Sim : ITenantOwned
{
    /// <summary>More than this many IMEI changes within <see cref="FrequentChangesWindow"/> flag the SIM.</summary>
    public const int FrequentChangesThreshold = 2;

    /// <summary>Upper bound of <see cref="RecentImeiChanges"/>' length, for the column size.</summary>
    public const int RecentImeiChangesMaxLength = ((FrequentChangesThreshold + 1) * 28) + FrequentChangesThreshold;

    public static readonly TimeSpan FrequentChangesWindow = TimeSpan.FromHours(48);

    private const char ChangeTimeSeparator = ';';

    public Sim(Iccid iccid, int partnerId, DateTime createdAt, string? imsi = null, string? msisdn = null, string? network = null, int? customerId = null)
    {
        Iccid = iccid.Value ?? throw new ArgumentException("An ICCID is required.", nameof(iccid));
        PartnerId = partnerId;
        CreatedAt = UtcTime.AsUtc(createdAt);
        (Imsi, Msisdn, Network) = NormaliseNumbers(imsi, msisdn, network);
        CustomerId = customerId;
        Status = SimStatus.Inventory;
        ImeiStatus = ImeiStatus.Neutral;
        RecentImeiChanges = string.Empty;
    }

    // For EF Core materialisation.
    private Sim()
    {
        Iccid = string.Empty;
        RecentImeiChanges = string.Empty;
    }

    public long Id { get; private set; }

    public string Iccid { get; private set; }

    public string? Imsi { get; private set; }

    public string? Msisdn { get; private set; }

    public string? Network { get; private set; }

    public int PartnerId { get; private set; }

    public int? CustomerId { get; private set; }

    /// <summary>The customer service (product) the SIM runs under.</summary>
    public int? ServiceId { get; private set; }

    public SimStatus Status { get; private set; }

    /// <summary>The IMEI last seen.</summary>
    public string? Imei { get; private set; }

    /// <summary>The device the SIM is locked to.</summary>
    public string? ImeiLock { get; private set; }

    public ImeiStatus ImeiStatus { get; private set; }

    public DateTime? ImeiLastSeenAt { get; private set; }

    /// <summary>The first device seen after the last alarm; what "unbar and update to last seen" locks to.</summary>
    public string? FirstImeiAfterTrigger { get; private set; }

    /// <summary>When the last applied detection was observed; older detections are ignored.</summary>
    public DateTime? LastObservedAt { get; private set; }

    /// <summary>The last IMEI change moved to another device model (TAC).</summary>
    public bool TacChanged { get; private set; }

    /// <summary>More than <see cref="FrequentChangesThreshold"/> IMEI changes within <see cref="FrequentChangesWindow"/> (as of the last change).</summary>
    public bool FrequentImeiChanges { get; private set; }

    /// <summary>Round-trip UTC times of the latest IMEI changes, joined by ';': only those the 48 h window still needs.</summary>
    public string RecentImeiChanges { get; private set; }

    /// <summary>The current bar was raised by the IMEI lock alarm, so unbarring decides what happens to the lock.</summary>
    public bool BarredByImeiLock { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; private set; }

    public void AssignCustomer(int? customerId, int? serviceId = null)
    {
        if (customerId is null && serviceId is not null)
        {
            throw new ArgumentException("A customer service can only be set together with its customer.", nameof(serviceId));
        }

        CustomerId = customerId;
        ServiceId = serviceId;
        Version++;
    }

    /// <exception cref="FormatException">The IMSI or MSISDN is malformed.</exception>
    public void UpdateNumbers(string? imsi, string? msisdn, string? network)
    {
        (Imsi, Msisdn, Network) = NormaliseNumbers(imsi, msisdn, network);
        Version++;
    }

    // ---- Network detections ----

    /// <summary>Applies a network detection of <paramref name="rawImei"/> observed at <paramref name="observedAt"/> (UTC).</summary>
    /// <exception cref="FormatException">An IMEI is present but malformed.</exception>
    public DetectionOutcome ApplyDetection(string? rawImei, DateTime observedAt)
    {
        observedAt = UtcTime.AsUtc(observedAt);
        var statusBefore = ImeiStatus;
        var previous = Imei;

        if (ImeiValue.IsNotProvided(rawImei))
        {
            return new DetectionOutcome(DetectionResult.NotProvided, statusBefore, statusBefore, previous, null, false, false, null);
        }

        var seen = ImeiValue.Parse(rawImei).Value;
        if (observedAt < LastObservedAt)
        {
            return new DetectionOutcome(DetectionResult.OutOfOrder, statusBefore, statusBefore, previous, seen, false, false, null);
        }

        var lockBefore = ImeiLock;
        var imeiChanged = previous != seen;
        // A first sighting (no previous device) is not a change of device.
        var deviceChanged = imeiChanged && previous is not null;
        var tacChanged = deviceChanged && !ImeiValue.SameModel(previous, seen);
        ImeiLockTriggered? trigger = null;

        switch (ImeiStatus)
        {
            case ImeiStatus.Armed:
                // Locks even to the device it was already seen in: arming means "lock to whatever comes next".
                ImeiLock = seen;
                ImeiStatus = ImeiStatus.Locked;
                break;
            case ImeiStatus.Locked when seen != ImeiLock && seen != previous:
                // Seen in the lock device's successor (previous) is tolerated: after "unbar and keep lock"
                // the alarm must fire again only in a third device.
                ImeiStatus = ImeiStatus.Differed;
                FirstImeiAfterTrigger = seen;
                trigger = new ImeiLockTriggered(Id, Iccid, previous, seen, ImeiLock, tacChanged, observedAt);
                break;
            case ImeiStatus.Pairing:
                ImeiLock = seen;
                break;
            default:
                // Neutral, Differed, and Locked in a known device only follow the device. Differed stays
                // Differed even back in the lock device: only an order clears an alarm.
                break;
        }

        Imei = seen;
        ImeiLastSeenAt = observedAt;
        LastObservedAt = observedAt;
        if (deviceChanged)
        {
            TacChanged = tacChanged;
            RecordImeiChange(observedAt);
        }

        Version++;
        var result = imeiChanged || ImeiStatus != statusBefore || ImeiLock != lockBefore
            ? DetectionResult.Applied
            : DetectionResult.Repeated;
        return new DetectionOutcome(result, statusBefore, ImeiStatus, previous, seen, imeiChanged, tacChanged, trigger);
    }

    // ---- Manual IMEI status changes ----

    public IReadOnlyList<ImeiStatus> AllowedImeiTargets()
    {
        var imeiKnown = Imei is not null;
        return ImeiStatus switch
        {
            ImeiStatus.Neutral => imeiKnown
                ? [ImeiStatus.Armed, ImeiStatus.Locked, ImeiStatus.Pairing]
                : [ImeiStatus.Armed, ImeiStatus.Pairing],
            ImeiStatus.Armed => [ImeiStatus.Neutral],
            ImeiStatus.Locked => [ImeiStatus.Neutral, ImeiStatus.Pairing],
            ImeiStatus.Differed => [ImeiStatus.Neutral, ImeiStatus.Armed, ImeiStatus.Pairing],
            ImeiStatus.Pairing => imeiKnown
                ? [ImeiStatus.Neutral, ImeiStatus.Locked]
                : [ImeiStatus.Neutral],
            _ => [],
        };
    }

    /// <exception cref="TransitionRefusedException">The change is not allowed now.</exception>
    public void ValidateImeiStatusChange(ImeiStatus target)
    {
        var allowed = AllowedImeiTargets();
        if (allowed.Contains(target))
        {
            return;
        }

        var detail = target == ImeiStatus.Locked && Imei is null && ImeiStatus is ImeiStatus.Neutral or ImeiStatus.Pairing
            ? "no IMEI has been seen yet to lock to"
            : null;
        throw new TransitionRefusedException(
            TransitionRefusedException.ImeiStatusSubject,
            ImeiStatus.ToString(),
            target.ToString(),
            [.. allowed.Select(s => s.ToString())],
            detail);
    }

    /// <summary>Applies an IMEI status order. Never touches the SIM status: disabling the lock does not unbar.</summary>
    /// <exception cref="TransitionRefusedException">The change is not allowed now.</exception>
    public void ChangeImeiStatus(ImeiStatus target)
    {
        ValidateImeiStatusChange(target);
        if (target == ImeiStatus.Locked)
        {
            // Neutral -> Locked and Pairing -> Locked lock to the device the SIM is in now.
            ImeiLock = Imei;
        }

        ImeiStatus = target;
        Version++;
    }

    // ---- Lifecycle orders ----

    /// <summary>The lifecycle orders allowed in the current SIM status.</summary>
    public IReadOnlyList<OrderType> AllowedOrders() => Status switch
    {
        SimStatus.Inventory => [OrderType.Activate],
        SimStatus.Active => [OrderType.Suspend, OrderType.Bar, OrderType.Deactivate],
        SimStatus.Suspended => [OrderType.Resume, OrderType.Deactivate],
        SimStatus.Barred => [OrderType.Unbar, OrderType.Deactivate],
        SimStatus.Deactivated => [OrderType.Activate],
        _ => [],
    };

    public void ValidateActivate() => EnsureOrderAllowed(OrderType.Activate, SimStatus.Active);

    /// <summary>Inventory or Deactivated -> Active.</summary>
    /// <param name="enableImeiLock">"Enable IMEI locking": arm the lock, whatever the service default.</param>
    /// <param name="serviceDefault">The customer service's default IMEI status, applied when given and the lock is not enabled explicitly.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serviceDefault"/> is Differed, which only an alarm can set.</exception>
    public void Activate(bool enableImeiLock, ImeiStatus? serviceDefault = null)
    {
        ValidateActivate();
        if (serviceDefault == ImeiStatus.Differed)
        {
            throw new ArgumentOutOfRangeException(nameof(serviceDefault), serviceDefault, "Differed cannot be a default IMEI status: only an IMEI lock alarm sets it.");
        }

        Status = SimStatus.Active;
        if (enableImeiLock)
        {
            ImeiStatus = ImeiStatus.Armed;
        }
        else if (serviceDefault is { } status)
        {
            ApplyDefaultImeiStatus(status);
        }

        Version++;
    }

    public void ValidateSuspend() => EnsureOrderAllowed(OrderType.Suspend, SimStatus.Suspended);

    public void Suspend()
    {
        ValidateSuspend();
        Status = SimStatus.Suspended;
        Version++;
    }

    public void ValidateResume() => EnsureOrderAllowed(OrderType.Resume, SimStatus.Active);

    public void Resume()
    {
        ValidateResume();
        Status = SimStatus.Active;
        Version++;
    }

    public void ValidateBar() => EnsureOrderAllowed(OrderType.Bar, SimStatus.Barred);

    /// <param name="byImeiLock">The bar is the IMEI lock alarm's action ("IMEI lock bar").</param>
    public void Bar(bool byImeiLock)
    {
        ValidateBar();
        Status = SimStatus.Barred;
        BarredByImeiLock = byImeiLock;
        Version++;
    }

    /// <summary>Barred -> Active; an <paramref name="option"/> is allowed only on a Differed SIM, never accepted and ignored.</summary>
    public void ValidateUnbar(UnbarOption? option = null)
    {
        EnsureOrderAllowed(OrderType.Unbar, SimStatus.Active);
        if (option is { } chosen && ImeiStatus != ImeiStatus.Differed)
        {
            throw new TransitionRefusedException(
                TransitionRefusedException.SimStatusSubject, Status.ToString(), SimStatus.Active.ToString(), AllowedOrderNames(),
                $"the unbar option {chosen} applies only to a Differed SIM; this SIM's IMEI status is {ImeiStatus}, not Differed: unbar it without an option");
        }
    }

    /// <summary>
    /// Barred -> Active. A Differed SIM is locked again as <paramref name="option"/> says (default KeepLock), whoever
    /// placed the bar: the alarm, or a user who saw it Differed and barred it by hand.
    /// </summary>
    public void Unbar(UnbarOption? option)
    {
        ValidateUnbar(option);
        Status = SimStatus.Active;
        if (ImeiStatus == ImeiStatus.Differed)
        {
            if (option == UnbarOption.UpdateToLastSeen && (FirstImeiAfterTrigger ?? Imei) is { } lastSeen)
            {
                ImeiLock = lastSeen;
            }

            // Without any device to lock to, arming is the closest to "locked": it locks to the next one seen.
            ImeiStatus = ImeiLock is null ? ImeiStatus.Armed : ImeiStatus.Locked;
        }

        BarredByImeiLock = false;
        Version++;
    }

    public void ValidateDeactivate() => EnsureOrderAllowed(OrderType.Deactivate, SimStatus.Deactivated);

    /// <summary>Active, Suspended or Barred -> Deactivated. The IMEI status stays (FUSION: the user resets it if wanted).</summary>
    public void Deactivate()
    {
        ValidateDeactivate();
        Status = SimStatus.Deactivated;
        // There is no bar any more, so a later reactivation must not treat it as an IMEI lock bar.
        BarredByImeiLock = false;
        Version++;
    }

    // ---- Data sessions ----

    /// <summary>Decides a data session for a device presenting <paramref name="presentedImei"/> (IMEI, IMEISV, or not provided). Voice and SMS are not governed.</summary>
    public SessionAuthorization AuthorizeDataSession(string? presentedImei)
    {
        var refused = Status switch
        {
            SimStatus.Active => null,
            SimStatus.Inventory => Reject(SessionReasonCode.SimNotActive, "The SIM is not activated yet (Inventory): data sessions are rejected."),
            SimStatus.Suspended => Reject(SessionReasonCode.SimSuspended, "The SIM is suspended: data sessions are rejected."),
            SimStatus.Barred when BarredByImeiLock => Reject(SessionReasonCode.SimBarred, "The SIM is barred by the IMEI lock: data sessions are rejected until it is unbarred."),
            SimStatus.Barred => Reject(SessionReasonCode.SimBarred, "The SIM is barred: data sessions are rejected."),
            SimStatus.Deactivated => Reject(SessionReasonCode.SimDeactivated, "The SIM is deactivated: data sessions are rejected."),
            _ => Reject(SessionReasonCode.SimNotActive, $"The SIM is {Status}: data sessions are rejected."),
        };
        if (refused is not null)
        {
            return refused;
        }

        switch (ImeiStatus)
        {
            case ImeiStatus.Neutral:
                return Accept("The IMEI lock is disabled (Neutral): any device is accepted.");
            case ImeiStatus.Armed:
                return Accept("The IMEI lock is armed and not yet locked to a device: any device is accepted.");
            case ImeiStatus.Pairing:
                return Accept("The SIM is in IMEI pairing: any device is accepted without an IMEI check.");
            default:
                break;
        }

        if (ImeiLock is null)
        {
            return Reject(SessionReasonCode.ImeiMismatch, $"The IMEI lock is {ImeiStatus} but no lock IMEI is recorded.");
        }

        if (ImeiValue.IsNotProvided(presentedImei))
        {
            return Reject(SessionReasonCode.ImeiNotProvided, $"IMEI not provided: the SIM is locked to IMEI {ImeiLock}.");
        }

        if (!ImeiValue.TryParse(presentedImei, out var presented, out var error))
        {
            return Reject(SessionReasonCode.ImeiMismatch, $"The presented IMEI is invalid ({error}), so it cannot match the lock IMEI {ImeiLock}.");
        }

        return presented.Value == ImeiLock
            ? Accept($"The presented IMEI {presented.Value} matches the lock IMEI.")
            : Reject(SessionReasonCode.ImeiMismatch, $"The presented IMEI {presented.Value} does not match the lock IMEI {ImeiLock}.");

        static SessionAuthorization Accept(string reason) => new(SessionDecision.Accept, SessionReasonCode.Accepted, reason);

        static SessionAuthorization Reject(SessionReasonCode code, string reason) => new(SessionDecision.Reject, code, reason);
    }

    // ---- Helpers ----

    private static (string? Imsi, string? Msisdn, string? Network) NormaliseNumbers(string? imsi, string? msisdn, string? network)
    {
        network = string.IsNullOrWhiteSpace(network) ? null : network.Trim();
        return (ImsiValue.ParseOptional(imsi)?.Value, MsisdnValue.ParseOptional(msisdn)?.Value, network);
    }

    private static List<DateTime> ParseChangeTimes(string stored) =>
        [.. stored
            .Split(ChangeTimeSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))];

    private string[] AllowedOrderNames() => [.. AllowedOrders().Select(o => o.ToString())];

    private void EnsureOrderAllowed(OrderType order, SimStatus target)
    {
        if (!AllowedOrders().Contains(order))
        {
            throw new TransitionRefusedException(
                TransitionRefusedException.SimStatusSubject, Status.ToString(), target.ToString(), AllowedOrderNames(), $"by {order}");
        }
    }

    private void ApplyDefaultImeiStatus(ImeiStatus status)
    {
        if (status == ImeiStatus.Locked)
        {
            // A "Locked" default with no device known yet can only mean "lock to the first device": Armed.
            ImeiLock = Imei ?? ImeiLock;
            ImeiStatus = Imei is null ? ImeiStatus.Armed : ImeiStatus.Locked;
            return;
        }

        ImeiStatus = status;
    }

    private void RecordImeiChange(DateTime at)
    {
        var windowStart = at - FrequentChangesWindow;
        // Whether the next change is "frequent" depends only on the latest changes inside the window,
        // so a few are enough to keep the column small.
        var recent = ParseChangeTimes(RecentImeiChanges)
            .Append(at)
            .Where(t => t >= windowStart)
            .Order()
            .TakeLast(FrequentChangesThreshold + 1)
            .ToList();
        FrequentImeiChanges = recent.Count > FrequentChangesThreshold;
        RecentImeiChanges = string.Join(ChangeTimeSeparator, recent.Select(t => t.ToString("O", CultureInfo.InvariantCulture)));
    }
}
