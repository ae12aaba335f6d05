using Bunit;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Data;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// The SIM list over a total the database estimated (PostgreSQL beyond 100,000 matches, here faked): it says "about",
/// and it offers no "Select all N matching" that would name a count nobody made.
/// </summary>
public sealed class SimListEstimateTests(PortalFactory factory) : ComponentTests(factory)
{
    private const int Estimate = 3_000_000;

    /// <summary>What PostgreSQL answers for millions of matches, whatever the filter matches here.</summary>
    private sealed class AboutThreeMillion : IListCounts
    {
        public Task<ListTotal> CountAsync<T>(PortalDbContext db, IQueryable<T> matches, CancellationToken cancellationToken) =>
            Task.FromResult(new ListTotal(Estimate, IsEstimate: true));
    }

    protected override void AddServices(IServiceCollection services) =>
        services.AddScoped(_ => ActivatorUtilities.CreateInstance<SimService>(Circuit, new AboutThreeMillion()));

    [Fact]
    public async Task Pager_EstimatedTotal_SaysAbout()
    {
        await SignInAsync(Roles.PartnerUser);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id);

        var cut = RenderInLayout<SimList>();

        cut.WaitForAssertion(() => Assert.Contains("of about 3,000,000", cut.Find("#sims-grid .pager-summary").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelectPage_EstimatedTotal_OffersNoSelectAllMatchingAndSaysToNarrowTheFilters()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = "net-" + Guid.NewGuid().ToString("N")[..10];
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network);
        await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network);
        // The filter in the address, as a link opens it: typed into the field, a late change signal (PostgreSQL's relay)
        // may re-render the page before the text is taken.
        Ui.Services.GetRequiredService<NavigationManager>().NavigateTo($"/sims?network={network}");
        var cut = RenderInLayout<SimList>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#sims-grid a.sim-link").Count));

        cut.Find(".page-select input").Change(true);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#selected-count").TextContent));
        Assert.Empty(cut.FindAll("#select-all-matching"));
        Assert.Contains("About 3,000,000 match: narrow the filters", cut.Find("#select-all-too-many").TextContent, StringComparison.Ordinal);
    }
}
