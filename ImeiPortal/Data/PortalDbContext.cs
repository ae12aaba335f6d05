using ImeiPortal.Domain;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Devices;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ImeiPortal.Data;

/// <summary>The portal's store; on PostgreSQL the instance is a <see cref="PostgreSQL.PostgreSqlPortalDbContext"/> (same model).</summary>
public class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext, IBatchContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's derived context, whose options are typed by itself.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Whom this context's changes are journaled for: the caller of the scope whose factory made it. The options (and
    /// so the interceptors) are built once per process, so the caller travels with the context instead.
    /// </summary>
    internal ICurrentUser? Caller { get; set; }

    /// <summary>The journal entries of the save in progress (<see cref="JournalInterceptor"/>): one context saves one at a time.</summary>
    internal JournalInterceptor.PendingSave? PendingJournal { get; set; }

    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<ServiceProfile> ServiceProfiles => Set<ServiceProfile>();
    public DbSet<Sim> Sims => Set<Sim>();
    public DbSet<ImeiStatusChange> ImeiStatusChanges => Set<ImeiStatusChange>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<BulkJob> BulkJobs => Set<BulkJob>();
    public DbSet<BulkJobItem> BulkJobItems => Set<BulkJobItem>();
    public DbSet<Detection> Detections => Set<Detection>();
    public DbSet<UsageRecord> UsageRecords => Set<UsageRecord>();
    public DbSet<Alarm> Alarms => Set<Alarm>();
    public DbSet<AlarmFiring> AlarmFirings => Set<AlarmFiring>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<DeviceModel> DeviceModels => Set<DeviceModel>();

    /// <summary>The data protection key ring: cookies, tokens and webhook secrets stay readable across restarts and instances.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no time zone and PostgreSQL's timestamptz takes only UTC: every time is stored and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => UtcTime.AsUtc(v),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? UtcTime.AsUtc(v.Value) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
