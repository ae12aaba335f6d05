using ImeiPortal.Domain.Devices;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Name).IsUnique();
        // Partners from before the setting do not require it.
        builder.Property(p => p.TwoFactorRequired).HasDefaultValue(false);
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TagList).HasColumnName("Tags").HasMaxLength(1100);
        builder.Ignore(c => c.Tags);
        builder.Property(c => c.AllowedTacList).HasColumnName("AllowedTacs").HasMaxLength(Customer.AllowedTacListMaxLength);
        builder.Ignore(c => c.LockPolicy);
        builder.HasIndex(c => new { c.PartnerId, c.Name }).IsUnique();
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceProfileConfiguration : IEntityTypeConfiguration<ServiceProfile>
{
    public void Configure(EntityTypeBuilder<ServiceProfile> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.CustomerId);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.HasIndex(u => u.PartnerId);
        builder.HasIndex(u => u.CustomerId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(u => u.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviceModelConfiguration : IEntityTypeConfiguration<DeviceModel>
{
    public void Configure(EntityTypeBuilder<DeviceModel> builder)
    {
        builder.Property(m => m.Tac).HasMaxLength(8);
        builder.Property(m => m.Manufacturer).HasMaxLength(DeviceModel.NameMaxLength);
        builder.Property(m => m.Model).HasMaxLength(DeviceModel.NameMaxLength);
        // One platform entry per TAC and one per partner and TAC (NULLs are distinct in a plain unique index).
        builder.HasIndex(m => m.Tac).IsUnique().HasFilter("\"PartnerId\" IS NULL").HasDatabaseName("IX_DeviceModels_Tac_Platform");
        builder.HasIndex(m => new { m.PartnerId, m.Tac }).IsUnique().HasFilter("\"PartnerId\" IS NOT NULL");
        builder.HasOne<Partner>().WithMany().HasForeignKey(m => m.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
