using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Domain.Identifiers;

/// <summary>A device's IMEI: 15 digits, the last a Luhn check digit over the first 14.</summary>
/// <remarks>
/// The constructor only takes the canonical 15-digit form; <see cref="Parse"/> and <see cref="TryParse"/> also accept
/// an IMEISV and normalise it, so that a modem firmware update (a new software version) is not a device change.
/// </remarks>
public readonly record struct Imei(string Value)
{
    public const int Length = 15;
    public const int ImeisvLength = 16;
    public const int TacLength = 8;

    // TAC (8) + serial (6): the part an IMEI and an IMEISV of the same device share.
    private const int BodyLength = 14;

    public string Value { get; } = ValidateCanonical(Value) is { } error ? throw new FormatException(error) : Value;

    /// <summary>Type Allocation Code: the first 8 digits, identifying the device model.</summary>
    public string Tac => TacOf(Value);

    /// <summary>The TAC of a stored (canonical) IMEI, without validating it again.</summary>
    public static string TacOf(string? imei) => imei is { Length: >= TacLength } ? imei[..TacLength] : string.Empty;

    /// <summary>True for what networks report when they do not provide an IMEI: nothing, blanks, or only zeros (of any length).</summary>
    public static bool IsNotProvided([NotNullWhen(false)] string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }

        foreach (var c in raw.AsSpan().Trim())
        {
            if (c != '0')
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? raw, out Imei imei, [NotNullWhen(false)] out string? error)
    {
        imei = default;
        if (IsNotProvided(raw))
        {
            error = "No IMEI was provided.";
            return false;
        }

        var s = raw.Trim();
        if (!Luhn.IsAllDigits(s))
        {
            error = $"An IMEI contains digits only, but '{s}' contains other characters.";
            return false;
        }

        switch (s.Length)
        {
            case Length:
                error = ValidateCanonical(s);
                if (error is not null)
                {
                    return false;
                }

                imei = new Imei(s);
                return true;
            case ImeisvLength:
                // An IMEISV carries a software version instead of a check digit.
                var body = s[..BodyLength];
                imei = new Imei(body + Luhn.CheckDigit(body));
                error = null;
                return true;
            default:
                error = $"An IMEI has {Length} digits (or {ImeisvLength} for an IMEISV), but '{s}' has {s.Length}.";
                return false;
        }
    }

    /// <exception cref="FormatException">The text is not provided or not a valid IMEI / IMEISV.</exception>
    public static Imei Parse(string raw) =>
        TryParse(raw, out var imei, out var error) ? imei : throw new FormatException(error);

    /// <summary>
    /// A TAC as people type it (surrounding blanks ignored): exactly <see cref="TacLength"/> digits. The one check for
    /// every place that takes a TAC (lock policies, swap windows, the model catalogue), so they refuse alike.
    /// </summary>
    public static bool TryParseTac([NotNullWhen(true)] string? raw, [NotNullWhen(true)] out string? tac, [NotNullWhen(false)] out string? error)
    {
        var trimmed = raw?.Trim() ?? "";
        if (trimmed.Length == TacLength && Luhn.IsAllDigits(trimmed))
        {
            (tac, error) = (trimmed, null);
            return true;
        }

        (tac, error) = (null, $"A TAC has {TacLength} digits, but '{trimmed}' is not.");
        return false;
    }

    /// <exception cref="FormatException">The text is not <see cref="TacLength"/> digits.</exception>
    public static string ParseTac(string? raw) =>
        TryParseTac(raw, out var tac, out var error) ? tac : throw new FormatException(error);

    /// <summary>True when both IMEIs are known and share a TAC, i.e. the same device model.</summary>
    public static bool SameModel(string? a, string? b) =>
        a is { Length: >= TacLength } && b is { Length: >= TacLength }
        && a.AsSpan(0, TacLength).SequenceEqual(b.AsSpan(0, TacLength));

    public override string ToString() => Value ?? string.Empty;

    private static string? ValidateCanonical(string? s)
    {
        if (s is null || s.Length != Length || !Luhn.IsAllDigits(s))
        {
            return $"An IMEI has exactly {Length} digits, but '{s}' does not.";
        }

        if (IsNotProvided(s))
        {
            // Networks use zeros to say "no IMEI"; such a value must never become a device.
            return "An IMEI of only zeros means that no IMEI was provided.";
        }

        return Luhn.IsValid(s)
            ? null
            : $"'{s}' is not a valid IMEI: its last digit (the check digit) does not match the first {BodyLength} digits.";
    }
}
