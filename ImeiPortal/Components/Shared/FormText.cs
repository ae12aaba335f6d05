namespace ImeiPortal.Components.Shared;

/// <summary>Text boxes as services want them.</summary>
public static class FormText
{
    /// <summary>An empty box means "no filter", not "match the empty string".</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Tags as typed in one box: comma separated, blanks dropped.</summary>
    public static List<string> Tags(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
