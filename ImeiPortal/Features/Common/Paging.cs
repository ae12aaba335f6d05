using System.Text.Json.Serialization;

namespace ImeiPortal.Features.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total)
{
    /// <summary>
    /// Whether <see cref="Total"/> is the database's estimate rather than a count (only beyond 100,000 matches, see
    /// <see cref="Data.IListCounts"/>). Set, true or false, by the lists that may estimate (the SIM list), so their answers
    /// always carry <c>totalIsEstimate</c>; null, and so absent from the JSON, on every list that always counts.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalIsEstimate { get; init; }
}

/// <summary>Page and size as the API takes them; bounded so one call cannot ask for the whole table.</summary>
public readonly record struct PageRequest(int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 500;

    /// <summary>Rows before this page, in 64 bits: a page number near int.MaxValue must not wrap round to an early page.</summary>
    public long Skip => (Page - 1L) * PageSize;

    /// <summary>
    /// This page of an ordered query of <paramref name="total"/> rows: a page past the end is empty (never the first page),
    /// and the database is not asked for it.
    /// </summary>
    public IQueryable<T> Of<T>(IQueryable<T> ordered, int total) =>
        Skip >= total ? ordered.Take(0) : ordered.Skip((int)Skip).Take(PageSize);

    /// <summary>
    /// As <see cref="Of{T}(IQueryable{T}, int)"/>; an estimated total may be below the real one, so then the page is
    /// always asked for (a page past the estimate may still hold rows).
    /// </summary>
    public IQueryable<T> Of<T>(IQueryable<T> ordered, Data.ListTotal total) =>
        total.IsEstimate ? ordered.Skip((int)Math.Min(Skip, int.MaxValue)).Take(PageSize) : Of(ordered, total.Total);

    public PageRequest Validated()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        return errors.Count == 0 ? this : throw new ValidationFailedException(errors);
    }
}
