using System.Globalization;
using System.Runtime.CompilerServices;

namespace ImeiPortal.Data.Sqlite;

/// <summary>Times as EF Core's SQLite provider stores them: <c>yyyy-MM-dd HH:mm:ss[.fffffff]</c>, UTC.</summary>
internal static class StoredTime
{
    public static DateTime Parse(string text) => Parse(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateTime Parse(ReadOnlySpan<char> s)
    {
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':'
            && TryDigits(s[..4], out var year) && TryDigits(s.Slice(5, 2), out var month) && TryDigits(s.Slice(8, 2), out var day)
            && TryDigits(s.Slice(11, 2), out var hour) && TryDigits(s.Slice(14, 2), out var minute) && TryDigits(s.Slice(17, 2), out var second)
            && TryFraction(s[19..], out var ticks))
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }

        // Anything else (an offset, a hand-edited row) goes through the full parser.
        return DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryFraction(ReadOnlySpan<char> rest, out long ticks)
    {
        ticks = 0;
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] != '.' || rest.Length > 8 || rest.Length < 2 || !TryDigits(rest[1..], out var fraction))
        {
            return false;
        }

        ticks = fraction;
        for (var i = rest.Length - 1; i < 7; i++)
        {
            ticks *= 10;
        }

        return true;
    }
}
