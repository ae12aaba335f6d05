using System.Globalization;
using Bunit;
using Home = ImeiPortal.Components.Pages.Home;
using Sims = ImeiPortal.Components.Pages.Sims;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Components;

/// <summary>The dashboard counts the user's SIMs and follows the change hub, so an open dashboard shows a theft without a reload.</summary>
public sealed class DashboardTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task LiveChange_OwnSimSeenInAnotherDevice_DifferedCountRisesWithoutReload()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = RenderInLayout<Home>();
        cut.WaitForElement("#kpi-differed a.kpi-value");
        var before = Differed(cut);

        await AlarmTestData.TriggerAsync(Factory, sim.Iccid.ToString());

        cut.WaitForAssertion(() => Assert.Equal(before + 1, Differed(cut)), TimeSpan.FromSeconds(2));
        Assert.Contains(sim.Iccid.ToString(), cut.Find("#differed-grid").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveChange_AnotherPartnersSimSeenInAnotherDevice_LeavesTheCountAlone()
    {
        await SignInAsync(Roles.PartnerUser);
        var other = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, locked: true);
        var cut = RenderInLayout<Home>();
        cut.WaitForElement("#kpi-differed a.kpi-value");
        var before = Differed(cut);

        await AlarmTestData.TriggerAsync(Factory, other.Iccid.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(before, Differed(cut));
        Assert.DoesNotContain(other.Iccid.ToString(), cut.Find("#differed-grid").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HighestRisk_TwoDifferedSims_HigherScoreFirstWithReasonsAndLink()
    {
        await SignInAsync(Roles.PartnerUser);
        var low = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var high = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await Factory.WithDbAsync(async db =>
        {
            foreach (var (id, score) in new[] { (low.Id, 1), (high.Id, 100) })
            {
                var sim = await db.Sims.SingleAsync(s => s.Id == id);
                sim.ApplyDetection(AlarmTestData.NewImei(), DateTime.UtcNow);
                sim.RecordRisk(new RiskScore(score, [$"reason of {score}", "second reason"]));
            }

            return await db.SaveChangesAsync();
        });

        var cut = RenderInLayout<Home>();

        cut.WaitForElement("#risk-grid a.risk-link");
        var rows = cut.FindAll("#risk-grid tbody tr").Select(r => r.TextContent).ToList();
        var highRow = rows.FindIndex(r => r.Contains(high.Iccid.ToString(), StringComparison.Ordinal));
        var lowRow = rows.FindIndex(r => r.Contains(low.Iccid.ToString(), StringComparison.Ordinal));
        Assert.True(highRow >= 0 && (lowRow < 0 || highRow < lowRow), "the higher score comes first");
        Assert.Contains("reason of 100; second reason", rows[highRow], StringComparison.Ordinal);
        Assert.Equal($"/sims/{high.Iccid}", cut.FindAll("#risk-grid a.risk-link")[highRow].GetAttribute("href"));
    }

    [Fact]
    public async Task KpiLinks_EachNumber_EqualsTheTotalOfTheSimListItOpens()
    {
        await SignInAsync(Roles.PartnerUser);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerA.Id, T.CustomerA2.Id, devices: 3);
        // Another tenant's SIMs must count on neither side.
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, devices: 3);
        var home = RenderInLayout<Home>();
        home.WaitForElement("#kpi-frequent a.kpi-value");
        var kpis = home.FindAll("a.kpi-value").Select(a => (Href: a.GetAttribute("href")!, Number: Number(a.TextContent))).ToList();
        Assert.Equal(["/sims?imeiStatus=Differed", "/sims?imeiStatus=Locked", "/sims?frequentImeiChanges=true"], kpis.Select(k => k.Href));
        Assert.All(kpis, k => Assert.True(k.Number > 0, $"{k.Href} counts {k.Number}: the test needs something to compare"));
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();

        foreach (var (href, number) in kpis)
        {
            navigation.NavigateTo(href);
            var list = RenderInLayout<Sims.SimList>();
            list.WaitForAssertion(() => Assert.Equal(number, ListTotal(list)));
            list.Dispose();
        }
    }

    private static int ListTotal(IRenderedComponent<Bunit.Rendering.ContainerFragment> list)
    {
        var summary = list.Find("#sims-grid .pager-summary").TextContent;
        return Number(summary[(summary.LastIndexOf("of", StringComparison.Ordinal) + 2)..]);
    }

    private static int Number(string text) => int.Parse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);

    private static int Differed(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        int.Parse(cut.Find("#kpi-differed a.kpi-value").TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
