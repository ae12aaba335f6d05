using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>PostgreSQL's error codes (SQLSTATE) the portal acts on.</summary>
internal static class PostgreSqlErrors
{
    /// <summary>
    /// True for the server's own disk_full (53100: it could not extend a file). The other class 53 errors,
    /// out_of_memory (53200) and too_many_connections (53300), pass with time or load: they are not a store that
    /// cannot grow, and an operator who reads "full" for them would free disk for nothing.
    /// </summary>
    public static bool IsStoreFull(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.DiskFull };
}
