using System.Globalization;
using Microsoft.JSInterop;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// The browser's time zone for one circuit: every time a page shows goes through <see cref="Format"/>, so people read
/// their own clock while the store and the API stay in UTC. The server cannot know the zone before the circuit asks the
/// browser, so times render in UTC first (prerendering) and re-render once it is known.
/// </summary>
public sealed class BrowserTime(IJSRuntime js)
{
    public const string DefaultFormat = "yyyy-MM-dd HH:mm:ss";

    private Task? _detection;

    /// <summary>UTC until the browser said otherwise.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Raised once, when the browser's zone is known and differs from UTC.</summary>
    public event Action? Changed;

    /// <summary>Asks the browser once per circuit; later calls share the first answer.</summary>
    public Task DetectAsync() => _detection ??= DetectOnceAsync();

    public string Format(DateTime utc, string format = DefaultFormat) =>
        TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), Zone).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The same instant as UTC text, for the hover title and for anyone comparing with the API.</summary>
    public static string FormatUtc(DateTime utc, string format = DefaultFormat) =>
        AsUtc(utc).ToString(format, CultureInfo.InvariantCulture) + " UTC";

    // The store gives back UTC values with Kind Unspecified (SQLite): they are UTC all the same.
    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private async Task DetectOnceAsync()
    {
        string? id;
        try
        {
            id = await js.InvokeAsync<string?>("portal.timeZone");
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // No browser to ask (prerendering, a closed circuit) or an old script: UTC stays, which is still correct.
            _detection = null;
            return;
        }

        if (!string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.Id != TimeZoneInfo.Utc.Id)
        {
            Zone = zone;
            Changed?.Invoke();
        }
    }
}
