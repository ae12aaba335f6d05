using System.Globalization;
using Bunit;
using ImeiPortal.Components.Pages.Customers;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The customers page counts each customer's SIMs and Differed SIMs in one query per page and links them to the SIM list.</summary>
public sealed class CustomersPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Counts_CustomersWithSims_ShowSimsAndDifferedPerRowAsLinksToTheSimList()
    {
        await SignInAsync(Roles.PartnerAdmin);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await AlarmTestData.AddDifferedSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var empty = await Circuit.GetRequiredService<CustomerService>().CreateAsync(new CreateCustomerRequest("No SIMs " + Guid.NewGuid().ToString("N")[..6], T.PartnerA.Id, null));
        var sims = Circuit.GetRequiredService<SimService>();
        var total = (await sims.ListAsync(new SimQuery(CustomerId: T.CustomerA1.Id, PageSize: 1))).Total;
        var differed = (await sims.ListAsync(new SimQuery(CustomerId: T.CustomerA1.Id, ImeiStatus: ImeiPortal.Domain.Sims.ImeiStatus.Differed, PageSize: 1))).Total;

        var cut = RenderInLayout<CustomersPage>();

        cut.WaitForElement("#customers-grid a.customer-sims");
        var row = Row(cut, T.CustomerA1.Name);
        var simsLink = row.QuerySelector("a.customer-sims")!;
        var differedLink = row.QuerySelector("a.customer-differed")!;
        Assert.True(differed >= 2 && total >= differed + 1, $"{total} SIMs, {differed} Differed");
        Assert.Equal((total, differed), (Number(simsLink), Number(differedLink)));
        Assert.Equal($"/sims?customerId={T.CustomerA1.Id}", simsLink.GetAttribute("href"));
        Assert.Equal($"/sims?customerId={T.CustomerA1.Id}&imeiStatus=Differed", differedLink.GetAttribute("href"));
        var emptyRow = Row(cut, empty.Name);
        Assert.Equal((0, 0), (Number(emptyRow.QuerySelector("a.customer-sims")!), Number(emptyRow.QuerySelector("a.customer-differed")!)));
        Assert.DoesNotContain(cut.FindAll("#customers-grid tbody tr"), r => r.TextContent.Contains(T.CustomerB1.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counts_MoreCustomersOnThePage_SameNumberOfQueries()
    {
        await SignInAsync(Roles.PartnerAdmin);
        using var commands = await SqlCommandCounter.StartAsync(Factory);
        var first = RenderInLayout<CustomersPage>();
        first.WaitForElement("#customers-grid a.customer-sims");
        var rowsBefore = first.FindAll("#customers-grid a.customer-sims").Count;
        var before = commands.Queries;

        for (var i = 0; i < 4; i++)
        {
            var customer = await Circuit.GetRequiredService<CustomerService>().CreateAsync(new CreateCustomerRequest($"More {i} " + Guid.NewGuid().ToString("N")[..6], T.PartnerA.Id, null));
            await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, customer.Id);
        }

        commands.Reset();
        var second = RenderInLayout<CustomersPage>();
        second.WaitForAssertion(() => Assert.Equal(rowsBefore + 4, second.FindAll("#customers-grid a.customer-sims").Count));

        Assert.Equal(before, commands.Queries);
    }

    [Fact]
    public async Task Since_CustomerCreated_ShowsTheBrowsersDayWithUtcOnHover()
    {
        await SignInAsync(Roles.PartnerUser);

        var cut = RenderInLayout<CustomersPage>();

        cut.WaitForElement("#customers-grid a.customer-sims");
        var since = Row(cut, T.CustomerA1.Name).QuerySelector("time.local-time")!;
        Assert.EndsWith("UTC", since.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal(T.CustomerA1.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), since.GetAttribute("datetime"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string name) =>
        cut.FindAll("#customers-grid tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));

    private static int Number(AngleSharp.Dom.IElement link) =>
        int.Parse(link.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
