using System.Globalization;
using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

/// <summary>Valid identifiers made with the check digit under test's sibling, so no test depends on a guessed number.</summary>
internal static class TestIds
{
    public const string TacA = "35209900";
    public const string TacB = "86123404";

    public static readonly DateTime T0 = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static string Imei(string tac, int serial)
    {
        var body = tac + serial.ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    /// <summary>The IMEISV of <paramref name="imei"/>'s device with software version <paramref name="sv"/>.</summary>
    public static string Imeisv(string imei, string sv) => imei[..14] + sv;

    public static string Iccid(long serial, int length = 19)
    {
        var body = "8944" + serial.ToString(CultureInfo.InvariantCulture).PadLeft(length - 5, '0');
        return body + Luhn.CheckDigit(body);
    }

    /// <summary>The same digits with the check digit moved by one, so it is certainly wrong.</summary>
    public static string WithWrongCheckDigit(string valid) =>
        valid[..^1] + (char)('0' + ((valid[^1] - '0' + 1) % 10));
}
