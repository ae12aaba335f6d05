using ImeiPortal.Domain.Accounts;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.CreatedBy).HasMaxLength(450);
        // Every authenticated call finds its key by hash.
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => new { k.PartnerId, k.CustomerId });
        builder.HasOne<Partner>().WithMany().HasForeignKey(k => k.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
