using System.Data;
using ImeiPortal.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The session look-up on PostgreSQL: one round trip on a pooled connection of the portal's data source, the statement
/// prepared once per physical connection (Npgsql keeps it across the pool's open and close, so a later prepare of the
/// same text costs nothing) and so only bound and executed per call.
/// </summary>
internal sealed class PostgreSqlSessionLookup(NpgsqlDataSource dataSource, DbContextOptions<PostgreSqlPortalDbContext> options) : ISessionLookup
{
    private readonly Lazy<string[]> _statements = new(() =>
    {
        using var db = new PostgreSqlPortalDbContext(options);
        // By SimKeyKind's value.
        return [SessionLookupSql.Select(db, SimKeyKind.Iccid, "$1"), SessionLookupSql.Select(db, SimKeyKind.Imsi, "$1"), SessionLookupSql.Select(db, SimKeyKind.Msisdn, "$1")];
    });

    public async ValueTask<SessionSubject?> FindAsync(SimKey key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_statements.Value[(int)key.Kind], connection) { Parameters = { new() { Value = key.Value } } };
        await command.PrepareAsync(cancellationToken);
        await using var row = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return null;
        }

        var until = SessionLookupSql.SwapWindowUntilColumn;
        return SessionLookupSql.Read(row, row.IsDBNull(until) ? null : DateTime.SpecifyKind(row.GetDateTime(until), DateTimeKind.Utc));
    }
}
