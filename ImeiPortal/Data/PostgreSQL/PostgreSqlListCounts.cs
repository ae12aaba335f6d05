using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// List totals on PostgreSQL: the planner's row estimate of the same filtered query when it expects more than
/// <see cref="ListTotal.ExactUpTo"/> matches, the exact count otherwise (and the estimate again if the count finds more
/// than the cap after all). An exact count of millions of matches (an admin's unfiltered list at 10M SIMs, or every
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
        // The estimate first: even the capped count reads up to 100,000 index entries, 10-30 ms of a 20 ms goal at 10M
        // SIMs (bench/README.md, 2026-12-02), and a filter the planner expects far beyond the cap needs no count at all.
        var estimate = await PlannedRowsAsync(db, matches, cancellationToken);
        if (estimate > _exactUpTo)
        {
            return new ListTotal((int)Math.Min(estimate, int.MaxValue), IsEstimate: true);
        }

        var counted = await ListTotal.CountUpToAsync(matches, _exactUpTo, cancellationToken);
        // More than the planner expected (statistics older than the rows): past the cap, the estimate would be a known
        // lie below what was just counted.
        return counted <= _exactUpTo
            ? new ListTotal(counted, IsEstimate: false)
            : new ListTotal((int)Math.Clamp(estimate, counted, int.MaxValue), IsEstimate: true);
    }

    /// <summary>The planner's row estimate of <paramref name="matches"/>: its own SQL and parameters under <c>EXPLAIN</c>, on the context's connection.</summary>
    private static async Task<double> PlannedRowsAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Its rows, not its columns: a SIM's columns join its "last seen" table (PostgreSqlPortalDbContext), whose
            // statistics would skew the estimate of a filter that never reads it; the count does not join it either.
            await using var command = matches.Select(_ => 1).CreateDbCommand();
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
