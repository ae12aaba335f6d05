using Bunit;
using ImeiPortal.Components.Pages.Alarms;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The alarm editor asks for the chosen type's fields only, and sends the service only what that type uses.</summary>
public sealed class AlarmEditorTests(PortalFactory factory) : ComponentTests(factory)
{
    [Theory]
    [InlineData(AlarmType.ImeiStatusChange, "alarm-scope alarm-action", "alarm-threshold alarm-iccids filter-network")]
    [InlineData(AlarmType.SingleSim, "alarm-iccids alarm-threshold", "alarm-scope alarm-action filter-network alarm-customer")]
    [InlineData(AlarmType.StaticPool, "alarm-iccids alarm-threshold", "alarm-scope alarm-action filter-network alarm-customer")]
    [InlineData(AlarmType.DynamicPool, "alarm-customer filter-status filter-imei-status filter-network filter-tag alarm-threshold", "alarm-scope alarm-action alarm-iccids")]
    public async Task ChooseType_EachType_AsksForThatTypesFieldsOnly(AlarmType type, string shown, string hidden)
    {
        await SignInAsync(Roles.PartnerAdmin);
        var cut = RenderInLayout<AlarmEditor>();

        cut.WaitForElement($"#type-{type}").Click();

        Assert.Equal(AlarmText.Title(type), cut.Find("#alarm-type").TextContent.Trim());
        Assert.All(shown.Split(' '), id => Assert.NotEmpty(cut.FindAll($"#{id}")));
        Assert.All(hidden.Split(' '), id => Assert.Empty(cut.FindAll($"#{id}")));
    }

    [Fact]
    public async Task Save_OneCustomersSimsWithoutCustomer_ShowsTheErrorAndCreatesNothing()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.ImeiStatusChange}").Click();
        cut.Enter("alarm-name", name);

        cut.ChooseRadio("alarm-scope", "The SIMs of one customer");
        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.Equal("Choose the customer whose SIMs this alarm watches.", cut.Find(".field-error[data-field=customerId]").TextContent.Trim()));
        Assert.Null(await FindAlarmAsync(name));
        Assert.DoesNotContain("/alarms", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OneCustomersSimsWithBar_CreatesTheAlarmForThatCustomerWithTheBarAction()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.ImeiStatusChange}").Click();
        cut.Enter("alarm-name", name);
        cut.ChooseRadio("alarm-scope", "The SIMs of one customer");
        cut.Choose("alarm-customer", T.CustomerA1.Name);
        cut.Find($"#action-{AlarmAction.Bar}").Change(true);
        cut.Enter("alarm-emails", "ops@a.test");

        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/alarms", Navigation.Uri, StringComparison.Ordinal));
        var alarm = Assert.IsType<AlarmDto>(await FindAlarmAsync(name));
        Assert.Equal((AlarmType.ImeiStatusChange, T.PartnerA.Id, T.CustomerA1.Id, AlarmAction.Bar), (alarm.Type, alarm.PartnerId, alarm.CustomerId, alarm.Action));
        Assert.Empty(alarm.Iccids);
        Assert.Equal(["ops@a.test"], alarm.Recipients.Emails!);
        Assert.Null(alarm.ThresholdMb);
    }

    [Fact]
    public async Task Save_DynamicPoolFilledThenSingleSimChosen_SendsOnlyTheSingleSimFields()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.DynamicPool}").Click();
        cut.Choose("alarm-customer", T.CustomerA1.Name);
        cut.Enter("filter-network", "left-behind");

        cut.Find("#change-type").Click();
        cut.WaitForElement($"#type-{AlarmType.SingleSim}").Click();
        cut.Enter("alarm-name", name);
        cut.Enter("alarm-iccids", sim.Iccid.ToString());
        cut.Enter("alarm-threshold", "250");
        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/alarms", Navigation.Uri, StringComparison.Ordinal));
        var alarm = Assert.IsType<AlarmDto>(await FindAlarmAsync(name));
        Assert.Equal((AlarmType.SingleSim, 250L, AlarmAction.Notify), (alarm.Type, alarm.ThresholdMb, alarm.Action));
        Assert.Equal([sim.Iccid.ToString()], alarm.Iccids);
        Assert.Null(alarm.Filter);
        Assert.Null(alarm.CustomerId);
    }

    [Fact]
    public async Task Save_SimOutsideTheScope_ShowsTheServicesMessageUnderTheIccidField()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var otherPartnersSim = await AlarmTestData.AddSimAsync(Factory, T.PartnerB.Id, T.CustomerB1.Id);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.SingleSim}").Click();
        cut.Enter("alarm-name", name);
        cut.Enter("alarm-iccids", otherPartnersSim.Iccid.ToString());
        cut.Enter("alarm-threshold", "100");

        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.Contains(otherPartnersSim.Iccid.ToString(), cut.Find(".field-error[data-field=iccids]").TextContent, StringComparison.Ordinal));
        Assert.Null(await FindAlarmAsync(name));
    }

    [Fact]
    public async Task Render_ExistingAlarmSaved_LoadsItsFieldsAndSendsTheChange()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var created = await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.SingleSim, NewName(), T.PartnerA.Id,
            Iccids: [sim.Iccid.ToString()], Recipients: new AlarmRecipients(Emails: ["ops@a.test"]), ThresholdMb: 100));
        var cut = RenderInLayout<AlarmEditor>((nameof(AlarmEditor.Id), (int?)created.Id));
        cut.WaitForElement("#alarm-form");
        Assert.Empty(cut.FindAll("#change-type"));
        Assert.Equal(sim.Iccid.ToString(), cut.Find("#alarm-iccids").GetAttribute("value"));

        cut.Enter("alarm-threshold", "300");
        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/alarms", Navigation.Uri, StringComparison.Ordinal));
        var saved = await Circuit.GetRequiredService<AlarmService>().GetAsync(created.Id);
        Assert.Equal((300L, created.Name), (saved.ThresholdMb, saved.Name));
        Assert.Equal([sim.Iccid.ToString()], saved.Iccids);
    }

    [Fact]
    public async Task DryRun_BarAlarmOverAStolenSim_SaysItWouldHaveFiredAndBarredAndStoresNothing()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, locked: true);
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<ImeiPortal.Features.Network.NetworkService>().IngestAsync(
            [new ImeiPortal.Features.Network.DetectionInput(Guid.NewGuid().ToString("N"), sim.Iccid.ToString(), AlarmTestData.NewImei(), DateTime.UtcNow.AddDays(-2))]));
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.ImeiStatusChange}").Click();
        cut.Enter("alarm-name", name);
        cut.ChooseRadio("alarm-scope", "A list of SIMs");
        cut.Enter("alarm-iccids", sim.Iccid.ToString());
        cut.Find($"#action-{AlarmAction.Bar}").Change(true);
        cut.Enter("alarm-delay", "15");
        cut.Enter("alarm-min-risk", "0");

        cut.Find("#dry-run-alarm").Click();

        cut.WaitForAssertion(() => Assert.Equal("In the last 30 days this alarm would have fired once and barred 1 SIM.",
            cut.Find("#dry-run-text").TextContent.Trim()));
        Assert.Contains(sim.Iccid.ToString(), cut.Find("#dry-run-result").TextContent, StringComparison.Ordinal);
        Assert.Null(await FindAlarmAsync(name));
    }

    [Fact]
    public async Task Save_DelayAndMinimumRisk_SavedWithTheAlarm()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.ImeiStatusChange}").Click();
        cut.Enter("alarm-name", name);
        cut.Find($"#action-{AlarmAction.Deactivate}").Change(true);
        cut.Enter("alarm-delay", "30");
        cut.Enter("alarm-min-risk", "40");
        cut.Enter("alarm-emails", "ops@a.test");

        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/alarms", Navigation.Uri, StringComparison.Ordinal));
        var alarm = Assert.IsType<AlarmDto>(await FindAlarmAsync(name));
        Assert.Equal((30, 40), (alarm.ActionDelayMinutes, alarm.MinRiskScore));
    }

    [Fact]
    public async Task CustomerPicker_AdminChoosesAPartner_OffersOnlyThatPartnersCustomers()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.DynamicPool}").Click();

        cut.Choose("alarm-partner", T.PartnerB.Name);
        cut.TypeInto("alarm-customer", "Customer");

        cut.WaitForAssertion(() => Assert.Equal([T.CustomerB1.Name], cut.OpenOptions()));
    }

    [Fact]
    public async Task ChoosePartner_CustomerChosen_KeepsACustomerOfThatPartnerAndClearsOneOfAnother()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.DynamicPool}").Click();
        cut.Choose("alarm-customer", T.CustomerA1.Name);

        cut.Choose("alarm-partner", T.PartnerA.Name);
        cut.WaitForAssertion(() => Assert.Equal(T.PartnerA.Name, cut.Find("#alarm-partner").GetAttribute("value")));
        Assert.Equal(T.CustomerA1.Name, cut.Find("input#alarm-customer").GetAttribute("value"));

        cut.Choose("alarm-partner", T.PartnerB.Name);
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("input#alarm-customer").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task Save_AdminChoseAPartnerThenOneCustomersSims_CreatesTheAlarmForThatCustomersPartner()
    {
        await SignInAsync(Roles.Admin);
        var name = NewName();
        var cut = RenderInLayout<AlarmEditor>();
        cut.WaitForElement($"#type-{AlarmType.ImeiStatusChange}").Click();
        cut.Enter("alarm-name", name);
        cut.Choose("alarm-partner", T.PartnerA.Name);

        // The partner is no longer asked for: the customer names it, so any customer is offered.
        cut.ChooseRadio("alarm-scope", "The SIMs of one customer");
        cut.Choose("alarm-customer", T.CustomerB1.Name);
        cut.Enter("alarm-emails", "ops@b.test");
        cut.Find("#save-alarm").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/alarms", Navigation.Uri, StringComparison.Ordinal));
        var alarm = Assert.IsType<AlarmDto>(await FindAlarmAsync(name));
        Assert.Equal((T.PartnerB.Id, T.CustomerB1.Id), (alarm.PartnerId, alarm.CustomerId));
    }

    [Theory]
    [InlineData(AlarmAction.Bar, 14, 9, "In the last 30 days this alarm would have fired 14 times and barred 9 SIMs.")]
    [InlineData(AlarmAction.Deactivate, 1, 1, "In the last 30 days this alarm would have fired once and deactivated 1 SIM.")]
    [InlineData(AlarmAction.Notify, 0, 0, "In the last 30 days this alarm would have fired 0 times (notifications only).")]
    public void DryRunText_Result_SaysFiredAndDone(AlarmAction action, int fired, int acted, string expected) =>
        Assert.Equal(expected, DryRunText.Describe(new AlarmDryRunResult(fired, [], new DryRunActions(fired, action == AlarmAction.Bar ? acted : 0, action == AlarmAction.Deactivate ? acted : 0)), action, 30));

    private NavigationManager Navigation => Ui.Services.GetRequiredService<NavigationManager>();

    private static string NewName() => "Alarm " + Guid.NewGuid().ToString("N")[..8];

    private async Task<AlarmDto?> FindAlarmAsync(string name) =>
        (await Circuit.GetRequiredService<AlarmService>().ListAsync(new AlarmQuery(PageSize: 200))).Items.SingleOrDefault(a => a.Name == name);
}
