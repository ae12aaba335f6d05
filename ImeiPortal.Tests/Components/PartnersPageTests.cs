using System.Globalization;
using Bunit;
using ImeiPortal.Components.Pages.Partners;
using ImeiPortal.Features.Partners;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The partners page counts each partner's SIMs and Differed SIMs in one query and links them to the SIM list.</summary>
public sealed class PartnersPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Counts_PartnersWithSims_ShowSimsAndDifferedPerRowAsLinksToTheSimList()
    {
        await SignInAsync(Roles.Admin);
        var empty = await Circuit.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest("No SIMs " + Guid.NewGuid().ToString("N")[..6]));
        await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, locked: true);
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var (sims, differed) = await CountAsync(T.PartnerB.Id);

        var cut = RenderInLayout<PartnersPage>();

        cut.WaitForElement("#partners-grid a.partner-sims");
        var row = Row(cut, T.PartnerB.Name);
        var simsLink = row.QuerySelector("a.partner-sims")!;
        var differedLink = row.QuerySelector("a.partner-differed")!;
        Assert.Equal((sims, differed), (Number(simsLink), Number(differedLink)));
        Assert.True(differed >= 1 && sims >= differed + 2, $"{sims} SIMs, {differed} Differed");
        Assert.Equal($"/sims?partnerId={T.PartnerB.Id}", simsLink.GetAttribute("href"));
        Assert.Equal($"/sims?partnerId={T.PartnerB.Id}&imeiStatus=Differed", differedLink.GetAttribute("href"));
        Assert.Contains("sim-count-alert", differedLink.ClassList);
        var emptyRow = Row(cut, empty.Name);
        Assert.Equal((0, 0), (Number(emptyRow.QuerySelector("a.partner-sims")!), Number(emptyRow.QuerySelector("a.partner-differed")!)));
    }

    [Fact]
    public async Task Counts_MorePartners_SameNumberOfQueries()
    {
        await SignInAsync(Roles.Admin);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        using var commands = await SqlCommandCounter.StartAsync(Factory);
        var first = RenderInLayout<PartnersPage>();
        first.WaitForElement("#partners-grid a.partner-sims");
        var rowsBefore = first.FindAll("#partners-grid tbody tr").Count;
        var before = commands.Queries;

        for (var i = 0; i < 4; i++)
        {
            var partner = await Circuit.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest($"More {i} " + Guid.NewGuid().ToString("N")[..6]));
            await AlarmTestData.AddSimAsync(Factory, partner.Id);
        }

        commands.Reset();
        var second = RenderInLayout<PartnersPage>();
        second.WaitForAssertion(() => Assert.Equal(rowsBefore + 4, second.FindAll("#partners-grid a.partner-sims").Count));

        Assert.Equal(before, commands.Queries);
    }

    private async Task<(int Sims, int Differed)> CountAsync(int partnerId)
    {
        var sims = Circuit.GetRequiredService<ImeiPortal.Features.Sims.SimService>();
        var all = await sims.ListAsync(new ImeiPortal.Features.Sims.SimQuery(PartnerId: partnerId, PageSize: 1));
        var differed = await sims.ListAsync(new ImeiPortal.Features.Sims.SimQuery(PartnerId: partnerId, ImeiStatus: ImeiPortal.Domain.Sims.ImeiStatus.Differed, PageSize: 1));
        return (all.Total, differed.Total);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string name) =>
        cut.FindAll("#partners-grid tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));

    private static int Number(AngleSharp.Dom.IElement link) =>
        int.Parse(link.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
