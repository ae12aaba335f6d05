namespace ImeiPortal.Components.Shared;

public static class CustomerTags
{
    /// <summary>Tags as typed in one box: comma separated, blanks dropped.</summary>
    public static List<string> Parse(string text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
