using Bunit;
using ImeiPortal.Components.Pages.Customers;
using ImeiPortal.Domain.Devices;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Customers;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The customers page edits a customer's lock policy through the service: models named from the catalogue, refusals shown.</summary>
public sealed class CustomerLockPolicyTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task SavePolicy_TacsScopeAndNoImeiRule_SavedThroughTheService()
    {
        await SignInAsync(Roles.PartnerUser);
        var tac = await AddCatalogueModelAsync("Quectel", "BG95-M3");
        var cut = await OpenPolicyAsync(T.CustomerA1.Name);

        cut.Enter("policy-tac-input", tac);
        cut.Find("#policy-add-tac").Click();
        cut.Choose("policy-scope", "Model: any device of that model");
        cut.Choose("policy-no-imei", "Accept");
        cut.Find("#policy-save").Click();

        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.StartsWith($"Lock policy of {T.CustomerA1.Name} saved", StringComparison.Ordinal)));
        var saved = await Circuit.GetRequiredService<CustomerService>().GetLockPolicyAsync(T.CustomerA1.Id);
        Assert.Equal([tac], saved.AllowedTacs);
        Assert.Equal((LockScope.Model, ImeiNotProvidedPolicy.Accept), (saved.DefaultLockScope, saved.WhenImeiNotProvided));
    }

    [Fact]
    public async Task AllowedModels_CatalogueKnowsTheTac_ShowsTheModelsName()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var tac = await AddCatalogueModelAsync("Telit", "ME910C1");
        await Circuit.GetRequiredService<CustomerService>().UpdateLockPolicyAsync(T.CustomerA2.Id, new LockPolicyDto([tac, "99999999"], null, null));

        var cut = await OpenPolicyAsync(T.CustomerA2.Name);

        var chips = cut.FindAll("#policy-tacs .policy-tac").Select(c => c.TextContent).ToList();
        Assert.Contains(chips, c => c.Contains($"{tac} — Telit ME910C1", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.Contains("99999999 (not in the catalogue)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SavePolicy_MalformedTac_ShowsTheServicesProblemAndKeepsThePolicy()
    {
        await SignInAsync(Roles.PartnerUser);
        var before = await Circuit.GetRequiredService<CustomerService>().GetLockPolicyAsync(T.CustomerA1.Id);
        var cut = await OpenPolicyAsync(T.CustomerA1.Name);

        cut.Enter("policy-tac-input", "1234");
        cut.Find("#policy-add-tac").Click();
        cut.Find("#policy-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("A TAC has 8 digits, but '1234' is not.", cut.Find("#lock-policy").TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(cut.FindAll(".mud-dialog #policy-save"));
        var after = await Circuit.GetRequiredService<CustomerService>().GetLockPolicyAsync(T.CustomerA1.Id);
        Assert.Equal(before.AllowedTacs, after.AllowedTacs);
    }

    [Fact]
    public async Task Policy_ReadOnlyUser_ShownWithoutSave()
    {
        await SignInAsync(Roles.PartnerReadOnly);

        var cut = await OpenPolicyAsync(T.CustomerA1.Name);

        Assert.Empty(cut.FindAll("#policy-save"));
        Assert.Empty(cut.FindAll("#policy-tac-input"));
    }

    private async Task<IRenderedComponent<Bunit.Rendering.ContainerFragment>> OpenPolicyAsync(string customer)
    {
        var cut = RenderInLayout<CustomersPage>();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("#customers-grid tr"), r => r.TextContent.Contains(customer, StringComparison.Ordinal)));
        cut.FindAll("#customers-grid tr").First(r => r.TextContent.Contains(customer, StringComparison.Ordinal)).QuerySelector(".customer-lock-policy")!.Click();
        cut.WaitForElement("#lock-policy");
        // The policy loads after the dialog opens.
        await Task.Yield();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#policy-scope")));
        return cut;
    }

    private async Task<string> AddCatalogueModelAsync(string manufacturer, string model)
    {
        var tac = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Factory.WithDbAsync(async db =>
        {
            db.DeviceModels.Add(new DeviceModel(T.PartnerA.Id, tac, manufacturer, model));
            return await db.SaveChangesAsync();
        });
        return tac;
    }
}
