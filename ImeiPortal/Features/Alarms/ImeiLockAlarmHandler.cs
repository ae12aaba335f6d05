using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>
/// Runs the IMEI status change alarms for a Locked -> Differed trigger, inside the detection batch's
/// context: the notification, its deliveries and any bar/deactivate order commit with the SIM's new state.
/// </summary>
public sealed class ImeiLockAlarmHandler(OrderService orders, TimeProvider clock) : IImeiLockTriggerHandler
{
    public async Task OnTriggeredAsync(IBatchContext db, Sim sim, ImeiLockTriggered trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(trigger);
        var alarms = await db.Alarms
            .Where(a => a.PartnerId == sim.PartnerId && a.Type == AlarmType.ImeiStatusChange && a.Enabled)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // The trigger's identity: the same detection replayed must not notify twice.
        var periodKey = string.Create(CultureInfo.InvariantCulture, $"imei:{trigger.Iccid}:{trigger.ObservedAt.Ticks}");
        foreach (var alarm in alarms.Where(a => Covers(a, sim)))
        {
            if (!await AlarmFirings.TryClaimAsync(db, alarm.Id, periodKey, now, cancellationToken))
            {
                continue;
            }

            var effect = await ApplyActionAsync(db, alarm, sim, cancellationToken);
            var notification = AlarmFirings.Notify(db, alarm, NotificationKind.ImeiStatusChange, sim.Id, sim.Iccid, sim.CustomerId,
                Describe(alarm, trigger, effect), now);
            notification.PreviousImei = trigger.PreviousImei;
            notification.NewImei = trigger.NewImei;
            notification.ImeiLock = trigger.ImeiLock;
            notification.TacChanged = trigger.TacChanged;
        }
    }

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

    private async Task<string> ApplyActionAsync(IBatchContext db, Alarm alarm, Sim sim, CancellationToken cancellationToken)
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
            var (_, placed) = await orders.PlaceSystemOrderAsync(db, sim, orderType, OrderReason.ImeiLockAlarm,
                "alarm:" + alarm.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
            return placed ? $" A {verb} order was placed." : $" A {verb} order is already pending.";
        }
        catch (TransitionRefusedException)
        {
            return $" No {verb} order was placed: the SIM is {sim.Status}.";
        }
    }

    private static string Describe(Alarm alarm, ImeiLockTriggered trigger, string effect) =>
        $"Alarm '{alarm.Name}': SIM {trigger.Iccid} was seen in another device, IMEI {trigger.NewImei} "
        + $"(previously {trigger.PreviousImei ?? "none"}, locked to {trigger.ImeiLock ?? "none"})"
        + (trigger.TacChanged ? ", a different device model." : ".")
        + effect;
}
