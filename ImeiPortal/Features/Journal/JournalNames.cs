using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Journal;

/// <summary>
/// The names of what a page of journal rows refers to (SIMs by ICCID, customers, alarms, users by email, ...), looked up
/// once per kind of thing for the whole page and only among what the caller may see: a thing outside the caller's scope
/// keeps what the entry itself recorded and gets no link.
/// </summary>
internal sealed class JournalNames
{
    private Dictionary<long, string> _sims = [];
    private Dictionary<long, string> _orders = [];
    private Dictionary<int, string> _alarms = [];
    private Dictionary<int, string> _customers = [];
    private Dictionary<int, string> _partners = [];
    private Dictionary<int, string> _services = [];
    private Dictionary<int, string> _keys = [];
    private Dictionary<string, string> _users = [];
    private Dictionary<string, string> _roles = [];
    private bool _customersPage, _partnersPage, _usersPage;

    public ActorNames Actors { get; private set; } = ActorNames.None;

    public static async Task<JournalNames> ResolveAsync(PortalDbContext db, ICurrentUser user,
        IReadOnlyList<(StoredEntry Row, IReadOnlyList<JournalChange> Changes)> rows, CancellationToken cancellationToken)
    {
        var ids = new Ids();
        foreach (var (row, changes) in rows)
        {
            ids.Add(row.Entity, row.EntityId);
            foreach (var change in changes)
            {
                ids.AddField(change.Field, change.Before);
                ids.AddField(change.Field, change.After);
            }
        }

        var names = new JournalNames
        {
            _customersPage = user.Level is TenantLevel.Platform or TenantLevel.Partner,
            _partnersPage = user.Level is TenantLevel.Platform,
            _usersPage = user.Has(Permission.ManageUsers),
        };
        if (ids.Sims.Count > 0)
        {
            names._sims = await db.Sims.AsNoTracking().VisibleTo(user).Where(s => ids.Sims.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.Iccid, cancellationToken);
        }

        if (ids.Orders.Count > 0)
        {
            names._orders = await db.Orders.AsNoTracking().VisibleTo(user).Where(o => ids.Orders.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Iccid, cancellationToken);
        }

        if (ids.Alarms.Count > 0)
        {
            names._alarms = await db.Alarms.AsNoTracking().VisibleTo(user).Where(a => ids.Alarms.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        }

        if (ids.Customers.Count > 0)
        {
            names._customers = await db.Customers.AsNoTracking().VisibleTo(user).Where(c => ids.Customers.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        }

        if (ids.Partners.Count > 0)
        {
            names._partners = await db.Partners.AsNoTracking().VisibleTo(user).Where(p => ids.Partners.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        }

        if (ids.Services.Count > 0)
        {
            var customers = db.Customers.AsNoTracking().VisibleTo(user).Select(c => c.Id);
            names._services = await db.ServiceProfiles.AsNoTracking().Where(s => ids.Services.Contains(s.Id) && customers.Contains(s.CustomerId))
                .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        }

        if (ids.Keys.Count > 0)
        {
            names._keys = await db.ApiKeys.AsNoTracking().VisibleTo(user).Where(k => ids.Keys.Contains(k.Id))
                .ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        }

        if (ids.Users.Count > 0)
        {
            names._users = await db.Users.AsNoTracking().VisibleTo(user).Where(u => ids.Users.Contains(u.Id) && u.Email != null)
                .ToDictionaryAsync(u => u.Id, u => u.Email!, StringComparer.Ordinal, cancellationToken);
        }

        if (ids.Roles.Count > 0)
        {
            // Role names are the platform's vocabulary (Roles), not a tenant's data.
            names._roles = await db.Roles.AsNoTracking().Where(r => ids.Roles.Contains(r.Id) && r.Name != null)
                .ToDictionaryAsync(r => r.Id, r => r.Name!, StringComparer.Ordinal, cancellationToken);
        }

        names.Actors = await ActorNames.ResolveAsync(db, user, rows.Select(r => r.Row.UserId).Concat(ids.Actors), cancellationToken);
        return names;
    }

    /// <summary>What the entry is about ("SIM 8944…", "Alarm Theft bar") and the page that shows it, when the caller may open it.</summary>
    public (string Subject, string? Link) Subject(string entity, string? entityId, IReadOnlyList<JournalChange> changes)
    {
        var recorded = (string field) => changes.FirstOrDefault(c => c.Field == field) is { } c ? c.After ?? c.Before : null;
        switch (entity)
        {
            case "Sim":
                return Long(entityId) is { } simId && _sims.TryGetValue(simId, out var iccid)
                    ? ("SIM " + iccid, SimLink(iccid))
                    : ("SIM " + (recorded("Iccid") ?? "(not in your scope)"), null);
            case "Order":
                return Long(entityId) is { } orderId && _orders.TryGetValue(orderId, out var orderIccid)
                    ? ($"Order for SIM {orderIccid}", SimLink(orderIccid))
                    : ($"Order for SIM {recorded("Iccid") ?? "(not in your scope)"}", null);
            case "Alarm":
                return Int(entityId) is { } alarmId && _alarms.TryGetValue(alarmId, out var alarm)
                    ? ("Alarm " + alarm, "/alarms/" + alarmId.ToString(CultureInfo.InvariantCulture))
                    : ("Alarm " + (recorded("Name") ?? ActorNames.HiddenAlarm), null);
            case "Customer":
                return Int(entityId) is { } customerId && _customers.TryGetValue(customerId, out var customer)
                    ? ("Customer " + customer, _customersPage ? "/customers" : null)
                    : ("Customer " + (recorded("Name") ?? "(removed)"), null);
            case "Partner":
                return Int(entityId) is { } partnerId && _partners.TryGetValue(partnerId, out var partner)
                    ? ("Partner " + partner, _partnersPage ? "/partners" : null)
                    : ("Partner " + (recorded("Name") ?? "(removed)"), null);
            case "ServiceProfile":
                return Int(entityId) is { } serviceId && _services.TryGetValue(serviceId, out var service)
                    ? ("Service profile " + service, _customersPage ? "/customers" : null)
                    : ("Service profile " + (recorded("Name") ?? "(removed)"), null);
            case "ApiKey":
                return Int(entityId) is { } keyId && _keys.TryGetValue(keyId, out var key)
                    ? ("API key " + key, _usersPage ? "/api-keys" : null)
                    : ("API key " + (recorded("Name") ?? "(removed)"), null);
            case "User":
                return entityId is not null && _users.TryGetValue(entityId, out var email)
                    ? ("User " + email, _usersPage ? "/users" : null)
                    : ("User " + (recorded("Email") ?? "(not in your scope)"), null);
            case "UserRole":
                var (userId, roleId) = UserRole(entityId);
                var role = roleId is not null && _roles.TryGetValue(roleId, out var roleName) ? roleName : "role";
                return userId is not null && _users.TryGetValue(userId, out var holder)
                    ? ($"{role} of {holder}", _usersPage ? "/users" : null)
                    : ($"{role} of a user not in your scope", null);
            default:
                return (JournalText.Entity(entity) + (entityId is null ? "" : " " + entityId), null);
        }
    }

    /// <summary>A reference stored in a snapshot field, by name (null keeps the stored value).</summary>
    public string? Value(string field, string value) => field switch
    {
        "CustomerId" => Int(value) is { } id && _customers.TryGetValue(id, out var name) ? name : null,
        "PartnerId" => Int(value) is { } id && _partners.TryGetValue(id, out var name) ? name : null,
        "SimId" => Long(value) is { } id && _sims.TryGetValue(id, out var iccid) ? iccid : null,
        "AlarmId" => Int(value) is { } id && _alarms.TryGetValue(id, out var name) ? name : null,
        "UserId" => _users.GetValueOrDefault(value),
        "RoleId" => _roles.GetValueOrDefault(value),
        "RequestedBy" => Actors.Describe(value),
        _ => null,
    };

    private static string SimLink(string iccid) => "/sims/" + Uri.EscapeDataString(iccid);

    private static (string? UserId, string? RoleId) UserRole(string? entityId) =>
        entityId?.Split('/') is [var userId, var roleId] ? (userId, roleId) : (null, null);

    private static long? Long(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The ids a page refers to, by kind.</summary>
    private sealed class Ids
    {
        public HashSet<long> Sims { get; } = [];
        public HashSet<long> Orders { get; } = [];
        public HashSet<int> Alarms { get; } = [];
        public HashSet<int> Customers { get; } = [];
        public HashSet<int> Partners { get; } = [];
        public HashSet<int> Services { get; } = [];
        public HashSet<int> Keys { get; } = [];
        public HashSet<string> Users { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

        public void Add(string entity, string? entityId)
        {
            switch (entity)
            {
                case "Sim": AddLong(Sims, entityId); break;
                case "Order": AddLong(Orders, entityId); break;
                case "Alarm": AddInt(Alarms, entityId); break;
                case "Customer": AddInt(Customers, entityId); break;
                case "Partner": AddInt(Partners, entityId); break;
                case "ServiceProfile": AddInt(Services, entityId); break;
                case "ApiKey": AddInt(Keys, entityId); break;
                case "User" when entityId is not null: Users.Add(entityId); break;
                case "UserRole":
                    var (userId, roleId) = UserRole(entityId);
                    if (userId is not null && roleId is not null)
                    {
                        Users.Add(userId);
                        Roles.Add(roleId);
                    }

                    break;
                default: break;
            }
        }

        public void AddField(string field, string? value)
        {
            switch (field)
            {
                case "CustomerId": AddInt(Customers, value); break;
                case "PartnerId": AddInt(Partners, value); break;
                case "SimId": AddLong(Sims, value); break;
                case "AlarmId": AddInt(Alarms, value); break;
                case "UserId" when value is not null: Users.Add(value); break;
                case "RoleId" when value is not null: Roles.Add(value); break;
                case "RequestedBy" when value is not null: Actors.Add(value); break;
                default: break;
            }
        }

        private static void AddLong(HashSet<long> set, string? value)
        {
            if (Long(value) is { } n)
            {
                set.Add(n);
            }
        }

        private static void AddInt(HashSet<int> set, string? value)
        {
            if (Int(value) is { } n)
            {
                set.Add(n);
            }
        }
    }
}
