using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

internal sealed class AlarmConfiguration : IEntityTypeConfiguration<Alarm>
{
    public void Configure(EntityTypeBuilder<Alarm> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.WebhookUrl).HasMaxLength(500);
        builder.Property(a => a.WebhookSecret).HasMaxLength(1000);
        builder.Property(a => a.FilterNetwork).HasMaxLength(50);
        builder.Property(a => a.FilterTag).HasMaxLength(100);
        builder.Property(a => a.Iccids).AsDelimitedList();
        builder.Property(a => a.RecipientUserIds).AsDelimitedList();
        builder.Property(a => a.RecipientEmails).AsDelimitedList();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.PartnerId, a.Type, a.Enabled });
        builder.HasIndex(a => a.CustomerId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlarmFiringConfiguration : IEntityTypeConfiguration<AlarmFiring>
{
    public void Configure(EntityTypeBuilder<AlarmFiring> builder)
    {
        builder.Property(f => f.PeriodKey).HasMaxLength(100);
        // Exactly once per alarm and period: a second firing is a unique-key conflict, not a second notification.
        builder.HasIndex(f => new { f.AlarmId, f.PeriodKey }).IsUnique();
        builder.HasOne<Alarm>().WithMany().HasForeignKey(f => f.AlarmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Iccid).HasMaxLength(20);
        builder.Property(n => n.Message).HasMaxLength(1000);
        builder.Property(n => n.RiskReasonList).HasColumnName("RiskReasons").HasMaxLength(1000);
        builder.Ignore(n => n.RiskReasons);
        builder.Property(n => n.PreviousImei).HasMaxLength(15);
        builder.Property(n => n.NewImei).HasMaxLength(15);
        builder.Property(n => n.ImeiLock).HasMaxLength(15);
        builder.HasIndex(n => new { n.PartnerId, n.CreatedAt });
        builder.HasIndex(n => new { n.CustomerId, n.CreatedAt });
        builder.HasIndex(n => new { n.Iccid, n.CreatedAt });
        builder.HasIndex(n => new { n.AlarmId, n.CreatedAt });
        // Notifications outlive their alarm: history must not vanish when an alarm is deleted.
        builder.HasMany(n => n.Deliveries).WithOne().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Incident).WithMany().HasForeignKey(n => n.IncidentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.NewTac).HasMaxLength(8);
        builder.HasIndex(i => new { i.CustomerId, i.NewTac, i.LastAt });
        builder.HasIndex(i => new { i.PartnerId, i.FirstAt });
    }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.Property(d => d.Target).HasMaxLength(500);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.LeaseOwner).HasMaxLength(100);
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => new { d.Channel, d.Target, d.ReadAt });
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.UserId).HasMaxLength(100);
        builder.Property(j => j.UserEmail).HasMaxLength(256);
        builder.Property(j => j.Action).HasMaxLength(100);
        builder.Property(j => j.Entity).HasMaxLength(100);
        builder.Property(j => j.EntityId).HasMaxLength(100);
        builder.HasIndex(j => j.At);
        builder.HasIndex(j => new { j.PartnerId, j.At });
        builder.HasIndex(j => new { j.CustomerId, j.At });
        builder.HasIndex(j => new { j.Entity, j.EntityId });
        builder.HasIndex(j => new { j.UserId, j.At });
    }
}
