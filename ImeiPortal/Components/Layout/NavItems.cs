using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Components.Layout;

/// <summary>Which menu item is the current page's, as Blazor's NavLink decides it (prefix on segments, or exact).</summary>
public static class NavItems
{
    /// <summary>The current page's path without query or fragment, "/" for the root.</summary>
    public static string PathOf(NavigationManager navigation)
    {
        var relative = navigation.ToBaseRelativePath(navigation.Uri);
        var end = relative.IndexOfAny(['?', '#']);
        return "/" + (end < 0 ? relative : relative[..end]).TrimEnd('/');
    }

    public static bool IsActive(string path, string href, bool exact)
    {
        if (string.Equals(path, href, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "/" matches every page as a prefix: the dashboard is active only on itself.
        return !exact && href != "/" && path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
    }
}
