using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

internal sealed class SimConfiguration : IEntityTypeConfiguration<Sim>
{
    /// <summary>
    /// Shadow property: the SIM's latest stored <see cref="Detection"/>, head of its history chain
    /// (<see cref="Detection.PreviousId"/>). Storage bookkeeping the domain never reads.
    /// </summary>
    public const string LastDetectionId = nameof(LastDetectionId);

    /// <summary>
    /// What a batch's detections write when their outcome is <see cref="DetectionOutcome.OnlyLastSeen"/>, in the order of
    /// <see cref="LastSeenRow"/>'s values: the feed writes them past EF (<see cref="IDetectionStore"/>), so the journal
    /// must ignore them too, and both read this one list.
    /// </summary>
    public static readonly IReadOnlyList<string> LastSeen = [nameof(Sim.ImeiLastSeenAt), nameof(Sim.LastObservedAt), nameof(Sim.Version), LastDetectionId];

    public void Configure(EntityTypeBuilder<Sim> builder)
    {
        builder.Property<long?>(LastDetectionId);
        builder.Property(s => s.Iccid).HasMaxLength(20);
        builder.Property(s => s.Imsi).HasMaxLength(15);
        builder.Property(s => s.Msisdn).HasMaxLength(15);
        builder.Property(s => s.Network).HasMaxLength(50);
        builder.Property(s => s.Imei).HasMaxLength(15);
        builder.Property(s => s.ImeiLock).HasMaxLength(15);
        builder.Property(s => s.FirstImeiAfterTrigger).HasMaxLength(15);
        builder.Property(s => s.RecentImeiChanges).HasMaxLength(200);
        builder.Property(s => s.AllowedImeiList).HasColumnName("AllowedImeis").HasMaxLength(Sim.AllowedImeiListMaxLength);
        builder.Ignore(s => s.AllowedImeis);
        builder.Ignore(s => s.LatestDeviceChangeAt);
        builder.Property(s => s.RiskReasonList).HasColumnName("RiskReasons").HasMaxLength(Sim.RiskReasonListMaxLength);
        builder.Ignore(s => s.RiskReasons);
        builder.Property(s => s.SwapWindowTac).HasMaxLength(8);
        builder.Property(s => s.SwapWindowReference).HasMaxLength(Sim.SwapReferenceMaxLength);
        // Two writers (a user's order, the network feed) must never both win: the loser retries or gets 409.
        builder.Property(s => s.Version).IsConcurrencyToken();

        builder.HasIndex(s => s.Iccid).IsUnique();
        // List pages filter by tenant first and page in ICCID order.
        builder.HasIndex(s => new { s.PartnerId, s.Iccid });
        builder.HasIndex(s => new { s.CustomerId, s.Iccid });
        builder.HasIndex(s => new { s.ImeiStatus, s.Iccid });
        builder.HasIndex(s => new { s.Status, s.Iccid });
        // A partner's list filtered by IMEI status or status (the common dashboard links) reads only its rows.
        builder.HasIndex(s => new { s.PartnerId, s.ImeiStatus, s.Iccid });
        builder.HasIndex(s => new { s.PartnerId, s.Status, s.Iccid });
        builder.HasIndex(s => s.ImeiLastSeenAt);
        builder.HasIndex(s => s.Imei);
        // The network names a SIM by IMSI or MSISDN (RADIUS, the feed): each finds at most one SIM. Filtered, so the
        // many SIMs without one neither collide nor fill the index.
        builder.HasIndex(s => s.Imsi).IsUnique().HasFilter("\"Imsi\" IS NOT NULL");
        builder.HasIndex(s => s.Msisdn).IsUnique().HasFilter("\"Msisdn\" IS NOT NULL");

        builder.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceProfile>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ImeiStatusChangeConfiguration : IEntityTypeConfiguration<ImeiStatusChange>
{
    public void Configure(EntityTypeBuilder<ImeiStatusChange> builder)
    {
        builder.HasIndex(c => new { c.SimId, c.At });
        builder.HasIndex(c => c.At);
        builder.HasOne<Sim>().WithMany().HasForeignKey(c => c.SimId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Iccid).HasMaxLength(20);
        builder.Property(o => o.Reason).HasMaxLength(500);
        builder.Property(o => o.RequestedBy).HasMaxLength(100);
        builder.Property(o => o.SwapTac).HasMaxLength(8);
        builder.Property(o => o.SwapReference).HasMaxLength(Sim.SwapReferenceMaxLength);
        builder.Ignore(o => o.Swap);
        // Saving an order checks the lease it was read under: if another instance took the order over meanwhile (the
        // lease ran out), this instance's outcome is refused and it reads the order again instead of deciding it twice.
        builder.Property(o => o.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        // Shown text derived from Cause; the cause is what is stored.
        builder.Ignore(o => o.Label);
        // The worker's query: due pending orders, oldest first.
        builder.HasIndex(o => new { o.State, o.DueAt });
        builder.HasIndex(o => new { o.SimId, o.CreatedAt });
        builder.HasOne<Sim>().WithMany().HasForeignKey(o => o.SimId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DetectionConfiguration : IEntityTypeConfiguration<Detection>
{
    public void Configure(EntityTypeBuilder<Detection> builder)
    {
        builder.Property(d => d.DetectionId).HasMaxLength(100);
        builder.Property(d => d.Iccid).HasMaxLength(20);
        builder.Property(d => d.Imei).HasMaxLength(15);
        // Unique ids make a repeated delivery a duplicate; NULLs (no id given) never collide.
        builder.HasIndex(d => d.DetectionId).IsUnique();
        // The feed's own row id order (see NetworkService); no per-SIM index and no foreign key (which EF would index):
        // at 10,000 detections a batch on random SIMs, such an index dirtied about 8,000 pages a batch, more than a
        // third of the write. The SIM's history is the PreviousId chain; SIMs are never deleted, only deactivated.
        builder.Property(d => d.Id).ValueGeneratedNever();
    }
}

internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> builder)
    {
        builder.Property(u => u.RecordId).HasMaxLength(100);
        builder.Property(u => u.Iccid).HasMaxLength(20);
        builder.HasIndex(u => u.RecordId).IsUnique();
        builder.HasIndex(u => new { u.SimId, u.Start });
        builder.HasIndex(u => u.Start);
        builder.HasOne<Sim>().WithMany().HasForeignKey(u => u.SimId).OnDelete(DeleteBehavior.Cascade);
    }
}
