using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Data.Sqlite;

/// <summary>Per-connection settings SQLite does not keep in the file.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets them on a connection opened past EF (the session look-up's own).</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }

        using var command = connection.CreateCommand();
        // NORMAL is durable in WAL mode except on power loss of the OS; busy_timeout makes writers wait, not fail.
        // case_sensitive_like: LINQ's StartsWith is ordinal, and only a case-sensitive LIKE can use the plain
        // (BINARY) indexes, so an identifier prefix search is an index range, not a scan of a million rows.
        // wal_autocheckpoint=0: the commit that fills the log would otherwise copy it back (fsync included) before
        // returning; WalCheckpointer does that in the background instead.
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA case_sensitive_like=ON; "
            + "PRAGMA wal_autocheckpoint=0;";
        command.ExecuteNonQuery();
    }
}
