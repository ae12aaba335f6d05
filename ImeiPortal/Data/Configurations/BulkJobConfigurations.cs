using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

internal sealed class BulkJobConfiguration : IEntityTypeConfiguration<BulkJob>
{
    public void Configure(EntityTypeBuilder<BulkJob> builder)
    {
        builder.Property(j => j.CreatedBy).HasMaxLength(450);
        builder.Property(j => j.CreatedByEmail).HasMaxLength(256);
        builder.Property(j => j.Description).HasMaxLength(BulkJob.DescriptionMaxLength);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.FailureReason).HasMaxLength(500);
        builder.Ignore(j => j.IsFinished);
        // A user's own jobs, newest first (the SIM list's panel); the worker looks for unfinished ones.
        builder.HasIndex(j => new { j.CreatedBy, j.Id });
        builder.HasIndex(j => j.State);
    }
}

internal sealed class BulkJobItemConfiguration : IEntityTypeConfiguration<BulkJobItem>
{
    /// <summary>A pasted line that is no ICCID is kept as typed (cut to this), so the result can name it.</summary>
    public const int IccidMaxLength = 40;

    public void Configure(EntityTypeBuilder<BulkJobItem> builder)
    {
        builder.Property(i => i.Iccid).HasMaxLength(IccidMaxLength);
        builder.Property(i => i.Reason).HasMaxLength(BulkJobItem.ReasonMaxLength);
        builder.HasOne<BulkJob>().WithMany().HasForeignKey(i => i.JobId).OnDelete(DeleteBehavior.Cascade);
        // The worker takes a job's pending items in id order; the result lists its refused ones.
        builder.HasIndex(i => new { i.JobId, i.Outcome, i.Id });
    }
}
