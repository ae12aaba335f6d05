using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;

namespace ImeiPortal.Security;

/// <summary>
/// Query filters that cut every list to what the caller may see. Every service starts its queries here,
/// so an out-of-scope row is simply not found.
/// </summary>
public static class TenantScope
{
    public static IQueryable<Sim> VisibleTo(this IQueryable<Sim> sims, ICurrentUser user) => Owned(sims, user);

    public static IQueryable<Partner> VisibleTo(this IQueryable<Partner> partners, ICurrentUser user) => user.Level switch
    {
        TenantLevel.Platform => partners,
        TenantLevel.Partner or TenantLevel.Customer => partners.Where(p => p.Id == user.PartnerId),
        _ => partners.Where(_ => false),
    };

    public static IQueryable<Customer> VisibleTo(this IQueryable<Customer> customers, ICurrentUser user) => user.Level switch
    {
        TenantLevel.Platform => customers,
        TenantLevel.Partner => customers.Where(c => c.PartnerId == user.PartnerId),
        TenantLevel.Customer => customers.Where(c => c.Id == user.CustomerId),
        _ => customers.Where(_ => false),
    };

    public static IQueryable<PortalUser> VisibleTo(this IQueryable<PortalUser> users, ICurrentUser user) => user.Level switch
    {
        TenantLevel.Platform => users,
        TenantLevel.Partner => users.Where(u => u.PartnerId == user.PartnerId),
        TenantLevel.Customer => users.Where(u => u.CustomerId == user.CustomerId),
        _ => users.Where(_ => false),
    };

    public static IQueryable<Order> VisibleTo(this IQueryable<Order> orders, ICurrentUser user) => Owned(orders, user);

    public static IQueryable<Alarm> VisibleTo(this IQueryable<Alarm> alarms, ICurrentUser user) => Owned(alarms, user);

    public static IQueryable<Notification> VisibleTo(this IQueryable<Notification> notifications, ICurrentUser user) => Owned(notifications, user);

    public static IQueryable<Incident> VisibleTo(this IQueryable<Incident> incidents, ICurrentUser user) => Owned(incidents, user);

    public static IQueryable<JournalEntry> VisibleTo(this IQueryable<JournalEntry> entries, ICurrentUser user) => user.Level switch
    {
        TenantLevel.Platform => entries,
        TenantLevel.Partner => entries.Where(e => e.PartnerId == user.PartnerId),
        TenantLevel.Customer => entries.Where(e => e.CustomerId == user.CustomerId),
        _ => entries.Where(_ => false),
    };

    /// <summary>The one rule for everything a partner owns: platform sees all, a partner its own, a customer its own.</summary>
    private static IQueryable<T> Owned<T>(IQueryable<T> rows, ICurrentUser user)
        where T : class, ITenantOwned => user.Level switch
        {
            TenantLevel.Platform => rows,
            TenantLevel.Partner => rows.Where(x => x.PartnerId == user.PartnerId),
            TenantLevel.Customer => rows.Where(x => x.CustomerId == user.CustomerId),
            _ => rows.Where(_ => false),
        };

    /// <summary>403 for an in-scope change the caller's roles do not allow.</summary>
    public static void Require(this ICurrentUser user, Permission permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException($"Your role does not allow this ({permission}).");
        }
    }
}
