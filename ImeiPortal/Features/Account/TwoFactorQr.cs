using QRCoder;

namespace ImeiPortal.Features.Account;

/// <summary>
/// The enrolment's otpauth URI as a QR code for the authenticator app's camera, drawn on the server as a PNG data URI:
/// the secret never leaves the portal for a QR service, and the page's CSP (img-src data:) allows it.
/// </summary>
public static class TwoFactorQr
{
    // M recovers from 15% damage (a phone camera at an angle); a URI of this length stays a small symbol.
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;
    private const int PixelsPerModule = 5;

    public static string PngDataUri(string otpauthUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(otpauthUri);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, Correction);
        var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
