using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Customers;

/// <summary>
/// Customers' lock policies read for many SIMs at once: the feed's risk scoring and the alarm dry run must judge a
/// detection by the same policy, so they read it the same way (columns only, in chunks, no tracking).
/// </summary>
public static class CustomerLockPolicies
{
    /// <summary>The policies of these customers, in one query per <see cref="Batches.LookupChunk"/> ids.</summary>
    public static async Task<Dictionary<int, LockPolicy>> ReadAsync(PortalDbContext db, IEnumerable<int> customerIds, CancellationToken cancellationToken)
    {
        var policies = new Dictionary<int, LockPolicy>();
        foreach (var chunk in customerIds.Distinct().Chunk(Batches.LookupChunk))
        {
            foreach (var row in await db.Customers.AsNoTracking().Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.AllowedTacList, c.DefaultLockScope, c.WhenImeiNotProvided }).ToListAsync(cancellationToken))
            {
                policies[row.Id] = LockPolicy.FromStored(row.AllowedTacList, row.DefaultLockScope, row.WhenImeiNotProvided);
            }
        }

        return policies;
    }

    /// <summary>The policy a SIM is judged by: its customer's, or the default for stock and unknown customers.</summary>
    public static LockPolicy For(IReadOnlyDictionary<int, LockPolicy> policies, Sim sim) =>
        sim.CustomerId is { } id ? policies.GetValueOrDefault(id) ?? LockPolicy.Default : LockPolicy.Default;
}
