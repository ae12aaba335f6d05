namespace ImeiPortal.Data;

/// <summary>
/// Recognises a store that cannot grow (disk or quota full), whatever layer the failure surfaced through: the
/// provider's own error, EF's update exception around it, or an aggregate of them. Each provider says which of its
/// errors means full; this walks what wrapped it.
/// </summary>
public static class StoreFullDetector
{
    /// <summary>The store's own error saying it is full, or null when <paramref name="exception"/> is some other fault.</summary>
    public static Exception? FindCause(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (Sqlite.SqliteErrors.IsStoreFull(e) || PostgreSQL.PostgreSqlErrors.IsStoreFull(e))
            {
                return e;
            }

            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(FindCause).FirstOrDefault(c => c is not null);
            }
        }

        return null;
    }
}
