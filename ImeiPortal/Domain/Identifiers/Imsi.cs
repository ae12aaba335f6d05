using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Domain.Identifiers;

/// <summary>A SIM's IMSI, as the network names it: exactly 15 digits.</summary>
/// <remarks>The constructor enforces the format, so an <see cref="Imsi"/> other than <c>default</c> is always valid.</remarks>
public readonly record struct Imsi(string Value)
{
    public const int Length = 15;

    public string Value { get; } = Validate(Value) is { } error ? throw new FormatException(error) : Value;

    public static bool TryParse([NotNullWhen(true)] string? s, out Imsi imsi, [NotNullWhen(false)] out string? error)
    {
        imsi = default;
        error = Validate(s?.Trim());
        if (error is not null)
        {
            return false;
        }

        imsi = new Imsi(s!.Trim());
        return true;
    }

    /// <summary>The IMSI of an optional field: null when blank.</summary>
    /// <exception cref="FormatException">The text is given but not an IMSI.</exception>
    public static Imsi? ParseOptional(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : TryParse(s, out var imsi, out var error) ? imsi : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;

    private static string? Validate(string? s) =>
        string.IsNullOrWhiteSpace(s) ? "An IMSI is required."
        : s.Length == Length && Luhn.IsAllDigits(s) ? null
        : $"An IMSI has exactly {Length} digits, but '{s}' does not.";
}
