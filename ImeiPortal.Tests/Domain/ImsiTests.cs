using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

public class ImsiTests
{
    [Fact]
    public void TryParse_FifteenDigitsWithBlanks_ReturnsTrimmedImsi()
    {
        Assert.True(Imsi.TryParse(" 234150000000001 ", out var imsi, out var error));
        Assert.Null(error);
        Assert.Equal("234150000000001", imsi.Value);
    }

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "required" },
        { "  ", "required" },
        { "23415000000001", "exactly 15 digits" },
        { "2341500000000012", "exactly 15 digits" },
        { "23415000000000A", "exactly 15 digits" },
        { "+23415000000001", "exactly 15 digits" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_Invalid_ReturnsFalseWithReason(string? text, string reasonFragment)
    {
        Assert.False(Imsi.TryParse(text, out _, out var error));
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void ParseOptional_Blank_IsNull(string? text) => Assert.Null(Imsi.ParseOptional(text));

    [Fact]
    public void ParseOptional_Malformed_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Imsi.ParseOptional("12345"));

    [Fact]
    public void Constructor_Malformed_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => new Imsi("12345"));
}
