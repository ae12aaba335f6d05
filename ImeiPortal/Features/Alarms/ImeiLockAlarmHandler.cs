using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;

namespace ImeiPortal.Features.Alarms;

/// <summary>
/// Runs the IMEI status change alarms for a Locked -> Differed trigger, inside the detection batch's
/// context: the notification, its deliveries and any bar/deactivate order commit with the SIM's new state.
/// </summary>
public sealed class ImeiLockAlarmHandler(OrderService orders, TimeProvider clock) : IImeiLockTriggerHandler
{
    private BatchIncidents? _batch;

    public async Task OnTriggeringAsync(IBatchContext db, IReadOnlyList<(Sim Sim, ImeiLockTriggered Trigger)> triggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(triggers);
        var batch = Batch(db);
        await batch.PreloadAsync(triggers.Select(t => (t.Sim.Id, PeriodKey(t.Trigger))).ToList(), cancellationToken);
        await batch.PreloadWavesAsync(
            [.. triggers.Where(t => t.Sim.CustomerId is not null).Select(t => (t.Sim.PartnerId, t.Sim.CustomerId!.Value, new Imei(t.Trigger.NewImei).Tac))],
            clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task OnTriggeredAsync(IBatchContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(trigger);
        var batch = Batch(db);
        var alarms = Covering(await batch.AlarmsAsync(sim.PartnerId, cancellationToken), sim);
        var now = clock.GetUtcNow().UtcDateTime;
        var wave = sim.CustomerId is { } customerId
            ? await batch.WaveAsync(sim.PartnerId, customerId, new Imei(trigger.NewImei).Tac, now, cancellationToken)
            : null;
        var periodKey = PeriodKey(trigger);
        var raised = new List<Notification>();
        foreach (var alarm in alarms)
        {
            if (!await batch.TryClaimAsync(alarm.Id, periodKey, now, cancellationToken))
            {
                continue;
            }

            var score = trigger.Risk?.Score ?? TheftRisk.MaxScore;
            var effect = score >= alarm.MinRiskScore
                ? await ApplyActionAsync(db, alarm, sim, batch.PendingOrdersLoaded(sim.Id), cancellationToken)
                : alarm.Action == AlarmAction.Notify ? "" : $" No action: the theft risk {score} is below the alarm's minimum {alarm.MinRiskScore}.";
            var notification = AlarmFirings.Notify(db, alarm, NotificationKind.ImeiStatusChange, sim.Id, sim.Iccid, sim.CustomerId,
                Describe(alarm, trigger, effect), now);
            notification.PreviousImei = trigger.PreviousImei;
            notification.NewImei = trigger.NewImei;
            notification.ImeiLock = trigger.ImeiLock;
            notification.TacChanged = trigger.TacChanged;
            notification.RiskScore = trigger.Risk?.Score;
            notification.RiskReasonList = string.Join('\n', trigger.Risk?.Reasons ?? []);
            raised.Add(notification);
        }

        if (wave is not null)
        {
            await wave.AddAsync(sim.Id, raised, now, cancellationToken);
        }
    }

    public async Task OnUnexpectedModelAsync(IBatchContext db, Sim sim, string imei, DateTime observedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        var now = clock.GetUtcNow().UtcDateTime;
        var periodKey = string.Create(CultureInfo.InvariantCulture, $"model:{sim.Iccid}:{observedAt.Ticks}");
        // Only ever a notification: the SIM did not lock, so there is nothing to bar it for.
        foreach (var alarm in await CoveringAlarmsAsync(db, sim, cancellationToken))
        {
            if (await AlarmFirings.TryClaimAsync(db, alarm.Id, periodKey, now, cancellationToken))
            {
                var notification = AlarmFirings.Notify(db, alarm, NotificationKind.UnexpectedModel, sim.Id, sim.Iccid, sim.CustomerId,
                    $"SIM {sim.Iccid} is armed but was seen in IMEI {imei}, a device model (TAC {imei[..Imei.TacLength]}) "
                    + "outside its customer's allowed models, so it did not lock to it.", now);
                notification.NewImei = imei;
            }
        }
    }

    public async Task OnBackInLockDeviceAsync(IBatchContext db, Sim sim, DateTime observedAt, CancellationToken cancellationToken) =>
        await orders.CancelDelayedAlarmOrdersAsync(db, sim,
            string.Create(CultureInfo.InvariantCulture, $"Cancelled: the SIM was seen in its lock device again at {observedAt:u} before the delayed action was due."),
            cancellationToken);

    private async Task<List<Alarm>> CoveringAlarmsAsync(IBatchContext db, Sim sim, CancellationToken cancellationToken) =>
        Covering(await Batch(db).AlarmsAsync(sim.PartnerId, cancellationToken), sim);

    private static List<Alarm> Covering(List<Alarm> alarms, Sim sim) => alarms.Where(a => Covers(a, sim)).ToList();

    /// <summary>What this batch has read: a new context is a new batch (or a retry, which reads afresh).</summary>
    private BatchIncidents Batch(IBatchContext db) => _batch is { } batch && ReferenceEquals(batch.Db, db) ? batch : _batch = new BatchIncidents(db);

    /// <summary>
    /// An alarm covers a SIM only while the SIM is in the alarm's tenant (partner, and customer when it has one); its
    /// ICCIDs, when listed, narrow that further. The list alone is not enough: a SIM moved to another customer keeps
    /// its ICCID, and the old customer's alarm must not deactivate it or send its IMEIs to the old customer.
    /// </summary>
    public static bool Covers(Alarm alarm, Sim sim)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        ArgumentNullException.ThrowIfNull(sim);
        if (alarm.PartnerId != sim.PartnerId || (alarm.CustomerId is { } customerId && customerId != sim.CustomerId))
        {
            return false;
        }

        return alarm.Iccids.Count == 0 || alarm.Iccids.Contains(sim.Iccid, StringComparer.Ordinal);
    }

    /// <summary>The trigger's identity: the same detection replayed must not notify twice.</summary>
    private static string PeriodKey(ImeiLockTriggered trigger) =>
        string.Create(CultureInfo.InvariantCulture, $"imei:{trigger.Iccid}:{trigger.ObservedAt.Ticks}");

    private async Task<string> ApplyActionAsync(IBatchContext db, Alarm alarm, Sim sim, bool pendingLoaded, CancellationToken cancellationToken)
    {
        OrderType? type = alarm.Action switch
        {
            AlarmAction.Bar => OrderType.Bar,
            AlarmAction.Deactivate => OrderType.Deactivate,
            _ => null,
        };
        if (type is not { } orderType)
        {
            return "";
        }

        var verb = orderType == OrderType.Bar ? "bar" : "deactivation";
        try
        {
            var delay = TimeSpan.FromMinutes(alarm.ActionDelayMinutes);
            var (_, placed) = await orders.PlaceSystemOrderAsync(db, sim, orderType, OrderReason.ImeiLockAlarm,
                Common.ActorNames.AlarmPrefix + alarm.Id.ToString(CultureInfo.InvariantCulture), delay, pendingLoaded, cancellationToken);
            return (placed, alarm.ActionDelayMinutes) switch
            {
                (false, _) => $" A {verb} order is already pending.",
                (true, 0) => $" A {verb} order was placed.",
                (true, var minutes) => $" A {verb} order was placed, due in {minutes} minutes unless the SIM returns to its lock device.",
            };
        }
        catch (TransitionRefusedException)
        {
            return $" No {verb} order was placed: the SIM is {sim.Status}.";
        }
    }

    private static string Describe(Alarm alarm, ImeiLockTriggered trigger, string effect) =>
        $"SIM {trigger.Iccid} was seen in another device, IMEI {trigger.NewImei} "
        + $"(previously {trigger.PreviousImei ?? "none"}, locked to {trigger.ImeiLock ?? "none"})"
        + (trigger.TacChanged ? ", a different device model." : ".")
        + effect;
}
