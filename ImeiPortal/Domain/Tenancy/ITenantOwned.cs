namespace ImeiPortal.Domain.Tenancy;

/// <summary>Something that belongs to a partner and, possibly, one of its customers: what tenant scoping filters on.</summary>
public interface ITenantOwned
{
    int PartnerId { get; }

    int? CustomerId { get; }
}
