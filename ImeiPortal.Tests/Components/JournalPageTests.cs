using Bunit;
using ImeiPortal.Components.Pages.Journal;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The journal page reads like a log a person wrote: who by email, what by label, the SIM by ICCID (linked), the diff by field name.</summary>
public sealed class JournalPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Journal_OrderPlacedByPartnerAdmin_ShowsEmailLabelIccidLinkAndReadableDiff()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var order = await Circuit.GetRequiredService<OrderService>().PlaceAsync(sim.Iccid, new PlaceOrderRequest(ImeiPortal.Domain.Orders.OrderType.ImeiStatus, ImeiStatus.Armed));

        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/journal?entity=Order&entityId={order.Id}");
        var cut = RenderInLayout<JournalPage>();

        cut.WaitForElement("#journal-grid a.journal-link");
        // The worker may have completed the order already ("Order completed", by the system): the placing is the user's row.
        var row = Assert.Single(cut.FindAll("#journal-grid tbody tr.mud-table-row"), r => r.TextContent.Contains("Order placed", StringComparison.Ordinal));
        var link = row.QuerySelector("a.journal-link")!;
        Assert.Equal($"/sims/{sim.Iccid}", link.GetAttribute("href"));
        Assert.Equal($"Order for SIM {sim.Iccid}", link.TextContent.Trim());
        Assert.Equal(Tenants.EmailA(Roles.PartnerAdmin), row.QuerySelector(".journal-user")!.TextContent.Trim());
        Assert.Equal("Order placed", row.QuerySelector(".journal-action")!.TextContent.Trim());
        Assert.DoesNotContain("RequestedBy", row.TextContent, StringComparison.Ordinal);

        row.QuerySelector(".row-toggler")!.Click();

        var diff = cut.WaitForElement(".diff-table").QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => r.Children[2].TextContent);
        Assert.Equal(Tenants.EmailA(Roles.PartnerAdmin), diff["Placed by"]);
        Assert.Equal("Armed", diff["IMEI status"]);
        Assert.Equal(T.CustomerA1.Name, diff["Customer"]);
        Assert.DoesNotContain("{", cut.Find(".diff-table").TextContent, StringComparison.Ordinal);
    }
}
