using System.Linq.Expressions;
using ImeiPortal.Domain;

namespace ImeiPortal.Features.Common;

public static class TimeRange
{
    /// <summary>Keeps rows whose <paramref name="at"/> is in [from, to): the same half-open range every history list and export uses.</summary>
    public static IQueryable<T> Between<T>(this IQueryable<T> rows, Expression<Func<T, DateTime>> at, DateTime? from, DateTime? to)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (from is { } f)
        {
            var start = UtcTime.AsUtc(f);
            rows = rows.Where(Compare(at, start, Expression.GreaterThanOrEqual));
        }

        if (to is { } t)
        {
            var end = UtcTime.AsUtc(t);
            rows = rows.Where(Compare(at, end, Expression.LessThan));
        }

        return rows;
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime>> at, DateTime bound, Func<Expression, Expression, BinaryExpression> op)
    {
        // A captured variable (not a constant) so the provider sends a parameter and reuses the query plan.
        Expression<Func<DateTime>> value = () => bound;
        return Expression.Lambda<Func<T, bool>>(op(at.Body, value.Body), at.Parameters);
    }
}
