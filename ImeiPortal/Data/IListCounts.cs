using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// Counts the matches of a list's filtered query for its total. Exact up to <see cref="ListTotal.ExactUpTo"/> matches;
/// beyond that a provider that can say "about N" from its planner's statistics much faster than it can count
/// (PostgreSQL, which asks its planner first and so relies on those statistics to tell which side of the cap a list
/// is on) answers an estimate, one that cannot (SQLite) counts exactly. The contract sits in Data because
/// provider folders do not reference Features; the SIM list is its consumer.
/// </summary>
public interface IListCounts
{
    /// <param name="db">the context <paramref name="matches"/> was built on (its connection runs the count)</param>
    /// <param name="matches">the filtered query, before ordering and paging</param>
    Task<ListTotal> CountAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken);
}

/// <summary>A list's total: exact, or (<paramref name="IsEstimate"/>) the database's estimate, never below what was counted.</summary>
public readonly record struct ListTotal(int Total, bool IsEstimate)
{
    /// <summary>
    /// Matches counted exactly: a count stopped after this many rows is cheap on an index, and it is also the most a
    /// bulk change takes, so a list that may be changed at once has an exact total.
    /// </summary>
    public const int ExactUpTo = 100_000;

    /// <summary>
    /// The matches of <paramref name="matches"/> counted up to <paramref name="exactUpTo"/> + 1: at most
    /// <paramref name="exactUpTo"/> is the exact total, more says only "more than <paramref name="exactUpTo"/>".
    /// </summary>
    public static async Task<int> CountUpToAsync<T>(IQueryable<T> matches, int exactUpTo, CancellationToken cancellationToken) =>
        await matches.Take(exactUpTo + 1).CountAsync(cancellationToken);
}

/// <summary>Every total counted exactly, however many match: for a provider without a planner estimate (SQLite).</summary>
internal sealed class ExactListCounts : IListCounts
{
    // No capped count first: beyond the cap SQLite counts exactly anyway, so a count stopped at the cap would be a
    // second pass over the same index for nothing.
    public async Task<ListTotal> CountAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken) =>
        new(await matches.CountAsync(cancellationToken), IsEstimate: false);
}
