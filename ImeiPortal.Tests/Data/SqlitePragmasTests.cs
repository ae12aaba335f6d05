using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// Every connection runs with the portal's pragmas; a pooled one keeps them on its native handle, so they are set once per
/// handle, not on every open (each query of the authorize path opens one).
/// </summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private const string Reason = "pragmas are SQLite's";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"imeiportal-pragmas-{Guid.NewGuid():N}.db");

    [SqliteOnlyFact(Reason)]
    public async Task Open_NewHandle_RunsEveryPragma()
    {
        await using var db = Context();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(("5000", "1", "1", "0"), (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "synchronous"),
            await PragmaAsync(db, "foreign_keys"), await PragmaAsync(db, "wal_autocheckpoint")));
    }

    [SqliteOnlyFact(Reason)]
    public async Task Open_PooledHandle_KeepsThePragmasWithoutRunningThemAgain()
    {
        SQLitePCL.sqlite3 first;
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();
            first = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
            // A value only this test sets: still there after the next open means the pragmas did not run again.
            await PragmaAsync(db, "busy_timeout=1234");
        }

        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();

            Assert.Same(first, ((SqliteConnection)db.Database.GetDbConnection()).Handle);
            Assert.Equal(("1234", "1", "0"), (await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "foreign_keys"),
                await PragmaAsync(db, "wal_autocheckpoint")));
        }

        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();

            Assert.NotSame(first, ((SqliteConnection)db.Database.GetDbConnection()).Handle);
            Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
        }
    }

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path }.ToString();

    private PortalDbContext Context()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalSqlite(ConnectionString);
        return new PortalDbContext(options.Options);
    }

    private static async Task<string> PragmaAsync(PortalDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma + ";";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
