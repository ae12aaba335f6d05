using System.Globalization;
using Bunit;
using Home = ImeiPortal.Components.Pages.Home;
using ImeiPortal.Security;
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

    private static int Differed(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        int.Parse(cut.Find("#kpi-differed a.kpi-value").TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
