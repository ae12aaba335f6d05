using ImeiPortal.Components.Layout;

namespace ImeiPortal.Tests.Components;

/// <summary>The menu marks the current page's item as Blazor's NavLink would: by path segments, the dashboard exactly.</summary>
public sealed class NavMenuTests
{
    [Theory]
    [InlineData("/sims", "/sims", false, true)]
    [InlineData("/sims/8944500000000000001", "/sims", false, true)]
    [InlineData("/sims/import", "/sims/import", true, true)]
    [InlineData("/simsx", "/sims", false, false)]
    [InlineData("/sims", "/sims/import", true, false)]
    [InlineData("/sims", "/", true, false)]
    [InlineData("/", "/", true, true)]
    [InlineData("/Alarms", "/alarms", false, true)]
    public void IsActive_PathAndItem_MatchesOnSegments(string path, string href, bool exact, bool active) =>
        Assert.Equal(active, NavItems.IsActive(path, href, exact));
}
