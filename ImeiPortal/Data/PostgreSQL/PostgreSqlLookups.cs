using System.Data;
using ImeiPortal.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The per-call look-ups on PostgreSQL (a data session's SIM, a bearer token's user): one round trip on a pooled
/// connection, the statement prepared once per physical connection (Npgsql keeps it across the pool's open and close,
/// so a later prepare of the same text costs nothing) and so only bound and executed per call.
/// </summary>
internal sealed class PostgreSqlLookups : ISessionLookup, IUserStateLookup, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    // By SimKeyKind's value.
    private readonly string[] _statements;
    private readonly string _userState;

    public PostgreSqlLookups(DbContextOptions<PostgreSqlPortalDbContext> options)
    {
        using var db = new PostgreSqlPortalDbContext(options);
        _statements = [SessionLookupSql.Select(db, SimKeyKind.Iccid, "$1"), SessionLookupSql.Select(db, SimKeyKind.Imsi, "$1"), SessionLookupSql.Select(db, SimKeyKind.Msisdn, "$1")];
        _userState = UserStateSql.Select(db, "$1");
        // A pool of its own, two connections per core: a look-up is a short query, and more of them at once than the
        // cores can run only made the server's backends take turns. 1M SIMs, 16 calls in flight on 2 cores: up to 100
        // connections 4,977 /s, p99 11-71 ms; 4 connections 5,943 /s, p99 5 ms; 2 connections 5,314 /s (bench/README.md,
        // 2026-12-03). A smaller pool set in the connection string (a server's connection budget) still holds.
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        connection.MaxPoolSize = Math.Min(connection.MaxPoolSize, 2 * Environment.ProcessorCount);
        _dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
    }

    public async ValueTask<SessionSubject?> FindAsync(SimKey key, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_statements[(int)key.Kind], connection) { Parameters = { new() { Value = key.Value } } };
        await command.PrepareAsync(cancellationToken);
        await using var row = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return null;
        }

        var until = SessionLookupSql.SwapWindowUntilColumn;
        return SessionLookupSql.Read(row, row.IsDBNull(until) ? null : DateTime.SpecifyKind(row.GetDateTime(until), DateTimeKind.Utc));
    }

    public async ValueTask<UserState?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_userState, connection) { Parameters = { new() { Value = userId } } };
        await command.PrepareAsync(cancellationToken);
        await using var row = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await row.ReadAsync(cancellationToken) ? UserStateSql.Read(row) : null;
    }

    public void Dispose() => _dataSource.Dispose();
}
