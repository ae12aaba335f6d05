using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// The SIM page's lock settings, swap authorisation, theft risk and device swap check, and the identifiers-only monospace
/// and current-state "changed" badge of issue 14 item 12.
/// </summary>
public sealed class SimLockPanelTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task SaveLockSettings_AllowedImeisAndModelScope_SavedThroughTheService()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var (spare, second) = (AlarmTestData.NewImei(), AlarmTestData.NewImei());
        var cut = Render(sim.Iccid.ToString());

        cut.Enter("lock-allowed-imeis", $"{spare}\n{second}");
        cut.Choose("lock-scope", "Model: any device of that model");
        cut.Find("#lock-save").Click();

        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.StartsWith("Lock settings saved", StringComparison.Ordinal)));
        var saved = await Circuit.GetRequiredService<SimService>().GetAsync(sim.Iccid.ToString());
        Assert.Equal(new[] { spare, second }.Order(StringComparer.Ordinal), saved.AllowedImeis.Order(StringComparer.Ordinal));
        Assert.Equal(LockScope.Model, saved.LockScope);
    }

    [Fact]
    public async Task SaveLockSettings_MalformedImei_ShowsTheServicesProblemAndSavesNothing()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = Render(sim.Iccid.ToString());

        cut.Enter("lock-allowed-imeis", "12345");
        cut.Find("#lock-save").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#lock-panel .field-error")));
        Assert.Contains("IMEI", cut.Find("#lock-panel .field-error").TextContent, StringComparison.Ordinal);
        Assert.Empty((await Circuit.GetRequiredService<SimService>().GetAsync(sim.Iccid.ToString())).AllowedImeis);
    }

    [Fact]
    public async Task AuthorizeSwap_Confirmed_SaysTheConsequenceAndPlacesTheOrder()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = Render(sim.Iccid.ToString());

        cut.Find("#authorize-swap").Click();
        cut.WaitForElement("#swap-dialog");
        cut.Enter("swap-hours", "8");
        cut.Enter("swap-tac", TestIds.TacA);
        cut.Enter("swap-reference", "WO-4711");

        var consequence = cut.Find("#swap-consequence").TextContent;
        Assert.Contains("next 8 hours", consequence, StringComparison.Ordinal);
        Assert.Contains($"becomes its lock device, without an alarm", consequence, StringComparison.Ordinal);
        Assert.Contains(TestIds.TacA, consequence, StringComparison.Ordinal);
        cut.Find("#swap-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.StartsWith("Authorize swap: order placed", StringComparison.Ordinal)));
        var order = Assert.Single(await Circuit.GetRequiredService<OrderService>().ListForSimAsync(sim.Iccid.ToString()));
        Assert.Equal(OrderType.AuthorizeSwap, order.Type);
        Assert.Equal((8, TestIds.TacA, "WO-4711"), (order.Swap!.Hours, order.Swap.Tac, order.Swap.Reference));
    }

    [Fact]
    public async Task AuthorizeSwap_MalformedTac_ShowsTheProblemAndPlacesNothing()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        var cut = Render(sim.Iccid.ToString());

        cut.Find("#authorize-swap").Click();
        cut.WaitForElement("#swap-dialog");
        cut.Enter("swap-tac", "1234");
        cut.Find("#swap-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains("A TAC has 8 digits, but '1234' is not.", cut.Find("#swap-dialog").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Circuit.GetRequiredService<OrderService>().ListForSimAsync(sim.Iccid.ToString()));
    }

    [Fact]
    public async Task AuthorizeSwap_SimNotLocked_NotOffered()
    {
        await SignInAsync(Roles.CustomerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: false);

        var cut = Render(sim.Iccid.ToString());

        Assert.Empty(cut.FindAll("#authorize-swap"));
    }

    [Fact]
    public async Task Risk_TheftThroughTheFeed_ShowsScoreReasonsAndTheDeviceSwap()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await FeedAsync(sim.Iccid.ToString(), TestIds.Imei(TestIds.TacB, Random.Shared.Next(1, 999_999)));

        var cut = Render(sim.Iccid.ToString());

        var stored = await EngineData.GetSimAsync(Factory, sim.Iccid.ToString());
        Assert.NotNull(stored.RiskScore);
        Assert.Equal($"{stored.RiskScore} / 100", cut.Find("#sim-risk-score").TextContent.Trim());
        var reasons = cut.FindAll("#sim-risk-reasons li").Select(li => li.TextContent).ToList();
        Assert.Contains("The device model (TAC) changed", reasons);
        Assert.Contains("last device change", cut.Find("#sim-device-swap").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_NoTriggerYet_ShowsNoScoreAndNoSwap()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);

        var cut = Render(sim.Iccid.ToString());

        Assert.Empty(cut.FindAll("#sim-risk"));
        Assert.Contains("no device change recorded", cut.Find("#sim-device-swap").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedBadge_UnbarMovedTheLockToTheNewModel_IsGone()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            stored.ApplyDetection(TestIds.Imei(TestIds.TacB, 1234), DateTime.UtcNow);
            stored.Bar(byImeiLock: true);
            return await db.SaveChangesAsync();
        });
        var differed = Render(sim.Iccid.ToString());
        Assert.NotEmpty(differed.FindAll("#sim-tac-changed"));

        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Sims.SingleAsync(s => s.Id == sim.Id);
            stored.Unbar(UnbarOption.UpdateToLastSeen);
            return await db.SaveChangesAsync();
        });
        differed.Find("#sim-refresh").Click();

        differed.WaitForAssertion(() => Assert.Empty(differed.FindAll("#sim-tac-changed")));
        Assert.True((await EngineData.GetSimAsync(Factory, sim.Iccid.ToString())).TacChanged, "the stored flag still says the last change moved model");
    }

    [Fact]
    public async Task Facts_Rendered_MonospaceOnlyForIdentifiersAndTheDataOnlyNoteIsNoAlert()
    {
        await SignInAsync(Roles.PartnerUser);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);

        var cut = Render(sim.Iccid.ToString());

        var mono = cut.FindAll("#imei-card .mono, #sim-card .mono, #sim-iccid").Select(e => e.TextContent.Trim()).Where(t => t is not ("" or "—")).ToList();
        Assert.NotEmpty(mono);
        Assert.All(mono, t => Assert.Matches("^[0-9]{8,20}$", t));
        Assert.DoesNotContain(T.CustomerA1.Name, string.Concat(cut.FindAll(".mono").Select(e => e.TextContent)), StringComparison.Ordinal);
        var note = cut.Find("#data-only-note");
        Assert.Null(note.Closest(".mud-alert"));
        Assert.Contains("data sessions only", note.TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(string iccid)
    {
        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));
        cut.WaitForElement("#lock-panel");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("#sim-device-swap").TextContent.Trim()));
        return cut;
    }

    private Task<DetectionBatchResult> FeedAsync(string iccid, string imei) =>
        Factory.AsSystemAsync(sp => sp.GetRequiredService<NetworkService>()
            .IngestAsync([new DetectionInput(Guid.NewGuid().ToString("N"), iccid, imei, DateTime.UtcNow)]));
}
