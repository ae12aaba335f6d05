using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Features.Common;

/// <summary>One refused item of a batch; <see cref="Index"/> is its position in the request array.</summary>
public sealed record RejectedItem(int Index, string Error);

public static class Batches
{
    /// <summary>Largest batch a bulk or feed call takes: large enough for a feed's minute, small enough for one transaction.</summary>
    public const int MaxItems = 10_000;

    /// <summary>Size of the IN lists used to look a batch's keys up (well under SQLite's parameter limit).</summary>
    public const int LookupChunk = 900;

    public static void EnsureWithinLimit<T>([NotNull] IReadOnlyCollection<T>? items)
    {
        if (items is null)
        {
            throw new ValidationFailedException("items", "A JSON array of items is required.");
        }

        if (items.Count > MaxItems)
        {
            // The whole batch is refused, so the sender splits it rather than guessing what was stored.
            throw new ValidationFailedException("items", $"At most {MaxItems} items per call, but {items.Count} were sent.");
        }
    }
}
