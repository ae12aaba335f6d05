using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace ImeiPortal.Data.PostgreSQL;

// Npgsql's SQL generator is the provider's internal API (EF1001): the one place that decides how an ORDER BY reads.
#pragma warning disable EF1001

/// <summary>
/// Orders NULL as SQLite does, before every value: ascending puts it first, descending last. PostgreSQL's default is the
/// opposite, so the same list answered differently on the two stores (sorted by last seen, latest first, PostgreSQL put
/// every never-seen SIM before the latest; by customer, SIMs without one went last instead of first). Only nullable
/// columns and computed values get the clause: on a NOT NULL column it changes nothing but would keep the planner from
/// reading an index in order. An index that serves such a sort is declared NULLS FIRST (SIMs' last seen).
/// </summary>
internal sealed class NullsSmallestQuerySqlGenerator(
    QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, bool reverseNullOrderingEnabled, Version postgresVersion)
    : NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled, postgresVersion)
{
    protected override Expression VisitOrdering(OrderingExpression ordering)
    {
        var visited = base.VisitOrdering(ordering);
        if (ordering.Expression is not ColumnExpression { IsNullable: false } and not SqlConstantExpression)
        {
            Sql.Append(ordering.IsAscending ? " NULLS FIRST" : " NULLS LAST");
        }

        return visited;
    }
}

internal sealed class NullsSmallestQuerySqlGeneratorFactory(
    QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, INpgsqlSingletonOptions options) : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() =>
        new NullsSmallestQuerySqlGenerator(dependencies, typeMappingSource, options.ReverseNullOrderingEnabled, options.PostgresVersion);
}
#pragma warning restore EF1001
