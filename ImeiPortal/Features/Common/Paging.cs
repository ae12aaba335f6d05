namespace ImeiPortal.Features.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>Page and size as the API takes them; bounded so one call cannot ask for the whole table.</summary>
public readonly record struct PageRequest(int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

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
