using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// A MudBlazor icon as markup of its parent, in MudIcon's classes: for what every open page repeats (the menu, sort
/// headers), where a MudIcon each is a component with two render buffers per circuit (bench/README.md).
/// </summary>
public static class IconMarkup
{
    /// <param name="icon">One of MudBlazor's <c>Icons</c>: the SVG's inner elements.</param>
    /// <param name="classes">Size and placement, e.g. <c>mud-icon-size-small sort-icon</c>.</param>
    public static RenderFragment For(string icon, string classes) => builder => builder.AddMarkupContent(0,
        $"<svg class=\"mud-icon-root mud-icon-default mud-svg-icon {classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{icon}</svg>");
}
