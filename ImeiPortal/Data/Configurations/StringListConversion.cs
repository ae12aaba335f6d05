using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImeiPortal.Data.Configurations;

/// <summary>
/// Short lists (tags, ICCIDs of an alarm, recipients) kept in one column, separated by a character
/// none of their values may contain. Provider-neutral, unlike JSON columns.
/// </summary>
internal static class StringListConversion
{
    private const char Separator = '\n';

    public static PropertyBuilder<TList> AsDelimitedList<TList>(this PropertyBuilder<TList> property)
        where TList : IEnumerable<string>
    {
        property.HasConversion(
            v => string.Join(Separator, v),
            v => (TList)(object)(v.Length == 0 ? new List<string>() : v.Split(Separator, StringSplitOptions.None).ToList()),
            new ValueComparer<TList>(
                (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
                v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
                v => (TList)(object)v.ToList()));
        return property;
    }
}
