using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Domain.Identifiers;

/// <summary>A SIM card's ICCID: 19 or 20 digits, the last a Luhn check digit over the rest.</summary>
/// <remarks>The constructor enforces the format, so an <see cref="Iccid"/> other than <c>default</c> is always valid.</remarks>
public readonly record struct Iccid(string Value)
{
    public const int MinLength = 19;
    public const int MaxLength = 20;

    public string Value { get; } = Validate(Value) is { } error ? throw new FormatException(error) : Value;

    public static bool TryParse([NotNullWhen(true)] string? s, out Iccid iccid, [NotNullWhen(false)] out string? error)
    {
        iccid = default;
        error = Validate(s?.Trim());
        if (error is not null)
        {
            return false;
        }

        iccid = new Iccid(s!.Trim());
        return true;
    }

    /// <exception cref="FormatException">The text is not a valid ICCID.</exception>
    public static Iccid Parse(string s) =>
        TryParse(s, out var iccid, out var error) ? iccid : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;

    private static string? Validate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return "An ICCID is required.";
        }

        if (!Luhn.IsAllDigits(s))
        {
            return $"An ICCID contains digits only, but '{s}' contains other characters.";
        }

        if (s.Length is < MinLength or > MaxLength)
        {
            return $"An ICCID has {MinLength} or {MaxLength} digits, but '{s}' has {s.Length}.";
        }

        return Luhn.IsValid(s)
            ? null
            : $"'{s}' is not a valid ICCID: its last digit (the check digit) does not match the other digits.";
    }
}
