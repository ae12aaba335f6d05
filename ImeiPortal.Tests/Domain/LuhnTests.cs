using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

public class LuhnTests
{
    [Theory]
    [InlineData("79927398713")] // the textbook Luhn example
    [InlineData("490154203237518")] // a published example IMEI
    [InlineData("89014103211118510720")] // a published example ICCID
    public void IsValid_KnownValidNumbers_ReturnsTrue(string digits) => Assert.True(Luhn.IsValid(digits));

    [Theory]
    [InlineData("79927398710")]
    [InlineData("490154203237519")]
    [InlineData("4901542032375a8")]
    [InlineData("0")]
    [InlineData("")]
    public void IsValid_WrongCheckDigitOrNotDigitsOrTooShort_ReturnsFalse(string digits) => Assert.False(Luhn.IsValid(digits));

    [Theory]
    [InlineData("7992739871", '3')]
    [InlineData("49015420323751", '8')]
    [InlineData("8901410321111851072", '0')]
    public void CheckDigit_KnownNumbers_ReturnsPublishedDigit(string body, char expected) =>
        Assert.Equal(expected, Luhn.CheckDigit(body));

    [Fact]
    public void CheckDigit_NonDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => Luhn.CheckDigit("12a4"));

    [Fact]
    public void IsValid_EveryOtherCheckDigit_ReturnsFalse()
    {
        const string body = "35209900176148";
        var good = Luhn.CheckDigit(body);
        for (var c = '0'; c <= '9'; c++)
        {
            Assert.Equal(c == good, Luhn.IsValid(body + c));
        }
    }
}
