using Bunit;
using ImeiPortal.Components.Pages.Reports;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The fee report page: the month from the URL, a line per customer (and per partner for an Admin), a chart.</summary>
public sealed class FeeReportPageTests(PortalFactory factory) : ComponentTests(factory)
{
    /// <summary>
    /// Chargeable SIMs in <paramref name="month"/> only (each goes Neutral when it ends), so each test's month holds just
    /// its own: A1 2, A2 1, no customer 1, and one of partner B.
    /// </summary>
    private async Task ArrangeAsync(DateTime month)
    {
        var end = month.AddMonths(1);
        async Task SimAsync(int partnerId, int? customerId, DateTime at, ImeiStatus to) =>
            await EngineData.CreateSimWithImeiHistoryAsync(Factory, partnerId, customerId, (at, to), (end, ImeiStatus.Neutral));

        await SimAsync(T.PartnerA.Id, T.CustomerA1.Id, month.AddDays(1), ImeiStatus.Armed);
        await SimAsync(T.PartnerA.Id, T.CustomerA1.Id, month.AddDays(-3), ImeiStatus.Locked);
        await SimAsync(T.PartnerA.Id, T.CustomerA2.Id, month.AddDays(4), ImeiStatus.Differed);
        await SimAsync(T.PartnerA.Id, null, month.AddDays(4), ImeiStatus.Locked);
        // Free: Pairing.
        await SimAsync(T.PartnerA.Id, T.CustomerA2.Id, month.AddDays(4), ImeiStatus.Pairing);
        await SimAsync(T.PartnerB.Id, T.CustomerB1.Id, month.AddDays(1), ImeiStatus.Armed);
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Open(string url)
    {
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return RenderInLayout<FeeReportPage>();
    }

    private static List<string[]> Rows(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string tableId) =>
        [.. cut.FindAll($"#{tableId} tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public async Task Render_PartnerAdmin_ListsOwnCustomersWithTheirChargeableSimsAndAChart()
    {
        await ArrangeAsync(new DateTime(2031, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        await SignInAsync(Roles.PartnerAdmin);

        var cut = Open("/fees?month=2031-05");

        cut.WaitForAssertion(() => Assert.Equal(
            [[T.CustomerA1.Name, "2"], [T.CustomerA2.Name, "1"], ["(no customer)", "1"]],
            Rows(cut, "fee-customers")));
        Assert.Contains("4 chargeable SIMs", cut.Find("#fee-total").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#fee-partners"));
        Assert.NotEmpty(cut.FindAll("#fee-chart svg"));
        Assert.Equal("2031-05", cut.Find("#fee-month").GetAttribute("value") ?? cut.Find("#fee-month input").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_Admin_SumsPerPartnerAndNamesThePartnerOnEachLine()
    {
        await ArrangeAsync(new DateTime(2032, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        await SignInAsync(Roles.Admin);

        var cut = Open("/fees?month=2032-05");

        cut.WaitForAssertion(() => Assert.Equal([[T.PartnerA.Name, "4"], [T.PartnerB.Name, "1"]], Rows(cut, "fee-partners")));
        Assert.Equal(
            [[T.PartnerA.Name, T.CustomerA1.Name, "2"], [T.PartnerA.Name, T.CustomerA2.Name, "1"], [T.PartnerA.Name, "(no customer)", "1"], [T.PartnerB.Name, T.CustomerB1.Name, "1"]],
            Rows(cut, "fee-customers"));
    }

    [Fact]
    public async Task ChangeMonth_PutsItInTheUrlAndShowsThatMonthsReport()
    {
        await ArrangeAsync(new DateTime(2033, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        await SignInAsync(Roles.CustomerUser);
        var cut = Open("/fees?month=2033-05");
        cut.WaitForAssertion(() => Assert.Equal([[T.CustomerA1.Name, "2"]], Rows(cut, "fee-customers")));

        cut.Enter("fee-month", "2033-06");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#fee-empty")));
        Assert.EndsWith("/fees?month=2033-06", Ui.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#fee-customers"));
    }

    [Fact]
    public async Task Render_BadMonthInUrl_SaysWhyAndShowsNoReport()
    {
        await SignInAsync(Roles.PartnerAdmin);

        var cut = Open("/fees?month=2031-13");

        cut.WaitForAssertion(() => Assert.Contains(Toasts, t => t.Contains("month must be given as YYYY-MM", StringComparison.Ordinal)));
        Assert.Empty(cut.FindAll("#fee-total"));
    }
}
