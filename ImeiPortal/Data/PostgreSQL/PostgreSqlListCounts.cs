using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// List totals on PostgreSQL: exact up to <see cref="ListTotal.ExactUpTo"/> matches, the planner's row estimate of the
/// same filtered query beyond. An exact count of millions of matches (an admin's unfiltered list at 10M SIMs, or every
/// Locked SIM) reads every matching row and costs hundreds of milliseconds; the estimate comes from the table's
/// statistics (ANALYZE, autovacuum) in well under one, and past 100,000 rows "about N" is what a reader needs.
/// </summary>
internal sealed class PostgreSqlListCounts : IListCounts
{
    private readonly int _exactUpTo;

    public PostgreSqlListCounts()
        : this(ListTotal.ExactUpTo)
    {
    }

    /// <param name="exactUpTo">lower than <see cref="ListTotal.ExactUpTo"/> only in tests, so a few hundred rows cross it</param>
    internal PostgreSqlListCounts(int exactUpTo) => _exactUpTo = exactUpTo;

    public async Task<ListTotal> CountAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken)
    {
        var counted = await ListTotal.CountUpToAsync(matches, _exactUpTo, cancellationToken);
        if (counted <= _exactUpTo)
        {
            return new ListTotal(counted, IsEstimate: false);
        }

        // The capped count proved more than the cap: an estimate below it (stale statistics) would be a known lie.
        var estimate = await PlannedRowsAsync(db, matches, cancellationToken);
        return new ListTotal((int)Math.Clamp(estimate, counted, int.MaxValue), IsEstimate: true);
    }

    /// <summary>The planner's row estimate of <paramref name="matches"/>: its own SQL and parameters under <c>EXPLAIN</c>, on the context's connection.</summary>
    private static async Task<double> PlannedRowsAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = matches.CreateDbCommand();
#pragma warning disable CA2100 // EF's own SQL for the query, its values still parameters.
            command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
#pragma warning restore CA2100
            var plan = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException("EXPLAIN returned no plan.");
            using var json = JsonDocument.Parse(plan);
            return json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
