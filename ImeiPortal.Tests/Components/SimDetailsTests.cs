using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The SIM page offers the IMEI status changes the domain allows now and places the one clicked, through the order service.</summary>
public sealed class SimDetailsTests(PortalFactory factory) : ComponentTests(factory)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ImeiActions_Sim_OfferExactlyTheDomainsAllowedTargets(bool locked)
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked);

        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), sim.Iccid.ToString()));

        cut.WaitForElement("#imei-card");
        Assert.NotEmpty(sim.AllowedImeiTargets());
        Assert.Equal(sim.AllowedImeiTargets().Select(t => $"imei-to-{t}").Order(StringComparer.Ordinal),
            cut.FindAll("#imei-card [id^=imei-to-]").Select(b => b.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImeiAction_Clicked_PlacesThatImeiStatusOrderAndSaysSo()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), sim.Iccid.ToString()));

        cut.WaitForElement("#imei-to-Neutral").Click();
        cut.Answer("Set Neutral");

        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.StartsWith("IMEI status → Neutral: order placed" + ImeiPortal.Components.Shared.Toasts.Separator, StringComparison.Ordinal)));
        var order = Assert.Single(await OrdersOfAsync(sim.Iccid.ToString()));
        Assert.Equal((OrderType.ImeiStatus, ImeiStatus.Neutral), (order.Type, order.ImeiStatus));
    }

    [Fact]
    public async Task ImeiAction_NeutralNotConfirmed_SaysTheLockStopsAndPlacesNoOrder()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), sim.Iccid.ToString()));

        cut.WaitForElement("#imei-to-Neutral").Click();

        cut.WaitForAssertion(() => Assert.Contains("any device may open data sessions", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        cut.Answer("Keep the lock");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Empty(await OrdersOfAsync(sim.Iccid.ToString()));
    }

    [Fact]
    public async Task OrderButton_SameOrderPending_IsDisabledUntilItCompletes()
    {
        await SignInAsync(Roles.PartnerUser);
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        await Factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            db.Orders.Add(new ImeiPortal.Domain.Orders.Order(sim, OrderType.Suspend, DateTime.UtcNow, DateTime.UtcNow.AddHours(1), null));
            return await db.SaveChangesAsync();
        });

        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));

        cut.WaitForElement("#order-Suspend");
        Assert.True(cut.Find("#order-Suspend").HasAttribute("disabled"));
        Assert.False(cut.Find("#order-Bar").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ImeiActions_ReadOnlyUser_OfferNone()
    {
        await SignInAsync(Roles.PartnerReadOnly);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);

        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), sim.Iccid.ToString()));

        cut.WaitForElement("#imei-card");
        Assert.Empty(cut.FindAll("[id^=imei-to-]"));
        Assert.Empty(cut.FindAll("[id^=order-]"));
    }

    [Fact]
    public async Task Unbar_DifferedSimUpdateChosen_PlacesTheUnbarWithThatOption()
    {
        await SignInAsync(Roles.CustomerUser);
        var iccid = await AddDifferedBarredSimAsync();
        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));

        cut.WaitForElement("#order-Unbar").Click();
        cut.WaitForElement("#unbar-update");
        cut.ClickRadio("unbar-update");
        cut.Find("#unbar-confirm").Click();

        var order = Assert.Single(await WaitForOrdersAsync(cut, iccid));
        Assert.Equal((OrderType.Unbar, UnbarOption.UpdateToLastSeen), (order.Type, order.UnbarOption));
    }

    [Fact]
    public async Task Unbar_DialogCancelled_PlacesNoOrder()
    {
        await SignInAsync(Roles.CustomerUser);
        var iccid = await AddDifferedBarredSimAsync();
        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));

        cut.WaitForElement("#order-Unbar").Click();
        cut.WaitForElement("#unbar-cancel").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#unbar-confirm")));
        Assert.Empty(await OrdersOfAsync(iccid));
    }

    /// <summary>A Locked SIM seen in a second device (Differed) and barred by the IMEI lock alarm.</summary>
    private async Task<string> AddDifferedBarredSimAsync()
    {
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            stored.ApplyDetection(AlarmTestData.NewImei(), DateTime.UtcNow);
            stored.Bar(byImeiLock: true);
            return await db.SaveChangesAsync();
        });
        return sim.Iccid.ToString();
    }

    private Task<IReadOnlyList<OrderDto>> OrdersOfAsync(string iccid) => Circuit.GetRequiredService<OrderService>().ListForSimAsync(iccid);

    private async Task<IReadOnlyList<OrderDto>> WaitForOrdersAsync(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string iccid)
    {
        // The page places the order after the dialog closes, on the renderer's turn.
        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.Contains("order placed" + ImeiPortal.Components.Shared.Toasts.Separator, StringComparison.Ordinal)));
        return await OrdersOfAsync(iccid);
    }
}
