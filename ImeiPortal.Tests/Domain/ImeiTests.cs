using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tests.Domain;

public class ImeiTests
{
    [Fact]
    public void TryParse_ValidImei_ReturnsItUnchanged()
    {
        var text = TestIds.Imei(TestIds.TacA, 176148);

        Assert.True(Imei.TryParse(text, out var imei, out var error));
        Assert.Null(error);
        Assert.Equal(text, imei.Value);
        Assert.Equal(text, imei.ToString());
    }

    [Fact]
    public void Parse_PublishedExample_Succeeds() =>
        Assert.Equal("490154203237518", Imei.Parse("490154203237518").Value);

    [Fact]
    public void Parse_Imeisv_NormalisesToImeiWithComputedCheckDigit()
    {
        var imei = TestIds.Imei(TestIds.TacA, 42);

        Assert.Equal(imei, Imei.Parse(TestIds.Imeisv(imei, "07")).Value);
    }

    [Fact]
    public void Parse_TwoSoftwareVersionsOfOneDevice_GiveTheSameImei()
    {
        var imei = TestIds.Imei(TestIds.TacB, 314159);

        Assert.Equal(Imei.Parse(TestIds.Imeisv(imei, "01")), Imei.Parse(TestIds.Imeisv(imei, "23")));
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { TestIds.Imei(TestIds.TacA, 1)[..14], "has 14." },
        { TestIds.Imei(TestIds.TacA, 1) + "12", "has 17." },
        { "35209900A761481", "digits only" },
        { TestIds.WithWrongCheckDigit(TestIds.Imei(TestIds.TacA, 1)), "check digit" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_Invalid_ReturnsFalseWithSentence(string text, string reasonFragment)
    {
        Assert.False(Imei.TryParse(text, out var imei, out var error));
        Assert.Equal(default, imei);
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadCheckDigit_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Imei.Parse(TestIds.WithWrongCheckDigit(TestIds.Imei(TestIds.TacB, 3))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("000000000000000")]
    [InlineData("0000000000000000")]
    [InlineData("0")]
    public void IsNotProvided_NothingBlankOrZeros_ReturnsTrue(string? raw)
    {
        Assert.True(Imei.IsNotProvided(raw));
        Assert.False(Imei.TryParse(raw, out _, out var error));
        Assert.Contains("provided", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000000000000001")]
    [InlineData("490154203237518")]
    [InlineData("x")]
    public void IsNotProvided_SomethingElse_ReturnsFalse(string raw) => Assert.False(Imei.IsNotProvided(raw));

    [Fact]
    public void Constructor_AllZeros_IsRejectedAlthoughItsCheckDigitFits() =>
        Assert.Throws<FormatException>(() => new Imei("000000000000000"));

    [Fact]
    public void Tac_IsFirstEightDigits() =>
        Assert.Equal(TestIds.TacB, Imei.Parse(TestIds.Imei(TestIds.TacB, 99)).Tac);

    [Theory]
    [InlineData("35209900", "35209900")]
    [InlineData(" 35209900 ", "35209900")]
    public void TryParseTac_EightDigitsBlanksAround_ReturnsThemTrimmed(string raw, string expected)
    {
        Assert.True(Imei.TryParseTac(raw, out var tac, out var error));
        Assert.Equal(expected, tac);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3520990")]
    [InlineData("352099001")]
    [InlineData("3520990a")]
    [InlineData("3520 990")]
    public void TryParseTac_NotEightDigits_ReturnsFalseWithSentence(string? raw)
    {
        Assert.False(Imei.TryParseTac(raw, out var tac, out var error));
        Assert.Null(tac);
        Assert.StartsWith("A TAC has 8 digits", error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Imei.ParseTac(raw));
    }

    [Fact]
    public void TacOf_StoredImeiOrNothing_FirstEightDigitsOrEmpty()
    {
        Assert.Equal(TestIds.TacB, Imei.TacOf(TestIds.Imei(TestIds.TacB, 7)));
        Assert.Equal("", Imei.TacOf(null));
    }

    [Fact]
    public void SameModel_SameTacDifferentSerial_ReturnsTrue() =>
        Assert.True(Imei.SameModel(TestIds.Imei(TestIds.TacA, 1), TestIds.Imei(TestIds.TacA, 2)));

    [Fact]
    public void SameModel_OtherTac_ReturnsFalse() =>
        Assert.False(Imei.SameModel(TestIds.Imei(TestIds.TacA, 1), TestIds.Imei(TestIds.TacB, 1)));

    [Fact]
    public void SameModel_EitherNull_ReturnsFalse()
    {
        Assert.False(Imei.SameModel(null, TestIds.Imei(TestIds.TacA, 1)));
        Assert.False(Imei.SameModel(TestIds.Imei(TestIds.TacA, 1), null));
        Assert.False(Imei.SameModel(null, null));
    }
}
