using ImeiPortal.Data;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;
using Microsoft.EntityFrameworkCore;

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

    public static IQueryable<ApiKey> VisibleTo(this IQueryable<ApiKey> keys, ICurrentUser user) => user.Level switch
    {
        TenantLevel.Platform => keys,
        TenantLevel.Partner => keys.Where(k => k.PartnerId == user.PartnerId),
        TenantLevel.Customer => keys.Where(k => k.CustomerId == user.CustomerId),
        _ => keys.Where(_ => false),
    };

    /// <summary>
    /// The tenant a new user or key belongs to: the customer (and its partner) or the partner named, which must be
    /// visible to the caller (404 otherwise), or without ids the caller's own tenant.
    /// </summary>
    public static async Task<(int? PartnerId, int? CustomerId)> ResolveOwnerAsync(this ICurrentUser user, PortalDbContext db,
        int? partnerId, int? customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        if (customerId is { } cid)
        {
            var customer = await db.Customers.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == cid, cancellationToken)
                ?? throw new NotFoundException("Customer", cid);
            if (partnerId is not null && partnerId != customer.PartnerId)
            {
                throw new ValidationFailedException("partnerId", "partnerId does not match the customer's partner.");
            }

            return (customer.PartnerId, customer.Id);
        }

        if (partnerId is { } pid)
        {
            if (user.Level == TenantLevel.Customer || !await db.Partners.VisibleTo(user).AnyAsync(p => p.Id == pid, cancellationToken))
            {
                throw new NotFoundException("Partner", pid);
            }

            return (pid, null);
        }

        return user.Level switch
        {
            // A tenant admin creating without ids means "one of mine".
            TenantLevel.Customer => (user.PartnerId, user.CustomerId),
            TenantLevel.Partner => (user.PartnerId, null),
            _ => (null, null),
        };
    }

    /// <summary>The one rule for everything a partner owns: platform sees all, a partner its own, a customer its own.</summary>
    private static IQueryable<T> Owned<T>(IQueryable<T> rows, ICurrentUser user)
        where T : class, ITenantOwned => user.Level switch
        {
            TenantLevel.Platform => rows,
            TenantLevel.Partner => rows.Where(x => x.PartnerId == user.PartnerId),
            TenantLevel.Customer => rows.Where(x => x.CustomerId == user.CustomerId),
            _ => rows.Where(_ => false),
        };

    /// <summary>The same rule for one thing in memory (a change an open page hears of): does the user see what this tenant owns?</summary>
    public static bool Sees(this ICurrentUser user, int partnerId, int? customerId) => user.Level switch
    {
        TenantLevel.Platform => true,
        TenantLevel.Partner => partnerId == user.PartnerId,
        TenantLevel.Customer => customerId is not null && customerId == user.CustomerId,
        _ => false,
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
