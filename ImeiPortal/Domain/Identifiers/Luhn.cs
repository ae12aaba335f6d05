namespace ImeiPortal.Domain.Identifiers;

/// <summary>The Luhn (mod 10) check digit used by ICCIDs and IMEIs.</summary>
public static class Luhn
{
    /// <summary>True when <paramref name="digits"/> is at least two ASCII digits and its last digit is the Luhn check digit of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && IsAllDigits(digits) && CheckDigit(digits[..^1]) == digits[^1];

    /// <summary>The check digit to append to <paramref name="digitsWithoutCheck"/>.</summary>
    /// <exception cref="ArgumentException">The input contains something other than ASCII digits.</exception>
    public static char CheckDigit(ReadOnlySpan<char> digitsWithoutCheck)
    {
        if (!IsAllDigits(digitsWithoutCheck))
        {
            throw new ArgumentException("A Luhn check digit can only be computed over the digits 0-9.", nameof(digitsWithoutCheck));
        }

        var sum = 0;
        // Counting from the right, the digit next to the (not yet present) check digit is doubled first.
        var doubled = true;
        for (var i = digitsWithoutCheck.Length - 1; i >= 0; i--)
        {
            var d = digitsWithoutCheck[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    internal static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
