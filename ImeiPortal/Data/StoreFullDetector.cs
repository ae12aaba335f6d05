using Microsoft.Data.Sqlite;

namespace ImeiPortal.Data;

/// <summary>
/// Recognises a store that cannot grow (disk or quota full), whatever layer the failure surfaced through: SQLite's own
/// error, EF's update exception around it, or an aggregate of them. Provider-specific, so it lives here, not in Features.
/// </summary>
public static class StoreFullDetector
{
    /// <summary>SQLITE_FULL: "database or disk is full".</summary>
    private const int SqliteFull = 13;

    /// <summary>The store's own error saying it is full, or null when <paramref name="exception"/> is some other fault.</summary>
    public static Exception? FindCause(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull })
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
