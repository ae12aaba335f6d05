using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

/// <summary>How many SIMs a partner or customer holds and how many of them are in Differed.</summary>
public sealed record SimCounts(int Sims, int Differed)
{
    public static readonly SimCounts None = new(0, 0);
}

/// <summary>
/// SIM counts per partner or customer for the tenancy pages: one grouped query for all rows of a page, never one per
/// row, and only over the SIMs the caller may see.
/// </summary>
public sealed class SimCountService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user)
{
    public async Task<IReadOnlyDictionary<int, SimCounts>> ByPartnerAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sims.AsNoTracking().VisibleTo(user)
            .GroupBy(s => s.PartnerId)
            .Select(g => new { g.Key, Sims = g.Count(), Differed = g.Sum(s => s.ImeiStatus == ImeiStatus.Differed ? 1 : 0) })
            .ToDictionaryAsync(g => g.Key, g => new SimCounts(g.Sims, g.Differed), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, SimCounts>> ByCustomerAsync(IReadOnlyCollection<int> customerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        if (customerIds.Count == 0)
        {
            return new Dictionary<int, SimCounts>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = customerIds.ToList();
        return await db.Sims.AsNoTracking().VisibleTo(user)
            .Where(s => s.CustomerId != null && ids.Contains(s.CustomerId.Value))
            .GroupBy(s => s.CustomerId!.Value)
            .Select(g => new { g.Key, Sims = g.Count(), Differed = g.Sum(s => s.ImeiStatus == ImeiStatus.Differed ? 1 : 0) })
            .ToDictionaryAsync(g => g.Key, g => new SimCounts(g.Sims, g.Differed), cancellationToken);
    }
}
