using System.Text.Encodings.Web;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// Text into HTML written by hand (a list row as one markup frame): every value from the store or a user passes here,
/// so a name like <c>&lt;script&gt;</c> shows as text. Only ASCII stays as it is; other characters become references.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? value) => value is null ? "" : HtmlEncoder.Default.Encode(value);
}
