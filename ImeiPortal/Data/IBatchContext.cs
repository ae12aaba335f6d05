using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// What a batch (of detections, of usage records) lends the handlers it calls: the tables they read and add to, within
/// the batch's transaction, so what they add commits with what raised it. Saving, the transaction and change tracking
/// are not here: they stay the batch's, since a handler that saved would commit half a batch.
/// </summary>
/// <remarks>The batch's own <see cref="PortalDbContext"/> is passed as it is: nothing is copied or re-read per call.</remarks>
public interface IBatchContext
{
    DbSet<Sim> Sims { get; }

    DbSet<Customer> Customers { get; }

    DbSet<Order> Orders { get; }

    DbSet<UsageRecord> UsageRecords { get; }

    DbSet<Alarm> Alarms { get; }

    DbSet<AlarmFiring> AlarmFirings { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<NotificationDelivery> NotificationDeliveries { get; }

    DbSet<Incident> Incidents { get; }
}
