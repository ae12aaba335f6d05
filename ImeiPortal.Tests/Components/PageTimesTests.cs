using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Home = ImeiPortal.Components.Pages.Home;
using ImeiPortal.Components.Pages.Customers;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// The SIM page's facts, the SIM list's "Last seen", the dashboard and the customers page show times on the browser's
/// clock (here Berlin), with the UTC instant on hover.
/// </summary>
public sealed class PageTimesTests(PortalFactory factory) : ComponentTests(factory)
{
    // Summer: Berlin is UTC+2, so a time left in UTC reads two hours off.
    private static readonly DateTime SeenAt = new(2026, 7, 1, 12, 30, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // The circuit's own BrowserTime would ask the app's JS runtime; this one asks the test's, which answers Berlin.
    protected override void AddServices(IServiceCollection services)
    {
        services.AddScoped<ImeiPortal.Components.Shared.BrowserTime>();
        Ui.JSInterop.Setup<string?>("portal.timeZone").SetResult("Europe/Berlin");
    }

    [Fact]
    public async Task SimPage_LastSeen_InTheBrowsersZoneWithUtcOnHover()
    {
        await SignInAsync(Roles.PartnerUser);
        var iccid = await SeenSimAsync();

        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));

        cut.WaitForElement("#sim-last-seen time");
        cut.WaitForAssertion(() => Assert.Equal("2026-07-01 14:30:00", cut.Find("#sim-last-seen time").TextContent));
        Assert.Equal("2026-07-01 12:30:00 UTC", cut.Find("#sim-last-seen time").GetAttribute("title"));
    }

    [Fact]
    public async Task SimList_LastSeenColumn_InTheBrowsersZoneWithUtcOnHover()
    {
        await SignInAsync(Roles.PartnerUser);
        var iccid = await SeenSimAsync();
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?search={iccid}");

        var cut = RenderInLayout<SimList>();

        cut.WaitForElement("#sims-grid .sim-last-seen time");
        cut.WaitForAssertion(() => Assert.Equal("2026-07-01 14:30", cut.Find("#sims-grid .sim-last-seen time").TextContent));
        Assert.Equal("2026-07-01 12:30:00 UTC", cut.Find("#sims-grid .sim-last-seen time").GetAttribute("title"));
    }

    [Fact]
    public async Task Dashboard_RecentAlarmTime_InTheBrowsersZoneWithUtcOnHover()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.ImeiStatusChange, "times", Iccids: [sim.Iccid.ToString()]));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid.ToString());

        var cut = RenderInLayout<Home>();

        cut.WaitForElement("#recent-alarms time");
        cut.WaitForAssertion(() => AssertBerlin(cut.Find("#recent-alarms time"), "yyyy-MM-dd HH:mm"));
    }

    [Fact]
    public async Task CustomersPage_Since_InTheBrowsersZoneWithUtcOnHover()
    {
        await SignInAsync(Roles.PartnerUser);

        var cut = RenderInLayout<CustomersPage>();

        cut.WaitForElement("#customers-grid time");
        cut.WaitForAssertion(() => AssertBerlin(cut.Find("#customers-grid time"), "yyyy-MM-dd"));
    }

    /// <summary>The element shows its UTC instant (datetime attribute) on Berlin's clock, and that instant in UTC on hover.</summary>
    private static void AssertBerlin(IElement time, string format)
    {
        var utc = DateTime.ParseExact(time.GetAttribute("datetime")!, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(utc, Berlin).ToString(format, CultureInfo.InvariantCulture), time.TextContent);
        Assert.Equal(utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC", time.GetAttribute("title"));
    }

    private async Task<string> SeenSimAsync()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await Factory.WithDbAsync(async db =>
        {
            (await db.Sims.SingleAsync(s => s.Id == sim.Id)).ApplyDetection(AlarmTestData.NewImei(), SeenAt);
            return await db.SaveChangesAsync();
        });
        return sim.Iccid.ToString();
    }
}
