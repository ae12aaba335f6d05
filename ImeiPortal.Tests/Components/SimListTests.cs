using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The SIM list asks the service for what its filters and pager say, and shows what comes back.</summary>
public sealed class SimListTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Filters_NetworkImeiStatusAndCustomer_ListOnlyTheMatchingSims()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var lockedA1 = await AddSimsAsync(2, network, T.CustomerA1.Id, locked: true);
        var openA1 = await AddSimsAsync(1, network, T.CustomerA1.Id, locked: false);
        var lockedA2 = await AddSimsAsync(1, network, T.CustomerA2.Id, locked: true);
        await AddSimsAsync(1, NewNetwork(), T.CustomerA1.Id, locked: true);
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");

        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(Sorted([.. lockedA1, .. openA1, .. lockedA2]), Listed(cut)));

        cut.Choose("sim-imei-status", "Locked");
        cut.WaitForAssertion(() => Assert.Equal(Sorted([.. lockedA1, .. lockedA2]), Listed(cut)));

        cut.Choose("sim-customer", T.CustomerA1.Name);
        cut.WaitForAssertion(() => Assert.Equal(Sorted(lockedA1), Listed(cut)));
    }

    [Fact]
    public async Task Pager_NextPageThenFilterChange_LoadsTheNextPageThenStartsAgainAtTheFirst()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var open = await AddSimsAsync(52, network, T.CustomerA1.Id, locked: false);
        var locked = await AddSimsAsync(3, network, T.CustomerA1.Id, locked: true);
        var all = Sorted([.. open, .. locked]);
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(all.Take(50), Listed(cut)));

        cut.NextPage("sims-grid").Click();
        cut.WaitForAssertion(() => Assert.Equal(all.Skip(50), Listed(cut)));

        // 52 Neutral SIMs: a list still on the second page would show two.
        cut.Choose("sim-imei-status", "Neutral");
        cut.WaitForAssertion(() => Assert.Equal(Sorted(open).Take(50), Listed(cut)));
    }

    [Fact]
    public async Task Render_ImeiStatusAndSearchInQuery_ListsWhatTheDashboardLinkAsksFor()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var locked = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var open = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: false)).Single();
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();

        navigation.NavigateTo($"/sims?imeiStatus=Locked&search={locked}");
        var cut = RenderInLayout<SimList>();
        cut.WaitForAssertion(() => Assert.Equal([locked], Listed(cut)));

        navigation.NavigateTo($"/sims?imeiStatus=Locked&search={open}");
        var other = RenderInLayout<SimList>();
        other.WaitForAssertion(() => Assert.Contains("No SIM matches these filters.", other.Find("#sims-grid").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_SimOfTheSixHundredthCustomer_NamesItsCustomer()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        var sim = (await AlarmTestData.AddSimAsync(Factory, many.PartnerId, many.Ids[599])).Iccid.ToString();
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?search={sim}");

        var cut = RenderInLayout<SimList>();

        cut.WaitForAssertion(() => Assert.Equal([sim], Listed(cut)));
        Assert.Equal(many.Name(599), cut.Find("#sims-grid .sim-customer").TextContent.Trim());
    }

    [Fact]
    public async Task Render_CustomerNameWithMarkup_ShowsItAsTextInTheRowsOneMarkupFrame()
    {
        // Past its checkbox a row is HTML written by hand (SimRowCells): what users typed must stay text there.
        await SignInAsync(Roles.PartnerUser);
        const string name = "<b id=\"injected\">Fleet</b> & Co";
        var customer = await Factory.AsSystemAsync(services =>
            services.GetRequiredService<ImeiPortal.Features.Customers.CustomerService>().CreateAsync(new(name, T.PartnerA.Id, null)));
        var network = NewNetwork();
        var iccid = (await AddSimsAsync(1, network, customer.Id, locked: true)).Single();
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?network={network}");

        var cut = RenderInLayout<SimList>();

        cut.WaitForAssertion(() => Assert.Equal([iccid], Listed(cut)));
        Assert.Empty(cut.FindAll("#injected"));
        Assert.Equal(name, cut.Find("#sims-grid .sim-customer").TextContent);
        Assert.Equal($"/sims/{iccid}", cut.Find("#sims-grid a.sim-link").GetAttribute("href"));
        Assert.Equal("Locked", cut.Find("#sims-grid .imei-status").TextContent);
        Assert.Contains("UTC", cut.Find("#sims-grid .sim-last-seen time").GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CustomerUser_OffersNoCustomerFilters()
    {
        await SignInAsync(Roles.CustomerUser);

        var cut = RenderInLayout<SimList>();

        cut.WaitForElement("#sim-network");
        Assert.Empty(cut.FindAll("#sim-customer"));
        Assert.Empty(cut.FindAll("#sim-tag"));
    }

    [Fact]
    public async Task SortHeaders_LastSeenThenCustomer_ListInThatOrderFromTheServer()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var inA1 = Sorted(await AddSimsAsync(2, network, T.CustomerA1.Id, locked: false));
        var inA2 = (await AddSimsAsync(1, network, T.CustomerA2.Id, locked: false)).Single();
        var byIccid = Sorted([.. inA1, inA2]);
        // Last seen in an order that is not the ICCIDs': the first ICCID newest, the second oldest.
        var now = DateTime.UtcNow;
        await SeenAsync(byIccid[0], now.AddHours(-1));
        await SeenAsync(byIccid[1], now.AddHours(-3));
        await SeenAsync(byIccid[2], now.AddHours(-2));
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(byIccid, Listed(cut)));

        cut.Find("#sort-lastSeen").Click();
        cut.WaitForAssertion(() => Assert.Equal([byIccid[1], byIccid[2], byIccid[0]], Listed(cut)));
        cut.Find("#sort-lastSeen").Click();
        cut.WaitForAssertion(() => Assert.Equal([byIccid[0], byIccid[2], byIccid[1]], Listed(cut)));

        var customersByName = string.CompareOrdinal(T.CustomerA1.Name, T.CustomerA2.Name) < 0 ? [.. inA1, inA2] : (List<string>)[inA2, .. inA1];
        cut.Find("#sort-customer").Click();
        cut.WaitForAssertion(() => Assert.Equal(customersByName, Listed(cut)));
    }

    [Fact]
    public async Task Url_FilterSortAndPageChanged_HoldTheListStateUnderTheApisNames()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var locked = Sorted(await AddSimsAsync(3, network, T.CustomerA1.Id, locked: true));
        await AddSimsAsync(1, network, T.CustomerA1.Id, locked: false);
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");

        cut.Enter("sim-network", network);
        cut.Choose("sim-imei-status", "Locked");
        cut.WaitForAssertion(() => Assert.Equal(locked, Listed(cut)));
        cut.Find("#sort-iccid").Click();
        cut.Find("#sort-iccid").Click();

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Reverse(locked)], Listed(cut)));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query);
        Assert.Equal((network, "Locked", "-iccid"), (query["network"].ToString(), query["imeiStatus"].ToString(), query["sort"].ToString()));
        Assert.False(query.ContainsKey("page"));
    }

    [Fact]
    public async Task Url_OpenedWithTheListsState_ShowsThatList()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var locked = Sorted(await AddSimsAsync(3, network, T.CustomerA1.Id, locked: true));
        await AddSimsAsync(1, network, T.CustomerA1.Id, locked: false);
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?network={network}&imeiStatus=Locked&sort=-iccid&pageSize=25");

        var cut = RenderInLayout<SimList>();

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Reverse(locked)], Listed(cut)));
        Assert.Equal("25", cut.Find("#sims-page-size").GetAttribute("value"));
        Assert.Equal("descending", cut.Find("#sort-iccid").GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task LiveChange_SimOnScreenSeenInAnotherDevice_RowShowsDifferedWithoutReload()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var iccid = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal("Locked", cut.Find("#sims-grid .imei-status").TextContent.Trim()));

        // The network sees the SIM in another device; nothing on the page is touched.
        await AlarmTestData.TriggerAsync(Factory, iccid);

        cut.WaitForAssertion(() => Assert.Equal("Differed", cut.Find("#sims-grid .imei-status").TextContent.Trim()), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task DrillDownFilters_FrequentThenModelChanged_ListTheFlaggedSimsAndPutTheFlagInTheUrl()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = NewNetwork();
        var plain = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var frequent = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var otherModel = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var now = DateTime.UtcNow;
        for (var i = 3; i > 0; i--)
        {
            await SeenAsync(frequent, now.AddMinutes(-i));
        }

        await SeenAsync(otherModel, now, Tests.Domain.TestIds.Imei(Tests.Domain.TestIds.TacB, Random.Shared.Next(1, 999_999)));
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(Sorted([plain, frequent, otherModel]), Listed(cut)));

        Toggle(cut, "sim-frequent");
        cut.WaitForAssertion(() => Assert.Equal([frequent], Listed(cut)));
        Assert.Equal("true", Query(navigation)["frequentImeiChanges"].ToString());

        Toggle(cut, "sim-frequent");
        Toggle(cut, "sim-model-changed");
        cut.WaitForAssertion(() => Assert.Equal([otherModel], Listed(cut)));
        var query = Query(navigation);
        Assert.Equal("true", query["modelChanged"].ToString());
        Assert.False(query.ContainsKey("frequentImeiChanges"));
    }

    [Fact]
    public async Task PartnerFilter_AdminChoosesAPartner_ListsItsSimsAndPutsPartnerIdInTheUrl()
    {
        await SignInAsync(Roles.Admin);
        var network = NewNetwork();
        var inA = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: false)).Single();
        var inB = (await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id, network: network)).Iccid.ToString();
        var navigation = Ui.Services.GetRequiredService<NavigationManager>();
        var cut = RenderInLayout<SimList>();
        cut.WaitForElement("#sims-grid a.sim-link");
        cut.Enter("sim-network", network);
        cut.WaitForAssertion(() => Assert.Equal(Sorted([inA, inB]), Listed(cut)));

        cut.Choose("sim-partner", T.PartnerB.Name);

        cut.WaitForAssertion(() => Assert.Equal([inB], Listed(cut)));
        Assert.Equal(T.PartnerB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Query(navigation)["partnerId"].ToString());
    }

    [Fact]
    public async Task Render_PartnerUser_OffersNoPartnerFilter()
    {
        await SignInAsync(Roles.PartnerAdmin);

        var cut = RenderInLayout<SimList>();

        cut.WaitForElement("#sim-frequent");
        Assert.Empty(cut.FindAll("#sim-partner"));
    }

    [Fact]
    public async Task Url_ModelChangedAndPartnerId_ShowsThatListWithTheBoxTicked()
    {
        await SignInAsync(Roles.Admin);
        var network = NewNetwork();
        var same = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        var otherModel = (await AddSimsAsync(1, network, T.CustomerA1.Id, locked: true)).Single();
        await SeenAsync(same, DateTime.UtcNow);
        await SeenAsync(otherModel, DateTime.UtcNow, Tests.Domain.TestIds.Imei(Tests.Domain.TestIds.TacB, Random.Shared.Next(1, 999_999)));
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?network={network}&modelChanged=true&partnerId={T.PartnerA.Id}");

        var cut = RenderInLayout<SimList>();

        cut.WaitForAssertion(() => Assert.Equal([otherModel], Listed(cut)));
        Assert.True(Box(cut, "sim-model-changed").HasAttribute("checked"));
        Assert.False(Box(cut, "sim-frequent").HasAttribute("checked"));
    }

    private static void Toggle(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string id) =>
        Box(cut, id).Change(!Box(cut, id).HasAttribute("checked"));

    private static AngleSharp.Dom.IElement Box(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string id) =>
        cut.Find($"#{id}") is { LocalName: "input" } input ? input : cut.Find($"#{id} input[type=checkbox]");

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(NavigationManager navigation) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query);

    private Task<int> SeenAsync(string iccid, DateTime at, string? imei = null) => Factory.WithDbAsync(async db =>
    {
        var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
        sim.ApplyDetection(imei ?? AlarmTestData.NewImei(), at);
        return await db.SaveChangesAsync();
    });

    private static string NewNetwork() => "net-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<List<string>> AddSimsAsync(int count, string network, int customerId, bool locked)
    {
        var iccids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            iccids.Add((await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, customerId, locked, network)).Iccid.ToString());
        }

        return iccids;
    }

    private static List<string> Sorted(IEnumerable<string> iccids) => [.. iccids.Order(StringComparer.Ordinal)];

    /// <summary>The ICCIDs on the grid's current page, in the order shown.</summary>
    private static List<string> Listed(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        [.. cut.FindAll("#sims-grid a.sim-link").Select(a => a.TextContent.Trim())];
}
