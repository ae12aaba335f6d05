using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// Bulk changes from the SIM list (issue 14 item 3): beyond the ticked page to every matching SIM or a pasted list,
/// previewed and confirmed, then run as a job whose progress and result the list shows.
/// </summary>
public sealed class SimListBulkTests(PortalFactory factory) : ComponentTests(factory)
{
    private static string NewNetwork() => "bulk-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<List<string>> AddSimsAsync(int count, string network, SimStatus status = SimStatus.Active)
    {
        var iccids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            iccids.Add((await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network, status: status)).Iccid.ToString());
        }

        return iccids;
    }

    private Task<int> OrdersAsync(IReadOnlyCollection<string> iccids, OrderType type) =>
        Factory.WithDbAsync(db => db.Orders.CountAsync(o => iccids.Contains(o.Iccid) && o.Type == type));

    [Fact]
    public async Task SelectAllMatching_Suspend_PreviewsEveryMatchingSimAndTheJobSuspendsThemAll()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var sims = await AddSimsAsync(53, network);
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("#sims-grid a.sim-link").Count));

        cut.Find(".page-select input").Change(true);
        cut.WaitForAssertion(() => Assert.Equal("50", cut.Find("#selected-count").TextContent));
        cut.Find("#select-all-matching").Click();
        cut.WaitForAssertion(() => Assert.Equal("53", cut.Find("#selected-count").TextContent));
        Assert.Contains("All 53 matching SIMs selected", cut.Find("#selection-text").TextContent, StringComparison.Ordinal);

        cut.Find("#bulk-suspend").Click();
        cut.WaitForAssertion(() => Assert.Contains("53 of 53 SIMs will change", cut.Find("#bulk-preview-summary").TextContent, StringComparison.Ordinal));
        cut.Find("#bulk-confirm").Click();

        // The worker runs in the app; the panel follows the job to its end and the toast says what was done. The panel
        // also lists this user's jobs of other tests: an earlier one, finished, stood first until this one appeared, so
        // state and counts are read from this job's own row, in one look.
        cut.WaitForAssertion(() =>
        {
            var job = cut.FindAll("#bulk-jobs .bulk-job").Single(j => j.QuerySelector(".bulk-job-description")!.TextContent.Contains("Suspend 53 SIMs", StringComparison.Ordinal));
            Assert.Contains("Finished", job.QuerySelector(".bulk-job-state")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("53 of 53 · 53 done · 0 refused", job.QuerySelector(".bulk-job-counts")!.TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30));
        Assert.Contains(Toasts, t => t.Contains("Suspend 53 SIMs: finished, 53 done", StringComparison.Ordinal));
        Assert.Equal(53, await OrdersAsync(sims, OrderType.Suspend));
        Assert.Empty(cut.FindAll("#bulk-bar"));
    }

    [Fact]
    public async Task PasteIccids_Deactivate_SaysTheConsequenceAndListsWhyTheUnknownOneWasRefused()
    {
        await SignInAsync(Roles.PartnerUser);
        var sims = await AddSimsAsync(2, NewNetwork());
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");

        cut.Find("#paste-open").Click();
        cut.WaitForElement("#paste-iccids");
        cut.Find("#paste-iccids").Input($"{sims[0]}\n{sims[1]}\nnot-a-sim");
        cut.WaitForAssertion(() => Assert.Equal("3 distinct ICCIDs", cut.Find("#paste-count").TextContent));
        cut.Find("#paste-use").Click();
        cut.WaitForAssertion(() => Assert.Contains("3 pasted ICCIDs", cut.Find("#selection-text").TextContent, StringComparison.Ordinal));

        cut.Find("#bulk-more button").Click();
        cut.WaitForElement("#bulk-deactivate").Click();
        // Risky: a confirmation even for three SIMs, saying what deactivating does.
        cut.WaitForAssertion(() => Assert.Contains("lose service", cut.Find("#bulk-consequence").TextContent, StringComparison.Ordinal));
        Assert.Contains("2 of 3 SIMs will change", cut.Find("#bulk-preview-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains(SimBulkService.NotFound, cut.Find("#bulk-preview-refusals").TextContent, StringComparison.Ordinal);
        cut.Find("#bulk-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains("2 done · 1 refused", cut.Find("#bulk-jobs .bulk-job-counts").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        cut.Find("#bulk-jobs .bulk-job-refusals").Click();
        cut.WaitForAssertion(() => Assert.Contains("not-a-sim", cut.Find("#bulk-refusals-grid").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, await OrdersAsync(sims, OrderType.Deactivate));
    }

    [Fact]
    public async Task Bar_Cancelled_StartsNoJob()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var sims = await AddSimsAsync(1, network);
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#sims-grid .row-select input")));
        cut.Find("#sims-grid .row-select input").Change(true);

        cut.Find("#bulk-more button").Click();
        cut.WaitForElement("#bulk-bar-action").Click();
        cut.WaitForAssertion(() => Assert.Contains("until someone unbars them", cut.Find("#bulk-consequence").TextContent, StringComparison.Ordinal));
        cut.Find("#bulk-cancel").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Equal(0, await OrdersAsync(sims, OrderType.Bar));
        Assert.Equal("1", cut.Find("#selected-count").TextContent);
    }

    [Fact]
    public void Panel_Texts_CountProgressAndNameTheStates()
    {
        var running = new BulkJobDto(1, BulkAction.Suspend, "Suspend 200 SIMs", BulkJobState.Running, 200, 40, 10, DateTime.UtcNow, null, null);
        Assert.Equal("50 of 200 · 40 done · 10 refused", BulkJobsPanel.Counts(running));
        Assert.Equal(25, BulkJobsPanel.Percent(running));
        Assert.Equal("Running", BulkJobsPanel.StateText(running));
        Assert.Equal("Stopped", BulkJobsPanel.StateText(running with { State = BulkJobState.Cancelled }));
        Assert.Equal(100, BulkJobsPanel.Percent(running with { Total = 0 }));
    }
}
