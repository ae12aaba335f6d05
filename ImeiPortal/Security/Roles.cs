namespace ImeiPortal.Security;

/// <summary>The seven roles of the portal. A user may hold several, all of one tenant level.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string PartnerAdmin = nameof(PartnerAdmin);
    public const string PartnerUser = nameof(PartnerUser);
    public const string PartnerReadOnly = nameof(PartnerReadOnly);
    public const string CustomerAdmin = nameof(CustomerAdmin);
    public const string CustomerUser = nameof(CustomerUser);
    public const string CustomerReadOnly = nameof(CustomerReadOnly);

    public static readonly IReadOnlyList<string> All =
        [Admin, PartnerAdmin, PartnerUser, PartnerReadOnly, CustomerAdmin, CustomerUser, CustomerReadOnly];

    public static readonly IReadOnlyList<string> PartnerRoles = [PartnerAdmin, PartnerUser, PartnerReadOnly];
    public static readonly IReadOnlyList<string> CustomerRoles = [CustomerAdmin, CustomerUser, CustomerReadOnly];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>What a role may change. Seeing is governed by tenancy (<see cref="TenantLevel"/>), not by permissions.</summary>
public enum Permission
{
    ManagePartners,
    ManageCustomers,
    ManageUsers,
    ManageSims,
    PlaceLifecycleOrders,
    ChangeImeiStatus,
    Unbar,
    ManageAlarms,
    ReceiveNotifications,

    /// <summary>A customer's lock policy: its fleet's device models, default lock scope, sessions without IMEI.</summary>
    ManageLockPolicies,

    /// <summary>The device model catalogue: the platform's (Admin) or the partner's own entries.</summary>
    ManageDeviceModels,
}

/// <summary>
/// The role matrix of DOMAIN.md in one table, read by services (enforcement) and by the roles page (display),
/// so the two cannot drift apart.
/// </summary>
public static class RoleMatrix
{
    private static readonly Dictionary<string, Permission[]> Grants = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = Enum.GetValues<Permission>(),
        [Roles.PartnerAdmin] =
        [
            Permission.ManageCustomers, Permission.ManageUsers, Permission.ManageSims, Permission.PlaceLifecycleOrders,
            Permission.ChangeImeiStatus, Permission.Unbar, Permission.ManageAlarms, Permission.ReceiveNotifications,
            Permission.ManageLockPolicies, Permission.ManageDeviceModels,
        ],
        [Roles.PartnerUser] =
        [
            Permission.ManageSims, Permission.PlaceLifecycleOrders, Permission.ChangeImeiStatus, Permission.Unbar,
            Permission.ManageAlarms, Permission.ReceiveNotifications, Permission.ManageLockPolicies,
        ],
        [Roles.PartnerReadOnly] = [Permission.ReceiveNotifications],
        [Roles.CustomerAdmin] =
        [
            Permission.ChangeImeiStatus, Permission.Unbar, Permission.ManageAlarms, Permission.ManageUsers,
            Permission.ReceiveNotifications, Permission.ManageLockPolicies,
        ],
        [Roles.CustomerUser] = [Permission.ChangeImeiStatus, Permission.Unbar, Permission.ReceiveNotifications],
        [Roles.CustomerReadOnly] = [Permission.ReceiveNotifications],
    };

    public static IReadOnlyList<Permission> PermissionsOf(string role) =>
        Grants.TryGetValue(role, out var permissions) ? permissions : [];

    public static bool Allows(IEnumerable<string> roles, Permission permission) =>
        roles.Any(role => PermissionsOf(role).Contains(permission));

    /// <summary>Human text for the roles page: what each role sees.</summary>
    public static string Sees(string role) => role switch
    {
        Roles.Admin => "Everything: all partners, customers, SIMs and settings",
        Roles.PartnerAdmin or Roles.PartnerUser or Roles.PartnerReadOnly => "Own partner's SIMs, customers and users",
        _ => "Own customer's SIMs",
    };
}
