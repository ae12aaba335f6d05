using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Components;

/// <summary>Issue 14 item 8: the SIM page's orders say who placed them as a person reads it, never a user id or <c>alarm:1</c>.</summary>
public sealed class SimOrdersTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Orders_PlacedByUserAlarmAndSystem_ShowEmailAlarmNameAndSystem()
    {
        await SignInAsync(Roles.PartnerUser);
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);
        var alarm = await AlarmTestData.AddAlarmAsync(Factory, new(AlarmType.ImeiStatusChange, "Theft bar " + Guid.NewGuid().ToString("N")[..6],
            Iccids: [iccid], Action: AlarmAction.Bar));
        var email = Tenants.EmailA(Roles.PartnerAdmin);
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await Factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.SingleAsync(s => s.Iccid == iccid);
            var later = DateTime.UtcNow.AddHours(1);
            db.Orders.AddRange(
                new Order(sim, OrderType.Suspend, DateTime.UtcNow.AddMinutes(-3), later, userId),
                new Order(sim, OrderType.Bar, DateTime.UtcNow.AddMinutes(-2), later, "alarm:" + alarm.Id, cause: OrderReason.ImeiLockAlarm),
                new Order(sim, OrderType.Deactivate, DateTime.UtcNow.AddMinutes(-1), later, null));
            return await db.SaveChangesAsync();
        });

        var cut = RenderInLayout<SimDetails>((nameof(SimDetails.Iccid), iccid));
        cut.WaitForElement("#imei-card");
        // Found and clicked in one dispatch: the page may render again meanwhile (its data arriving), replacing the tab's handler.
        await cut.InvokeAsync(() => cut.FindAll(".mud-tab").Single(t => t.TextContent.StartsWith("Orders", StringComparison.Ordinal)).Click());

        var placers = cut.WaitForElements("#orders-grid td.order-by").Select(td => td.TextContent.Trim()).ToList();
        // Newest first; the SIM's own activation (by the system) may come before them.
        Assert.Equal(["system", "alarm " + alarm.Name, email], placers[^3..]);
        Assert.DoesNotContain(userId, cut.Find("#orders-grid").TextContent, StringComparison.Ordinal);
    }
}
