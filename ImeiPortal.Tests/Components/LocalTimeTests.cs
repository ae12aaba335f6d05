using Bunit;
using ImeiPortal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>Times show on the browser's clock, with the UTC instant on hover; until the browser has answered, in UTC.</summary>
public sealed class LocalTimeTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly BunitContext _ui = new();

    public LocalTimeTests() => _ui.Services.AddScoped<BrowserTime>();

    [Fact]
    public void Render_BrowserInBerlin_ShowsBerlinTimeAndUtcOnHover()
    {
        _ui.JSInterop.Setup<string?>("portal.timeZone").SetResult("Europe/Berlin");

        var cut = _ui.Render<LocalTime>(p => p.Add(t => t.Value, Noon));

        cut.WaitForAssertion(() => Assert.Equal("2026-07-01 14:00:00", cut.Find("time").TextContent));
        Assert.Equal("2026-07-01 12:00:00 UTC", cut.Find("time").GetAttribute("title"));
        Assert.Equal("2026-07-01T12:00:00Z", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Render_StoreValueWithoutKind_IsReadAsUtc()
    {
        _ui.JSInterop.Setup<string?>("portal.timeZone").SetResult("America/New_York");

        var cut = _ui.Render<LocalTime>(p => p.Add(t => t.Value, DateTime.SpecifyKind(Noon, DateTimeKind.Unspecified)));

        cut.WaitForAssertion(() => Assert.Equal("2026-07-01 08:00:00", cut.Find("time").TextContent));
    }

    [Fact]
    public void Render_BrowserNotAnsweredYet_ShowsUtc()
    {
        _ui.JSInterop.Setup<string?>("portal.timeZone");

        var cut = _ui.Render<LocalTime>(p => p.Add(t => t.Value, Noon));

        Assert.Equal("2026-07-01 12:00:00", cut.Find("time").TextContent);
    }

    [Fact]
    public void Render_SeveralTimes_AskTheBrowserOnce()
    {
        _ui.JSInterop.Setup<string?>("portal.timeZone").SetResult("Asia/Tokyo");

        var first = _ui.Render<LocalTime>(p => p.Add(t => t.Value, Noon));
        var second = _ui.Render<LocalTime>(p => p.Add(t => t.Value, Noon.AddHours(1)).Add(t => t.Format, "HH:mm"));

        second.WaitForAssertion(() => Assert.Equal("22:00", second.Find("time").TextContent));
        first.WaitForAssertion(() => Assert.Equal("2026-07-01 21:00:00", first.Find("time").TextContent));
        Assert.Single(_ui.JSInterop.Invocations, i => i.Identifier == "portal.timeZone");
    }

    [Fact]
    public void Render_NoValue_ShowsTheEmptyText()
    {
        var cut = _ui.Render<LocalTime>(p => p.Add(t => t.Value, null).Add(t => t.Empty, "never"));

        Assert.Equal("never", cut.Find(".local-time-empty").TextContent);
    }

    public void Dispose() => _ui.Dispose();
}
