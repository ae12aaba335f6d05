using Bunit;
using Bunit.Rendering;
using ImeiPortal.Components.Shared;
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
    [Fact]
    public async Task Search_TypedBeyondTheOldPageLimit_OffersTheMatchesAndChoosingOneRaisesItsId()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        int? chosen = null;
        var cut = RenderPicker(("ValueChanged", EventCallback.Factory.Create<int?>(this, v => chosen = v)));

        cut.TypeInto("picker", $"{many.Fleet} 59");

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Range(590, 10).Select(many.Name)], cut.OpenOptions()));
        cut.OpenOptionNamed(many.Name(597)).Click();
        cut.WaitForAssertion(() => Assert.Equal(many.Ids[597], chosen));
    }

    [Fact]
    public async Task Search_NothingTyped_OffersTheFirstTwentyByNameAndSaysThereAreMore()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        var cut = RenderPicker(("PartnerId", (int?)many.PartnerId));

        cut.Open("picker");

        cut.WaitForAssertion(() => Assert.Equal([.. Enumerable.Range(0, CustomerPicker.Shown).Select(many.Name)], cut.OpenOptions()));
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
        var many = await ManyCustomers.AddAsync(Factory);

        var cut = RenderPicker(("Value", (int?)many.Ids[555]));

        cut.WaitForAssertion(() => Assert.Equal(many.Name(555), cut.Find("input#picker").GetAttribute("value")));
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

    [Fact]
    public async Task Search_AnsweredAgain_KeepsTheOptionsOfCustomersStillOfferedSoAClickOnItsWayStillPicks()
    {
        // The picker searches on focus and again when typing pauses. A click sent while the next answer renders names
        // the option it was sent for, and the server drops it if that option was replaced rather than kept.
        await SignInAsync(Roles.PartnerAdmin);
        var cut = RenderPicker();
        cut.TypeInto("picker", T.CustomerA1.Name);
        cut.WaitForAssertion(() => Assert.Equal([T.CustomerA1.Name], cut.OpenOptions()));
        var shown = Assert.Single(cut.OpenOptionComponents<CustomerPicker.Choice>());

        cut.TypeInto("picker", "Customer");

        cut.WaitForAssertion(() => Assert.Equal([T.CustomerA1.Name, T.CustomerA2.Name], cut.OpenOptions()));
        Assert.Same(shown, cut.OpenOptionComponents<CustomerPicker.Choice>()[0]);
    }

    private IRenderedComponent<ContainerFragment> RenderPicker(params (string Name, object? Value)[] parameters) =>
        RenderInLayout<CustomerPicker>([("Id", "picker"), ("Label", "Customer"), .. parameters]);
}
