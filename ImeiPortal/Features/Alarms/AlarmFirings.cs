using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>What every alarm type does when its condition holds: claim the period once, then notify each recipient.</summary>
internal static class AlarmFirings
{
    /// <summary>
    /// Adds the alarm's firing for <paramref name="periodKey"/> unless it already exists (saved or pending in this context).
    /// The unique (AlarmId, PeriodKey) index backs this up if two writers race.
    /// </summary>
    public static async Task<bool> TryClaimAsync(IBatchContext db, int alarmId, string periodKey, DateTime now, CancellationToken cancellationToken)
    {
        if (db.AlarmFirings.Local.Any(f => f.AlarmId == alarmId && f.PeriodKey == periodKey)
            || await db.AlarmFirings.AnyAsync(f => f.AlarmId == alarmId && f.PeriodKey == periodKey, cancellationToken))
        {
            return false;
        }

        Claim(db, alarmId, periodKey, now);
        return true;
    }

    /// <summary>Records the firing, for a caller that has checked it is not stored yet (see <see cref="BatchIncidents"/>).</summary>
    public static void Claim(IBatchContext db, int alarmId, string periodKey, DateTime now) =>
        db.AlarmFirings.Add(new AlarmFiring(alarmId, periodKey, now));

    /// <summary>One notification with a pending delivery per recipient; the dispatcher sends them after the commit.</summary>
    /// <param name="portal">Whether the alarm's people get it in the portal.</param>
    /// <param name="outbound">Whether it goes out by e-mail and webhook (an incident's member does not: its incident does).</param>
    public static Notification Notify(IBatchContext db, Alarm alarm, NotificationKind kind, long? simId, string? iccid, int? customerId,
        string message, DateTime now, bool portal = true, bool outbound = true)
    {
        var notification = new Notification(alarm.Id, alarm.PartnerId, customerId, simId, iccid, now, kind,
            message.Length > 1000 ? message[..1000] : message);
        foreach (var userId in portal ? alarm.RecipientUserIds : [])
        {
            notification.Deliveries.Add(new NotificationDelivery(DeliveryChannel.Portal, userId, now));
        }

        foreach (var email in outbound ? alarm.RecipientEmails : [])
        {
            notification.Deliveries.Add(new NotificationDelivery(DeliveryChannel.Email, email, now));
        }

        if (outbound && alarm.WebhookUrl is { } url)
        {
            notification.Deliveries.Add(new NotificationDelivery(DeliveryChannel.Webhook, url, now));
        }

        db.Notifications.Add(notification);
        return notification;
    }
}
