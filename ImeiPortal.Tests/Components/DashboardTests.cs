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
            list.WaitForAssertion(() => Assert.Equal((href, number), (href, ListTotal(list))));
            list.Dispose();
        }
    }

    [Fact]
    public async Task TriggerChart_OwnTriggersOnTwoDays_ThirtyDaysWithZerosAndOnlyOwnSimsCounted()
    {
        await SignInAsync(Roles.PartnerUser);
        var today = DateTime.UtcNow.Date;
        var own = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var other = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, locked: true);
        await TriggeredAsync(own.Id, today.AddHours(1), today.AddHours(2), today.AddDays(-3).AddHours(5));
        await TriggeredAsync(other.Id, today.AddHours(1), today.AddDays(-1));
        // An order's move out of Differed is no trigger.
        await Factory.WithDbAsync(async db =>
        {
            db.ImeiStatusChanges.Add(new ImeiStatusChange(own.Id, today.AddHours(3), ImeiStatus.Differed, ImeiStatus.Armed));
            return await db.SaveChangesAsync();
        });

        var cut = RenderInLayout<Home>();

        cut.WaitForElement("#chart-triggers");
        var chart = cut.FindComponents<MudBlazor.MudChart<double>>().Single(c => c.Instance.ChartLabels.Length == 30);
        var data = chart.Instance.ChartSeries.Single().Data.Values.ToList();
        Assert.Equal(30, data.Count);
        Assert.Equal(2, data[^1]);
        Assert.Equal(1, data[^4]);
        Assert.Equal(28, data.Count(d => d == 0));
        Assert.Equal(today.ToString("MM-dd", CultureInfo.InvariantCulture), chart.Instance.ChartLabels[^1]);
        Assert.Equal(today.AddDays(-5).ToString("MM-dd", CultureInfo.InvariantCulture), chart.Instance.ChartLabels[^6]);
        Assert.Equal("", chart.Instance.ChartLabels[^2]);
        Assert.StartsWith("3 in all", cut.Find("#triggers-summary").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#triggers-by-partner"));
    }

    [Fact]
    public async Task TriggersByPartner_Admin_ListsEachPartnersTriggersBusiestFirst()
    {
        await SignInAsync(Roles.Admin);
        var a = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var b = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, locked: true);
        var now = DateTime.UtcNow;
        await TriggeredAsync(b.Id, now.AddDays(-2), now.AddDays(-5), now.AddDays(-29).Date.AddHours(1), now.AddMinutes(-1), now.AddMinutes(-2), now.AddMinutes(-3));
        await TriggeredAsync(a.Id, now.AddDays(-31));
        var cut = RenderInLayout<Home>();

        cut.WaitForElement("#triggers-by-partner");

        var rows = cut.FindAll("#triggers-by-partner tbody tr").Select(r => r.TextContent).ToList();
        var rowA = rows.FindIndex(r => r.Contains(T.PartnerA.Name, StringComparison.Ordinal));
        var rowB = rows.FindIndex(r => r.Contains(T.PartnerB.Name, StringComparison.Ordinal));
        Assert.True(rowB >= 0 && rowA > rowB, string.Join(" | ", rows));
        var counts = cut.FindAll("#triggers-by-partner td.partner-triggers").Select(td => Number(td.TextContent)).ToList();
        Assert.True(counts[rowB] >= 6, $"partner B: {counts[rowB]}");
        Assert.Equal($"/sims?partnerId={T.PartnerB.Id}", cut.FindAll("#triggers-by-partner a.partner-sims-link")[rowB].GetAttribute("href"));
    }

    private Task<int> TriggeredAsync(long simId, params DateTime[] at) => Factory.WithDbAsync(async db =>
    {
        db.ImeiStatusChanges.AddRange(at.Select(t => new ImeiStatusChange(simId, t, ImeiStatus.Locked, ImeiStatus.Differed)));
        return await db.SaveChangesAsync();
    });

    private static int ListTotal(IRenderedComponent<Bunit.Rendering.ContainerFragment> list)
    {
        var summary = list.Find("#sims-grid .pager-summary").TextContent;
        return Number(summary[(summary.LastIndexOf("of", StringComparison.Ordinal) + 2)..]);
    }

    private static int Number(string text) => int.Parse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);

    private static int Differed(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        int.Parse(cut.Find("#kpi-differed a.kpi-value").TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
