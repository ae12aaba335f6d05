using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

public class MsisdnTests
{
    [Theory]
    [InlineData("+447700900123", "447700900123")]
    [InlineData(" 447700900123 ", "447700900123")]
    [InlineData("1", "1")]
    [InlineData("447700900123456", "447700900123456")]
    public void TryParse_E164_ReturnsDigitsOnly(string text, string expected)
    {
        Assert.True(Msisdn.TryParse(text, out var msisdn, out var error));
        Assert.Null(error);
        Assert.Equal(expected, msisdn.Value);
    }

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "required" },
        { " ", "required" },
        { "+", "at most 15 digits" },
        { "4477009001234567", "at most 15 digits" },
        { "44 7700 900123", "at most 15 digits" },
        { "12ab", "at most 15 digits" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_Invalid_ReturnsFalseWithReason(string? text, string reasonFragment)
    {
        Assert.False(Msisdn.TryParse(text, out _, out var error));
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_OnlyAPlus_NamesWhatWasSent()
    {
        Assert.False(Msisdn.TryParse("+", out _, out var error));
        Assert.Contains("'+'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void ParseOptional_Blank_IsNull(string? text) => Assert.Null(Msisdn.ParseOptional(text));

    [Fact]
    public void ParseOptional_Malformed_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Msisdn.ParseOptional("+"));
}
