using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Domain.Identifiers;

/// <summary>A SIM's MSISDN (its phone number): an E.164 number of at most 15 digits, stored as digits only.</summary>
/// <remarks>Parsing accepts a leading '+', as people write E.164 numbers; <see cref="Value"/> never carries it.</remarks>
public readonly record struct Msisdn(string Value)
{
    public const int MaxLength = 15;

    public string Value { get; } = Validate(Value) is { } error ? throw new FormatException(error) : Value;

    public static bool TryParse([NotNullWhen(true)] string? s, out Msisdn msisdn, [NotNullWhen(false)] out string? error)
    {
        msisdn = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "An MSISDN is required.";
            return false;
        }

        var digits = s.Trim().TrimStart('+');
        if (Validate(digits) is not null)
        {
            error = Invalid(s.Trim());
            return false;
        }

        msisdn = new Msisdn(digits);
        error = null;
        return true;
    }

    /// <summary>The MSISDN of an optional field: null when blank.</summary>
    /// <exception cref="FormatException">The text is given but not an MSISDN.</exception>
    public static Msisdn? ParseOptional(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : TryParse(s, out var msisdn, out var error) ? msisdn : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;

    private static string? Validate(string? digits) =>
        digits is { Length: >= 1 and <= MaxLength } && Luhn.IsAllDigits(digits) ? null : Invalid(digits);

    private static string Invalid(string? text) =>
        $"An MSISDN is an E.164 number of at most {MaxLength} digits (an optional leading '+'), but '{text}' is not.";
}
