using Bunit;
using ImeiPortal.Components.Pages.Users;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The users page offers the roles of the tenant the new user belongs to: an Admin names the partner and customer.</summary>
public sealed class UsersPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Create_AdminChoosesPartnerAndPartnerRole_CreatesThatPartnersUser()
    {
        await SignInAsync(Roles.Admin);
        var email = NewEmail();
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-partner");

        cut.Enter("user-email", email);
        cut.Choose("user-partner", T.PartnerA.Name);
        cut.Choose("user-roles", Roles.PartnerUser);
        cut.Find("#create-user").Click();

        cut.Enter("user-search", email);
        cut.WaitForAssertion(() => Assert.Contains(email, cut.Find("#users-grid").TextContent, StringComparison.Ordinal));
        var created = Assert.Single((await Users.ListAsync(new UserQuery(Search: email))).Items);
        Assert.Equal(T.PartnerA.Id, created.PartnerId);
        Assert.Null(created.CustomerId);
        Assert.Equal([Roles.PartnerUser], created.Roles);
    }

    [Fact]
    public async Task Create_AdminChoosesCustomer_OffersCustomerRolesAndCreatesTheCustomersUser()
    {
        await SignInAsync(Roles.Admin);
        var email = NewEmail();
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-partner");
        Assert.Empty(cut.FindAll("#user-customer"));

        cut.Enter("user-email", email);
        cut.Choose("user-partner", T.PartnerA.Name);
        cut.WaitForElement("#user-customer");
        cut.Choose("user-customer", T.CustomerA2.Name);
        cut.Choose("user-roles", Roles.CustomerAdmin);
        cut.Find("#create-user").Click();

        cut.Enter("user-search", email);
        cut.WaitForAssertion(() => Assert.Contains(email, cut.Find("#users-grid").TextContent, StringComparison.Ordinal));
        var created = Assert.Single((await Users.ListAsync(new UserQuery(Search: email))).Items);
        Assert.Equal(T.CustomerA2.Id, created.CustomerId);
        Assert.Equal([Roles.CustomerAdmin], created.Roles);
    }

    [Fact]
    public async Task Roles_AdminPicksTheTenantLevel_OffersOnlyThatLevelsRoles()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-partner");

        Assert.Equal([Roles.Admin], OfferedRoles(cut));
        cut.Choose("user-partner", T.PartnerA.Name);
        Assert.Equal(Roles.PartnerRoles, OfferedRoles(cut));
        cut.WaitForElement("#user-customer");
        cut.Choose("user-customer", T.CustomerA1.Name);
        Assert.Equal(Roles.CustomerRoles, OfferedRoles(cut));
    }

    [Fact]
    public async Task Customers_AdminChoosesAPartner_ListsOnlyThatPartnersCustomers()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-partner");

        cut.Choose("user-partner", T.PartnerB.Name);
        cut.WaitForElement("#user-customer");
        cut.Open("user-customer");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-popover-open .mud-list-item")));
        var offered = cut.FindAll(".mud-popover-open .mud-list-item").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains(T.CustomerB1.Name, offered);
        Assert.DoesNotContain(T.CustomerA1.Name, offered);
    }

    [Fact]
    public async Task Render_UserOfTheSixHundredthCustomer_NamesTheirCustomer()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        var email = NewEmail();
        await Factory.AsSystemAsync(sp => sp.GetRequiredService<UserService>().CreateAsync(
            new CreateUserRequest(email, PortalFactory.Password, [Roles.CustomerUser], many.PartnerId, many.Ids[599])));

        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-search");
        cut.Enter("user-search", email);

        cut.WaitForAssertion(() => Assert.Contains(many.Name(599),
            cut.FindAll("#users-grid tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hint_AdminChoosesTheSixHundredthCustomer_NamesThatCustomer()
    {
        await SignInAsync(Roles.Admin);
        var many = await ManyCustomers.AddAsync(Factory);
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-partner");

        cut.Choose("user-partner", many.Fleet);
        cut.WaitForElement("#user-customer");
        cut.Choose("user-customer", many.Name(599));

        cut.WaitForAssertion(() => Assert.Equal($"A user of customer {many.Name(599)}: customer roles.", cut.Find(".form-hint").TextContent.Trim()));
    }

    [Fact]
    public async Task List_MoreUsersThanAPage_PagesThroughThemAndTheSearchNarrows()
    {
        // A partner with more users than a page: before, the page showed the first 500 and no way to the others.
        await SignInAsync(Roles.Admin);
        var domain = $"{Guid.NewGuid():N}"[..10] + ".paging.test";
        await Factory.AsSystemAsync(async sp =>
        {
            for (var i = 0; i < 55; i++)
            {
                await sp.GetRequiredService<UserService>().CreateAsync(
                    new CreateUserRequest($"u{i:D2}@{domain}", PortalFactory.Password, [Roles.PartnerUser], T.PartnerA.Id, null));
            }

            return 0;
        });
        var cut = RenderInLayout<UsersPage>();
        cut.WaitForElement("#user-search");

        cut.Enter("user-search", domain);
        cut.WaitForAssertion(() => Assert.Equal(50, UserRows(cut).Count));
        Assert.Equal($"u00@{domain}", UserRows(cut)[0]);
        cut.Find(".server-pager [aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(Enumerable.Range(50, 5).Select(i => $"u{i:D2}@{domain}"), UserRows(cut)));

        cut.Enter("user-search", $"u07@{domain}");
        cut.WaitForAssertion(() => Assert.Equal([$"u07@{domain}"], UserRows(cut)));
    }

    private static List<string> UserRows(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        cut.FindAll("#users-grid tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();

    private UserService Users => Circuit.GetRequiredService<UserService>();

    private static string NewEmail() => $"u{Guid.NewGuid():N}"[..12] + "@new.test";

    /// <summary>Opens the roles list and reads its options, then closes it again.</summary>
    private static List<string> OfferedRoles(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut)
    {
        cut.Find("#user-roles").Closest(".mud-input-control")!.MouseDown();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-popover-open .mud-list-item")));
        var roles = cut.FindAll(".mud-popover-open .mud-list-item").Select(o => o.TextContent.Trim()).ToList();
        cut.Find("#user-roles").Closest(".mud-input-control")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-popover-open .mud-list-item")));
        return roles;
    }
}
