using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

public class IccidTests
{
    [Theory]
    [InlineData(19)]
    [InlineData(20)]
    public void TryParse_ValidLength_ReturnsIccid(int length)
    {
        var text = TestIds.Iccid(123456, length);

        Assert.True(Iccid.TryParse(text, out var iccid, out var error));
        Assert.Null(error);
        Assert.Equal(text, iccid.Value);
        Assert.Equal(text, iccid.ToString());
    }

    [Fact]
    public void TryParse_SurroundingBlanks_AreTrimmed()
    {
        var text = TestIds.Iccid(5);

        Assert.Equal(text, Iccid.Parse($"  {text} ").Value);
    }

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "required" },
        { "   ", "required" },
        { TestIds.Iccid(1)[..^1], "has 18." },
        { TestIds.Iccid(1, 20) + "0", "has 21." },
        { "8944A000000000000001", "digits only" },
        { TestIds.WithWrongCheckDigit(TestIds.Iccid(1)), "check digit" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_Invalid_ReturnsFalseWithReason(string? text, string reasonFragment)
    {
        Assert.False(Iccid.TryParse(text, out _, out var error));
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadCheckDigit_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Iccid.Parse(TestIds.WithWrongCheckDigit(TestIds.Iccid(9))));

    [Fact]
    public void Constructor_Invalid_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => new Iccid("1234"));
}
