using System.Security.Claims;

namespace ImeiPortal.Security;

public enum TenantLevel
{
    /// <summary>Signed out or a user with no usable tenant: sees nothing.</summary>
    None,
    Platform,
    Partner,
    Customer,
}

/// <summary>
/// Who is calling a service. Services enforce roles and tenancy through this, because a Blazor circuit
/// calls services directly and page attributes do not guard them.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? Email { get; }
    bool IsAuthenticated { get; }
    IReadOnlyCollection<string> Roles { get; }
    int? PartnerId { get; }
    int? CustomerId { get; }
    TenantLevel Level { get; }
    bool Has(Permission permission);
}

public static class PortalClaims
{
    public const string PartnerId = "imeiportal:partner";
    public const string CustomerId = "imeiportal:customer";
}

/// <summary>
/// Reads the caller from the HTTP request, or from the principal a Blazor circuit or a background job set.
/// Scoped: one per request, circuit or job.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    private ClaimsPrincipal Principal => _principal ?? httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Used by the circuit handler and by workers acting for the system.</summary>
    public void Set(ClaimsPrincipal principal) => _principal = principal;

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? Email => Principal.FindFirstValue(ClaimTypes.Email) ?? Principal.FindFirstValue(ClaimTypes.Name);
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public IReadOnlyCollection<string> Roles => Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
    public int? PartnerId => ReadInt(PortalClaims.PartnerId);
    public int? CustomerId => ReadInt(PortalClaims.CustomerId);

    public TenantLevel Level
    {
        get
        {
            if (!IsAuthenticated)
            {
                return TenantLevel.None;
            }

            if (CustomerId is not null && PartnerId is not null)
            {
                return TenantLevel.Customer;
            }

            if (PartnerId is not null)
            {
                return TenantLevel.Partner;
            }

            return Principal.IsInRole(Security.Roles.Admin) ? TenantLevel.Platform : TenantLevel.None;
        }
    }

    public bool Has(Permission permission) =>
        Level != TenantLevel.None && RoleMatrix.Allows(Roles, permission) && ApiKeyPermissions.Allows(Principal, permission);

    private int? ReadInt(string type) =>
        int.TryParse(Principal.FindFirstValue(type), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A principal for background work (provisioning worker, alarm actions): platform level, named actor.</summary>
    public static ClaimsPrincipal ForSystem(string actor) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "system:" + actor), new Claim(ClaimTypes.Name, actor), new Claim(ClaimTypes.Role, Security.Roles.Admin)],
            authenticationType: "System"));
}
