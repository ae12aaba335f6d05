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
/// <remarks>The numbers are read by the one rule for each (<see cref="Iccid"/>, <see cref="Imsi"/>, <see cref="Msisdn"/>),
/// the same a SIM stores them by.</remarks>
public readonly record struct SimKey(SimKeyKind Kind, string Value)
{
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
                if (!Iccid.TryParse(iccid, out var parsedIccid, out error))
                {
                    return false;
                }

                key = new SimKey(kind, parsedIccid.Value);
                return true;
            case SimKeyKind.Imsi:
                if (!Imsi.TryParse(imsi, out var parsedImsi, out error))
                {
                    return false;
                }

                key = new SimKey(kind, parsedImsi.Value);
                return true;
            default:
                if (!Msisdn.TryParse(msisdn, out var parsedMsisdn, out error))
                {
                    return false;
                }

                key = new SimKey(kind, parsedMsisdn.Value);
                return true;
        }
    }

    public override string ToString() => $"{Field} {Value}";
}
