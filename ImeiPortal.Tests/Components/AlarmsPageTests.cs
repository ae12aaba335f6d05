using Bunit;
using ImeiPortal.Components.Pages.Alarms;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Components;

/// <summary>The alarms list says which SIMs each alarm watches, naming its customer.</summary>
public sealed class AlarmsPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Render_AlarmOfTheSixHundredthCustomer_NamesItsCustomerInTheScope()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        // Digits sort before letters: the alarm is on the list's first page, whatever else the database holds.
        var name = "0 " + Guid.NewGuid().ToString("N")[..8];
        await AlarmTestData.AddAlarmAsync(Factory, new SaveAlarmRequest(AlarmType.ImeiStatusChange, name, CustomerId: many.Ids[599],
            Recipients: new AlarmRecipients(Emails: ["ops@a.test"])));

        var cut = RenderInLayout<AlarmsPage>();

        cut.WaitForAssertion(() => Assert.Contains($"Customer {many.Name(599)}",
            cut.FindAll("#alarms-grid tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal));
    }
}
