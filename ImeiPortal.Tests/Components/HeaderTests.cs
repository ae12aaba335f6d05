using Bunit;
using ImeiPortal.Components.Layout;
using ImeiPortal.Security;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The header names the user's tenant and role, and its search box jumps to a SIM by ICCID or IMEI.</summary>
public sealed class HeaderTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Tenant_CustomerUser_NamesCustomerPartnerAndRole()
    {
        await SignInAsync(Roles.CustomerUser);

        var cut = Ui.Render<HeaderTenant>();

        cut.WaitForAssertion(() => Assert.Equal($"{T.CustomerA1.Name} · {T.PartnerA.Name}", cut.Find("#header-tenant-name").TextContent.Trim()));
        Assert.Equal(Roles.CustomerUser, cut.Find("#header-role").TextContent.Trim());
    }

    [Fact]
    public async Task Tenant_PartnerAdminAndAdmin_NamePartnerOrPlatform()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var partner = Ui.Render<HeaderTenant>();
        partner.WaitForAssertion(() => Assert.Equal(T.PartnerA.Name, partner.Find("#header-tenant-name").TextContent.Trim()));
        Assert.Equal(Roles.PartnerAdmin, partner.Find("#header-role").TextContent.Trim());

        await SignInAsync(Roles.Admin);
        var admin = Ui.Render<HeaderTenant>();
        admin.WaitForAssertion(() => Assert.Equal("Platform", admin.Find("#header-tenant-name").TextContent.Trim()));
        Assert.Equal(Roles.Admin, admin.Find("#header-role").TextContent.Trim());
    }

    [Fact]
    public async Task Search_FullIccid_OpensThatSimsPage()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);

        var cut = Search(sim.Iccid.ToString());

        cut.WaitForAssertion(() => Assert.Equal($"/sims/{sim.Iccid}", Path()));
    }

    [Fact]
    public async Task Search_ImeiOfOneSim_OpensThatSimsPage()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);

        var cut = Search(sim.Imei!);

        cut.WaitForAssertion(() => Assert.Equal($"/sims/{sim.Iccid}", Path()));
    }

    [Fact]
    public async Task Search_SeveralMatches_OpensTheSimListFilteredByIt()
    {
        await SignInAsync(Roles.PartnerUser);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);

        var cut = Search(TestIds.TacA);

        cut.WaitForAssertion(() => Assert.Equal($"/sims?search={TestIds.TacA}", Path()));
    }

    [Fact]
    public async Task Search_AnotherPartnersSim_FindsNothingAndStays()
    {
        await SignInAsync(Roles.PartnerUser);
        var foreign = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var before = Path();

        var cut = Search(foreign.Iccid.ToString());

        cut.WaitForAssertion(() => Assert.Contains(Toasts, t => t.StartsWith("No SIM", StringComparison.Ordinal)));
        Assert.Equal(before, Path());
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Search(string term)
    {
        var cut = RenderInLayout<HeaderSimSearch>();
        cut.Find("#global-search").Input(term);
        cut.Find("form").Submit();
        return cut;
    }

    private string Path()
    {
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();
        return "/" + navigation.ToBaseRelativePath(navigation.Uri);
    }
}
