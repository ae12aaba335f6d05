using System.Diagnostics.CodeAnalysis;

namespace ImeiPortal.Domain.Identifiers;

/// <summary>Which number names a SIM in a network request.</summary>
public enum SimKeyKind
{
    Iccid = 0,
    Imsi = 1,
    Msisdn = 2,
}

/// <summary>
/// The one number a network request names its SIM by: people and portals use the ICCID, the network (RADIUS, the feed)
/// the IMSI or the MSISDN. Each is unique among the SIMs that have one, so any of them finds at most one SIM.
/// </summary>
/// <remarks>The IMSI and MSISDN rules here are the ones <see cref="Sims.Sim"/> stores them by (15 digits; E.164 digits, a
/// leading '+' dropped).</remarks>
public readonly record struct SimKey(SimKeyKind Kind, string Value)
{
    public const int ImsiLength = 15;
    public const int MaxMsisdnLength = 15;

    /// <summary>The JSON field that carries this kind of key.</summary>
    public string Field => FieldOf(Kind);

    public static string FieldOf(SimKeyKind kind) => kind switch
    {
        SimKeyKind.Imsi => "imsi",
        SimKeyKind.Msisdn => "msisdn",
        _ => "iccid",
    };

    /// <summary>Reads the key from the three optional fields of a network item: exactly one must be given, and valid.</summary>
    /// <param name="field">On failure, the field to report the error against.</param>
    public static bool TryParse(string? iccid, string? imsi, string? msisdn, out SimKey key,
        [NotNullWhen(false)] out string? field, [NotNullWhen(false)] out string? error)
    {
        key = default;
        List<SimKeyKind> given = [];
        if (!string.IsNullOrWhiteSpace(iccid))
        {
            given.Add(SimKeyKind.Iccid);
        }

        if (!string.IsNullOrWhiteSpace(imsi))
        {
            given.Add(SimKeyKind.Imsi);
        }

        if (!string.IsNullOrWhiteSpace(msisdn))
        {
            given.Add(SimKeyKind.Msisdn);
        }

        if (given.Count != 1)
        {
            // Two numbers could name two SIMs: the portal will not guess which one the network meant.
            field = given.Count == 0 ? "iccid" : FieldOf(given[1]);
            error = given.Count == 0
                ? "One of iccid, imsi or msisdn is required."
                : $"Exactly one of iccid, imsi or msisdn names the SIM, but {string.Join(" and ", given.Select(FieldOf))} were given.";
            return false;
        }

        var kind = given[0];
        field = FieldOf(kind);
        switch (kind)
        {
            case SimKeyKind.Iccid:
                if (!Iccid.TryParse(iccid, out var parsed, out error))
                {
                    return false;
                }

                key = new SimKey(kind, parsed.Value);
                return true;
            case SimKeyKind.Imsi:
                return TryCreate(kind, NormaliseImsi(imsi), ImsiError, out key, out error);
            default:
                return TryCreate(kind, NormaliseMsisdn(msisdn), MsisdnError, out key, out error);
        }
    }

    public static string? NormaliseImsi(string? imsi) => string.IsNullOrWhiteSpace(imsi) ? null : imsi.Trim();

    /// <summary>E.164 numbers are kept as digits only; a leading '+' is accepted on input.</summary>
    public static string? NormaliseMsisdn(string? msisdn) => string.IsNullOrWhiteSpace(msisdn) ? null : msisdn.Trim().TrimStart('+');

    /// <summary>Why a normalised IMSI is not one, or null.</summary>
    public static string? ImsiError(string imsi)
    {
        ArgumentNullException.ThrowIfNull(imsi);
        return imsi.Length == ImsiLength && Luhn.IsAllDigits(imsi) ? null : $"An IMSI has exactly {ImsiLength} digits, but '{imsi}' does not.";
    }

    /// <summary>Why a normalised MSISDN is not one, or null.</summary>
    public static string? MsisdnError(string msisdn)
    {
        ArgumentNullException.ThrowIfNull(msisdn);
        return msisdn.Length is >= 1 and <= MaxMsisdnLength && Luhn.IsAllDigits(msisdn)
            ? null
            : $"An MSISDN is an E.164 number of at most {MaxMsisdnLength} digits (an optional leading '+'), but '{msisdn}' is not.";
    }

    public override string ToString() => $"{Field} {Value}";

    private static bool TryCreate(SimKeyKind kind, string? value, Func<string, string?> validate, out SimKey key, [NotNullWhen(false)] out string? error)
    {
        key = default;
        error = validate(value!);
        if (error is not null)
        {
            return false;
        }

        key = new SimKey(kind, value!);
        return true;
    }
}
