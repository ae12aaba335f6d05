using MudBlazor;

namespace ImeiPortal.Components.Layout;

/// <summary>
/// The one theme: the brand colours of wwwroot-assets/portal.css (SIM blue, lock amber, alarm red, calm neutrals),
/// set for every palette slot a component may use, so none of MudBlazor's purple or pink defaults shows.
/// </summary>
public static class PortalTheme
{
    public const string Blue = "#0b5cad";
    public const string BlueDark = "#083f78";
    public const string Amber = "#f5b700";
    public const string Red = "#c62828";
    public const string Slate = "#5c7c99";
    public const string Background = "#f4f6f9";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Blue,
            PrimaryDarken = BlueDark,
            PrimaryLighten = "#3d7fc4",
            Secondary = Slate,
            Tertiary = BlueDark,
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = Amber,
            WarningContrastText = "#1d2733",
            Error = Red,
            Dark = "#1d2733",
            AppbarBackground = Blue,
            AppbarText = "#ffffff",
            Background = Background,
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d2733",
            DrawerIcon = Slate,
            TextPrimary = "#1d2733",
            TextSecondary = "#556270",
            ActionDefault = Slate,
            LinesDefault = "#dde2e8",
            TableLines = "#e1e6ec",
            Divider = "#dde2e8",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "220px" },
    };
}
