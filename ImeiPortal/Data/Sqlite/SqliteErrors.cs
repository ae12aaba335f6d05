using Microsoft.Data.Sqlite;

namespace ImeiPortal.Data.Sqlite;

/// <summary>SQLite's error codes the portal acts on.</summary>
internal static class SqliteErrors
{
    /// <summary>SQLITE_FULL: "database or disk is full".</summary>
    private const int Full = 13;

    /// <summary>True for SQLite's own "database or disk is full" (not what wrapped it).</summary>
    public static bool IsStoreFull(Exception exception) => exception is SqliteException { SqliteErrorCode: Full };
}
