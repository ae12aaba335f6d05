using Bunit;
using ImeiPortal.Components.Pages.Notifications;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The notification history tells unread from read, marks all read at once, links the SIM and shows the theft risk.</summary>
public sealed class NotificationsPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Render_OneUnreadOneRead_BoldsOnlyTheUnreadRow()
    {
        await SignInAsync(Roles.PartnerUser);
        var unread = await FireToMeAsync();
        var read = await FireToMeAsync();
        await History.MarkReadAsync(await IdAsync(read));

        var cut = RenderInLayout<NotificationsPage>();

        cut.WaitForAssertion(() => Assert.Contains("notification-unread", Row(cut, unread).ClassName, StringComparison.Ordinal));
        Assert.Contains("notification-read", Row(cut, read).ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("notification-unread", Row(cut, read).ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAllRead_SeveralUnread_MarksEveryOneReadAndUnboldsTheRows()
    {
        await SignInAsync(Roles.PartnerUser);
        var first = await FireToMeAsync();
        var second = await FireToMeAsync();
        Assert.True((await History.UnreadCountAsync()).Count >= 2);
        var cut = RenderInLayout<NotificationsPage>();
        cut.WaitForAssertion(() => Assert.Contains("notification-unread", Row(cut, first).ClassName, StringComparison.Ordinal));

        cut.Find("#mark-all-read").Click();

        cut.WaitForAssertion(() => Assert.Contains("notification-read", Row(cut, first).ClassName, StringComparison.Ordinal));
        Assert.Contains("notification-read", Row(cut, second).ClassName, StringComparison.Ordinal);
        Assert.Equal(0, (await History.UnreadCountAsync()).Count);
        Assert.True(cut.Find("#mark-all-read").HasAttribute("disabled"));
    }

    [Fact]
    public async Task MarkAllReadAsync_AnotherUsersNotification_StaysUnreadForThem()
    {
        await SignInAsync(Roles.PartnerAdmin);
        await FireToMeAsync();
        await SignInAsync(Roles.PartnerUser);
        await FireToMeAsync();

        await History.MarkAllReadAsync();

        Assert.Equal(0, (await History.UnreadCountAsync()).Count);
        await SignInAsync(Roles.PartnerAdmin);
        Assert.True((await History.UnreadCountAsync()).Count >= 1);
    }

    [Fact]
    public async Task Render_ScoredTrigger_ShowsRiskWithReasonsAndLinksTheSim()
    {
        await SignInAsync(Roles.PartnerUser);
        var iccid = await FireToMeAsync();
        await Factory.WithDbAsync(async db =>
        {
            var n = await db.Notifications.SingleAsync(x => x.Iccid == iccid);
            n.RiskScore = 70;
            n.RiskReasonList = "Seen in a device the SIM is not locked to\nThe device model (TAC) changed";
            return await db.SaveChangesAsync();
        });

        var cut = RenderInLayout<NotificationsPage>();

        cut.WaitForAssertion(() => Assert.NotNull(Row(cut, iccid).QuerySelector(".risk-score")));
        var risk = Row(cut, iccid).QuerySelector(".risk-score")!;
        Assert.Equal("risk 70", risk.TextContent.Trim());
        Assert.Contains("risk-high", risk.ClassName, StringComparison.Ordinal);
        Assert.Contains("The device model (TAC) changed", risk.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal($"/sims/{iccid}", Row(cut, iccid).QuerySelector("a.sim-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_CustomerUserOnPartnersAlarm_NamesItPartnerAlarm()
    {
        await SignInAsync(Roles.CustomerUser);
        var iccid = await FireToMeAsync(customerId: T.CustomerA1.Id);

        var cut = RenderInLayout<NotificationsPage>();

        cut.WaitForAssertion(() => Assert.Contains("partner alarm", Row(cut, iccid).TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("deleted", Row(cut, iccid).TextContent, StringComparison.Ordinal);
    }

    private NotificationHistoryService History => Circuit.GetRequiredService<NotificationHistoryService>();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string iccid) =>
        cut.FindAll("#notifications-grid tbody tr").Single(r => r.TextContent.Contains(iccid, StringComparison.Ordinal));

    private Task<long> IdAsync(string iccid) => Factory.WithDbAsync(db => db.Notifications.Where(n => n.Iccid == iccid).Select(n => n.Id).SingleAsync());

    /// <summary>A partner alarm on a new SIM of partner A that notifies the signed-in user in the portal, fired once.</summary>
    private async Task<string> FireToMeAsync(int? customerId = null)
    {
        var userId = Circuit.GetRequiredService<ICurrentUser>().UserId!;
        var sim = await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, customerId ?? T.CustomerA1.Id, locked: true);
        await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.ImeiStatusChange, "to me", Iccids: [sim.Iccid], Recipients: new AlarmRecipients(UserIds: [userId])));
        await AlarmTestData.TriggerAsync(Factory, sim.Iccid);
        return sim.Iccid;
    }
}
