using ImeiPortal.Features.Account;

namespace ImeiPortal.Tests.Features.Account;

public sealed class TwoFactorQrTests
{
    private const string Uri = "otpauth://totp/ImeiPortal%3Aa%40b.test?secret=JBSWY3DPEHPK3PXP&issuer=ImeiPortal&digits=6&period=30";

    [Fact]
    public void PngDataUri_OtpauthUri_IsAPngImageInline()
    {
        var dataUri = TwoFactorQr.PngDataUri(Uri);

        Assert.StartsWith("data:image/png;base64,", dataUri, StringComparison.Ordinal);
        var png = Convert.FromBase64String(dataUri["data:image/png;base64,".Length..]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void PngDataUri_SameAndOtherUri_SameImageForTheSameTextOnly()
    {
        Assert.Equal(TwoFactorQr.PngDataUri(Uri), TwoFactorQr.PngDataUri(Uri));
        Assert.NotEqual(TwoFactorQr.PngDataUri(Uri), TwoFactorQr.PngDataUri(Uri.Replace("JBSWY3DP", "KRSXG5CT", StringComparison.Ordinal)));
    }
}
