using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>
/// Runs the IMEI status change alarms for a Locked -> Differed trigger, inside the detection batch's
/// context: the notification, its deliveries and any bar/deactivate order commit with the SIM's new state.
/// </summary>
public sealed class ImeiLockAlarmHandler(IConfiguration configuration, TimeProvider clock) : IImeiLockTriggerHandler
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

            var effect = await ApplyActionAsync(db, alarm, sim, now, cancellationToken);
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

    private async Task<string> ApplyActionAsync(IBatchContext db, Alarm alarm, Sim sim, DateTime now, CancellationToken cancellationToken)
    {
        var (type, label) = alarm.Action switch
        {
            AlarmAction.Bar => (OrderType.Bar, Order.ImeiLockBarLabel),
            AlarmAction.Deactivate => (OrderType.Deactivate, Order.ImeiLockDeactivateLabel),
            _ => ((OrderType?)null, (string?)null),
        };
        if (type is not { } orderType)
        {
            return "";
        }

        var verb = orderType == OrderType.Bar ? "bar" : "deactivation";
        try
        {
            Order.Validate(sim, orderType, null);
        }
        catch (TransitionRefusedException)
        {
            return $" No {verb} order was placed: the SIM is {sim.Status}.";
        }

        // Two alarms (or a user) may already have asked for the same change; one order is enough.
        var pending = db.Orders.Local.Any(o => o.SimId == sim.Id && o.Type == orderType && o.State == OrderState.Pending)
            || await db.Orders.AnyAsync(o => o.SimId == sim.Id && o.Type == orderType && o.State == OrderState.Pending, cancellationToken);
        if (pending)
        {
            return $" A {verb} order is already pending.";
        }

        var delay = TimeSpan.FromSeconds(configuration.GetValue("Provisioning:DelaySeconds", 5.0));
        db.Orders.Add(new Order(sim, orderType, now, now + delay, "alarm:" + alarm.Id.ToString(CultureInfo.InvariantCulture), label: label));
        return $" A {verb} order was placed.";
    }

    private static string Describe(Alarm alarm, ImeiLockTriggered trigger, string effect) =>
        $"Alarm '{alarm.Name}': SIM {trigger.Iccid} was seen in another device, IMEI {trigger.NewImei} "
        + $"(previously {trigger.PreviousImei ?? "none"}, locked to {trigger.ImeiLock ?? "none"})"
        + (trigger.TacChanged ? ", a different device model." : ".")
        + effect;
}
