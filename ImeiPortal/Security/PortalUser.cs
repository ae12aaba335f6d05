using Microsoft.AspNetCore.Identity;

namespace ImeiPortal.Security;

/// <summary>
/// A person who signs in. Tenant level follows from the ids: a customer user has <see cref="CustomerId"/>
/// (and its partner's id), a partner user only <see cref="PartnerId"/>, an operator admin neither.
/// </summary>
public sealed class PortalUser : IdentityUser
{
    public int? PartnerId { get; set; }
    public int? CustomerId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
