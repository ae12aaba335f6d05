using Bunit;
using Bunit.Rendering;
using ImeiPortal.Components.Shared;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// The customer picker asks the server as the user types: a partner with more customers than one page of the list
/// (PageRequest.MaxPageSize, 500) can still pick each of them.
/// </summary>
public sealed class CustomerPickerTests(PortalFactory factory) : ComponentTests(factory)
{
    private const int Customers = 600;

    [Fact]
    public async Task Search_TypedBeyondTheOldPageLimit_OffersTheMatchesAndChoosingOneRaisesItsId()
    {
        await SignInAsync(Roles.Admin);
        var (fleet, _, ids) = await AddPartnerWithCustomersAsync();
        int? chosen = null;
        var cut = RenderPicker(("ValueChanged", EventCallback.Factory.Create<int?>(this, v => chosen = v)));

        cut.TypeInto("picker", $"{fleet} 59");

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Range(590, 10).Select(i => Name(fleet, i))], cut.OpenOptions()));
        cut.OpenOptionNamed(Name(fleet, 597)).Click();
        cut.WaitForAssertion(() => Assert.Equal(ids[597], chosen));
    }

    [Fact]
    public async Task Search_NothingTyped_OffersTheFirstTwentyByNameAndSaysThereAreMore()
    {
        await SignInAsync(Roles.Admin);
        var (fleet, partnerId, _) = await AddPartnerWithCustomersAsync();
        var cut = RenderPicker(("PartnerId", (int?)partnerId));

        cut.Open("picker");

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Range(0, CustomerPicker.Shown).Select(i => Name(fleet, i))], cut.OpenOptions()));
        Assert.Equal("more: type to narrow", cut.Find(".mud-popover-open .picker-more").TextContent.Trim());
    }

    [Fact]
    public async Task Search_PartnerIdGiven_OffersOnlyThatPartnersCustomers()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderPicker(("PartnerId", (int?)T.PartnerB.Id));

        cut.TypeInto("picker", "Customer");

        cut.WaitForAssertion(() => Assert.Equal([T.CustomerB1.Name], cut.OpenOptions()));
        Assert.Empty(cut.FindAll(".mud-popover-open .picker-more"));
    }

    [Fact]
    public async Task Render_ValueSetFromOutside_ShowsThatCustomersName()
    {
        await SignInAsync(Roles.Admin);
        var (fleet, _, ids) = await AddPartnerWithCustomersAsync();

        var cut = RenderPicker(("Value", (int?)ids[555]));

        cut.WaitForAssertion(() => Assert.Equal(Name(fleet, 555), cut.Find("input#picker").GetAttribute("value")));
    }

    [Fact]
    public async Task Render_ValueOutsideTheUsersTenant_ShowsNothingAndKeepsTheCircuit()
    {
        await SignInAsync(Roles.PartnerAdmin);

        var cut = RenderPicker(("Value", (int?)T.CustomerB1.Id));

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("input#picker").GetAttribute("value") ?? ""));
        cut.TypeInto("picker", "Customer");
        cut.WaitForAssertion(() => Assert.Equal([T.CustomerA1.Name, T.CustomerA2.Name], cut.OpenOptions()));
    }

    private IRenderedComponent<ContainerFragment> RenderPicker(params (string Name, object? Value)[] parameters) =>
        RenderInLayout<CustomerPicker>([("Id", "picker"), ("Label", "Customer"), .. parameters]);

    private static string Name(string fleet, int i) => $"{fleet} {i:000}";

    /// <summary>
    /// A partner of its own with <see cref="Customers"/> customers named after it ("Fleet1a2b3c 000" on), so tests of
    /// one class (one database) do not see each other's; their ids by number.
    /// </summary>
    private async Task<(string Fleet, int PartnerId, int[] Ids)> AddPartnerWithCustomersAsync() => await Factory.WithDbAsync(async db =>
    {
        var fleet = "Fleet" + Guid.NewGuid().ToString("N")[..6];
        var partner = new Partner(fleet, DateTime.UtcNow);
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        var customers = Enumerable.Range(0, Customers).Select(i => new Customer(partner.Id, Name(fleet, i), null, DateTime.UtcNow)).ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        return (fleet, partner.Id, customers.Select(c => c.Id).ToArray());
    });
}
