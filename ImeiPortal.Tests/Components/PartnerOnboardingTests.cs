using Bunit;
using ImeiPortal.Components.Pages.Partners;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>An Admin onboards a partner on the partners page: the partner, its first PartnerAdmin, its customers.</summary>
public sealed class PartnerOnboardingTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task AddPartner_ThenAdminAndCustomers_CreatesThemUnderTheNewPartner()
    {
        await SignInAsync(Roles.Admin);
        var name = "Onboarded " + Guid.NewGuid().ToString("N")[..6];
        var adminEmail = $"pa{Guid.NewGuid():N}"[..12] + "@onboarded.test";
        var cut = RenderInLayout<PartnersPage>();
        cut.WaitForElement("#partner-name");

        cut.Enter("partner-name", name);
        cut.Find("#add-partner").Click();
        cut.WaitForElement("#partner-onboarding");
        cut.Enter("onboarding-admin-email", adminEmail);
        cut.Enter("onboarding-admin-password", PortalFactory.Password);
        cut.Find("#onboarding-add-admin").Click();
        cut.WaitForAssertion(() => Assert.Contains(adminEmail, cut.Find("#onboarding-admins").TextContent, StringComparison.Ordinal));
        cut.Enter("onboarding-customer-name", "Fleet One");
        cut.Enter("onboarding-customer-tags", "trucks, north");
        cut.Find("#onboarding-add-customer").Click();
        cut.WaitForAssertion(() => Assert.Contains("Fleet One", cut.Find("#onboarding-customers").TextContent, StringComparison.Ordinal));
        cut.Enter("onboarding-customer-name", "Fleet Two");
        cut.Find("#onboarding-add-customer").Click();
        cut.WaitForAssertion(() => Assert.Contains("Fleet Two", cut.Find("#onboarding-customers").TextContent, StringComparison.Ordinal));

        var partner = Assert.Single(await Circuit.GetRequiredService<PartnerService>().ListAsync(), p => p.Name == name);
        var admin = Assert.Single((await Circuit.GetRequiredService<UserService>().ListAsync(new UserQuery(Search: adminEmail))).Items);
        Assert.Equal(partner.Id, admin.PartnerId);
        Assert.Equal([Roles.PartnerAdmin], admin.Roles);
        var customers = (await Circuit.GetRequiredService<CustomerService>().ListAsync(new CustomerQuery(PartnerId: partner.Id))).Items;
        Assert.Equal(["Fleet One", "Fleet Two"], customers.Select(c => c.Name).Order());
        Assert.Equal(["north", "trucks"], customers.Single(c => c.Name == "Fleet One").Tags.Order());
    }

    [Fact]
    public async Task Onboard_ExistingPartner_ShowsItsAdminsAndCustomers()
    {
        await SignInAsync(Roles.Admin);
        var cut = RenderInLayout<PartnersPage>();

        cut.WaitForElement($"#onboard-{T.PartnerA.Id}").Click();

        cut.WaitForAssertion(() => Assert.Contains(Tenants.EmailA(Roles.PartnerAdmin), cut.Find("#onboarding-admins").TextContent, StringComparison.Ordinal));
        Assert.Contains(T.CustomerA1.Name, cut.Find("#onboarding-customers").TextContent, StringComparison.Ordinal);
        Assert.Contains(T.CustomerA2.Name, cut.Find("#onboarding-customers").TextContent, StringComparison.Ordinal);
    }
}
