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

    /// <summary>At most this many allowed IMEIs besides the lock (a dual-IMEI device, a spare unit).</summary>
    public const int MaxAllowedImeis = 10;

    /// <summary>Column size of <see cref="AllowedImeiList"/>: ten IMEIs and their separators.</summary>
    public const int AllowedImeiListMaxLength = (MaxAllowedImeis * (ImeiValue.Length + 1)) - 1;

    public const int MinSwapHours = 1;

    public const int MaxSwapHours = 72;

    public const int SwapReferenceMaxLength = 100;

    private const char AllowedImeiSeparator = ';';

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
        AllowedImeiList = string.Empty;
        RiskReasonList = string.Empty;
    }

    // For EF Core materialisation.
    private Sim()
    {
        Iccid = string.Empty;
        RecentImeiChanges = string.Empty;
        AllowedImeiList = string.Empty;
        RiskReasonList = string.Empty;
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

    /// <summary>IMEIs besides <see cref="ImeiLock"/> the SIM may use, joined by ';' (one column, no join in the feed).</summary>
    public string AllowedImeiList { get; private set; }

    public IReadOnlyList<string> AllowedImeis => SplitAllowedImeis(AllowedImeiList);

    /// <summary>The stored <see cref="AllowedImeiList"/> as IMEIs: for readers that project the column without the entity.</summary>
    public static string[] SplitAllowedImeis(string stored) => stored.Length == 0 ? [] : stored.Split(AllowedImeiSeparator);

    public LockScope LockScope { get; private set; }

    /// <summary>End of a pre-authorised device swap (an <see cref="OrderType.AuthorizeSwap"/>); null when none is open.</summary>
    public DateTime? SwapWindowUntil { get; private set; }

    /// <summary>The device model the swap window admits; null admits any.</summary>
    public string? SwapWindowTac { get; private set; }

    /// <summary>What the swap was authorised for (a work order), for the journal.</summary>
    public string? SwapWindowReference { get; private set; }

    /// <summary>The theft risk score of the last IMEI lock trigger; null before the first.</summary>
    public int? RiskScore { get; private set; }

    /// <summary>The reasons of <see cref="RiskScore"/>, one per line: the SIM page explains a score even when no alarm fired.</summary>
    public string RiskReasonList { get; private set; }

    public IReadOnlyList<string> RiskReasons => RiskReasonList.Length == 0 ? [] : RiskReasonList.Split('\n');

    public const int RiskReasonListMaxLength = 1000;

    /// <summary>When the SIM last moved to another device (an IMEISV variance is no move); null if it never did.</summary>
    public DateTime? LatestDeviceChangeAt => ParseChangeTimes(RecentImeiChanges) is { Count: > 0 } changes ? changes[^1] : null;

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
    /// <param name="policy">The customer's lock policy; <see cref="LockPolicy.Default"/> when null.</param>
    /// <exception cref="FormatException">An IMEI is present but malformed.</exception>
    public DetectionOutcome ApplyDetection(string? rawImei, DateTime observedAt, LockPolicy? policy = null)
    {
        policy ??= LockPolicy.Default;
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
        var windowBefore = SwapWindowUntil;
        CloseSwapWindowIfExpired(observedAt);
        ImeiLockTriggered? trigger = null;
        var unexpectedModel = false;
        string? swapReference = null;

        switch (ImeiStatus)
        {
            case ImeiStatus.Armed when !policy.AllowsModelOf(seen):
                // A SIM taken from stock into a phone: locking to it would protect the thief's device.
                unexpectedModel = imeiChanged;
                break;
            case ImeiStatus.Armed:
                // Locks even to the device it was already seen in: arming means "lock to whatever comes next".
                ImeiLock = seen;
                ImeiStatus = ImeiStatus.Locked;
                break;
            case ImeiStatus.Locked when IsLockDevice(seen) || seen == previous:
                // Seen in the lock device's successor (previous) is tolerated: after "unbar and keep lock"
                // the alarm must fire again only in a third device.
                break;
            case ImeiStatus.Locked when SwapWindowAdmits(seen):
                swapReference = SwapWindowReference ?? string.Empty;
                ImeiLock = seen;
                CloseSwapWindow();
                break;
            case ImeiStatus.Locked:
                ImeiStatus = ImeiStatus.Differed;
                FirstImeiAfterTrigger = seen;
                trigger = new ImeiLockTriggered(Id, Iccid, previous, seen, ImeiLock, tacChanged, observedAt);
                break;
            case ImeiStatus.Pairing:
                ImeiLock = seen;
                break;
            default:
                // Neutral, Differed only follow the device. Differed stays Differed even back in the lock device:
                // only an order clears an alarm.
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
        var result = imeiChanged || ImeiStatus != statusBefore || ImeiLock != lockBefore || SwapWindowUntil != windowBefore
            ? DetectionResult.Applied
            : DetectionResult.Repeated;
        return new DetectionOutcome(result, statusBefore, ImeiStatus, previous, seen, imeiChanged, tacChanged, trigger)
        {
            UnexpectedModel = unexpectedModel,
            SwapReference = swapReference,
            BackInLockDevice = statusBefore == ImeiStatus.Differed && imeiChanged && IsLockDevice(seen),
        };
    }

    /// <summary>The device the SIM is locked to: the lock IMEI, an allowed IMEI, or in Model scope any unit of the lock's model.</summary>
    public bool IsLockDevice(string imei) =>
        imei == ImeiLock
        || AllowedImeis.Contains(imei)
        || (LockScope == LockScope.Model && ImeiLock is not null && ImeiValue.SameModel(ImeiLock, imei));

    /// <summary>Keeps the score of the trigger just raised, for the SIM page and the dashboard's highest-risk list.</summary>
    public void RecordRisk(RiskScore risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        RiskScore = risk.Score;
        RiskReasonList = string.Join('\n', risk.Reasons);
    }

    // ---- Lock settings and device swaps ----

    /// <summary>Replaces the allowed IMEIs and/or the lock scope (null leaves it as it is).</summary>
    /// <exception cref="FormatException">An allowed IMEI is malformed.</exception>
    /// <exception cref="ArgumentException">More than <see cref="MaxAllowedImeis"/> distinct IMEIs.</exception>
    public void ChangeLockSettings(IEnumerable<string>? allowedImeis, LockScope? lockScope)
    {
        if (allowedImeis is not null)
        {
            // IMEISVs normalise to their IMEI, so a firmware update never leaves an allowed device behind.
            var normalised = allowedImeis.Select(i => ImeiValue.Parse(i).Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (normalised.Count > MaxAllowedImeis)
            {
                throw new ArgumentException($"A SIM may have at most {MaxAllowedImeis} allowed IMEIs, but {normalised.Count} were given.", nameof(allowedImeis));
            }

            AllowedImeiList = string.Join(AllowedImeiSeparator, normalised);
        }

        if (lockScope is { } scope)
        {
            LockScope = scope;
        }

        Version++;
    }

    /// <exception cref="TransitionRefusedException">The SIM is not Locked: there is no lock to swap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The hours are outside 1 to 72.</exception>
    /// <exception cref="FormatException">The TAC is not 8 digits.</exception>
    public void ValidateAuthorizeSwap(int hours, string? tac)
    {
        if (ImeiStatus != ImeiStatus.Locked)
        {
            throw new TransitionRefusedException(
                TransitionRefusedException.ImeiStatusSubject, ImeiStatus.ToString(), ImeiStatus.Locked.ToString(), [],
                $"a device swap can be authorised only on a Locked SIM; this SIM's IMEI status is {ImeiStatus}");
        }

        if (hours is < MinSwapHours or > MaxSwapHours)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, $"A swap window lasts {MinSwapHours} to {MaxSwapHours} hours.");
        }

        if (tac is not null)
        {
            ImeiValue.ParseTac(tac);
        }
    }

    /// <summary>
    /// Opens a pre-authorised device swap from <paramref name="now"/>: within it the first other device (of
    /// <paramref name="tac"/>, if given) becomes the lock without an alarm, and the window closes. A new window replaces an open one.
    /// </summary>
    public void AuthorizeSwap(int hours, string? tac, string? reference, DateTime now)
    {
        ValidateAuthorizeSwap(hours, tac);
        SwapWindowUntil = UtcTime.AsUtc(now).AddHours(hours);
        SwapWindowTac = tac is null ? null : ImeiValue.ParseTac(tac);
        SwapWindowReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim()[..Math.Min(reference.Trim().Length, SwapReferenceMaxLength)];
        Version++;
    }

    public bool SwapWindowOpenAt(DateTime at) => SessionState.SwapWindowOpenAt(at);

    private bool SwapWindowAdmits(string imei) => SessionState.SwapWindowAdmits(imei);

    private void CloseSwapWindowIfExpired(DateTime at)
    {
        if (SwapWindowUntil is not null && !SwapWindowOpenAt(at))
        {
            CloseSwapWindow();
        }
    }

    private void CloseSwapWindow()
    {
        SwapWindowUntil = null;
        SwapWindowTac = null;
        SwapWindowReference = null;
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

        if (target != ImeiStatus.Locked)
        {
            // A swap window belongs to a lock; leaving Locked ends it.
            CloseSwapWindow();
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
    /// <param name="lockScope">The customer's default lock scope; null leaves the SIM's scope as it is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serviceDefault"/> is Differed, which only an alarm can set.</exception>
    public void Activate(bool enableImeiLock, ImeiStatus? serviceDefault = null, LockScope? lockScope = null)
    {
        ValidateActivate();
        if (serviceDefault == ImeiStatus.Differed)
        {
            throw new ArgumentOutOfRangeException(nameof(serviceDefault), serviceDefault, "Differed cannot be a default IMEI status: only an IMEI lock alarm sets it.");
        }

        Status = SimStatus.Active;
        LockScope = lockScope ?? LockScope;
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
    /// <param name="policy">The customer's lock policy; <see cref="LockPolicy.Default"/> when null.</param>
    /// <param name="now">When the session starts, for an open swap window; a window is ignored without it.</param>
    public SessionAuthorization AuthorizeDataSession(string? presentedImei, LockPolicy? policy = null, DateTime? now = null) =>
        SessionState.Authorize(presentedImei, (policy ?? LockPolicy.Default).WhenImeiNotProvided, now);

    /// <summary>What <see cref="AuthorizeDataSession"/> reads of the SIM.</summary>
    public SimSessionState SessionState => new(Status, BarredByImeiLock, ImeiStatus, ImeiLock, AllowedImeiList, LockScope, SwapWindowUntil, SwapWindowTac);

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
