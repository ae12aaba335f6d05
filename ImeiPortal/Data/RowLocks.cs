using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// Rows a transaction reads to decide on and then writes: on a server database several writers run at once, so the
/// rows are locked as they are read (PostgreSQL: <c>FOR UPDATE</c>, added by the provider's interceptor) and nobody
/// changes them before the decision is written. SQLite has one writer per file: nothing to add.
/// </summary>
public static class RowLocks
{
    /// <summary>The query tag the provider turns into its row lock; EF writes it as a comment line opening the SQL.</summary>
    public const string Tag = "portal:lock-rows-for-update";

    /// <summary>The rows this query reads stay the current transaction's until it ends. Only for plain row queries (no grouping).</summary>
    public static IQueryable<T> LockedForUpdate<T>(this IQueryable<T> query) => query.TagWith(Tag);
}
