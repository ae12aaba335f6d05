using Bunit;
using ImeiPortal.Components.Pages.ApiKeys;
using ImeiPortal.Features.ApiKeys;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The API keys page shows a new key once, and revokes a key only once the confirmation says so.</summary>
public sealed class ApiKeysPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Create_NameAndScope_ShowsTheKeyOnceAndListsItWithoutTheKey()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = "erp-" + Guid.NewGuid().ToString("N")[..8];
        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForElement("#api-key-name");
        cut.Enter("api-key-name", name);
        cut.Choose("api-key-scopes", "read");
        cut.Find("#create-api-key").Click();

        var key = cut.WaitForElement("#api-key-secret").GetAttribute("value")!;
        var listed = Assert.Single(await Keys.ListAsync(), k => k.Name == name);
        Assert.Equal(["read"], listed.Scopes);
        Assert.StartsWith(listed.Prefix, key, StringComparison.Ordinal);
        Assert.Contains("shown this once", cut.Find("#api-key-created").TextContent, StringComparison.Ordinal);
        // The list carries the prefix only.
        Assert.DoesNotContain(key, cut.Find("#api-keys-grid").OuterHtml, StringComparison.Ordinal);

        cut.Find("#api-key-done").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#api-key-secret")));
        Assert.DoesNotContain(key, cut.Markup, StringComparison.Ordinal);
        Assert.Contains(name, cut.Find("#api-keys-grid").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_ConfirmationKept_KeepsTheKeyAndConfirmed_RevokesIt()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = "old-" + Guid.NewGuid().ToString("N")[..8];
        var created = await Keys.CreateAsync(new CreateApiKeyRequest(name, ["read"], null, null, null));
        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForElement($"#revoke-api-key-{created.Id}").Click();
        cut.WaitForAssertion(() => Assert.Contains(name, cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        cut.Answer("Keep the key");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Contains(await Keys.ListAsync(), k => k.Id == created.Id);

        cut.Find($"#revoke-api-key-{created.Id}").Click();
        cut.Answer("Revoke");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"#revoke-api-key-{created.Id}")));
        Assert.DoesNotContain(await Keys.ListAsync(), k => k.Id == created.Id);
    }

    [Fact]
    public async Task Render_RoleThatDoesNotManageUsers_ListsKeysWithoutCreateOrRevoke()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var created = await Keys.CreateAsync(new CreateApiKeyRequest("seen-" + Guid.NewGuid().ToString("N")[..8], ["read"], null, null, null));
        await SignInAsync(Roles.PartnerUser);

        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForAssertion(() => Assert.Contains("seen-", cut.Find("#api-keys-grid").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#create-api-key"));
        Assert.Empty(cut.FindAll($"#revoke-api-key-{created.Id}"));
    }

    [Fact]
    public async Task Create_PartnerAdminPicksOneOfItsCustomers_KeyIsTheCustomersAndTheListNamesIt()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var name = "fleet-" + Guid.NewGuid().ToString("N")[..8];
        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForElement("#api-key-customer");
        cut.Enter("api-key-name", name);
        cut.Choose("api-key-customer", T.CustomerA1.Name);
        cut.Choose("api-key-scopes", "read");
        cut.Find("#create-api-key").Click();

        cut.WaitForElement("#api-key-secret");
        var listed = Assert.Single(await Keys.ListAsync(), k => k.Name == name);
        Assert.Equal(T.CustomerA1.Id, listed.CustomerId);
        cut.WaitForAssertion(() => Assert.Equal($"Customer {T.CustomerA1.Name}", TenantCell(cut, name)));
    }

    [Fact]
    public async Task Render_KeysOfThePartnerAndOfACustomer_TenantColumnNamesThemNotTheirIds()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var partnerKey = "p-" + Guid.NewGuid().ToString("N")[..8];
        var customerKey = "c-" + Guid.NewGuid().ToString("N")[..8];
        await Keys.CreateAsync(new CreateApiKeyRequest(partnerKey, ["read"], null, null, null));
        await Keys.CreateAsync(new CreateApiKeyRequest(customerKey, ["read"], null, T.CustomerA2.Id, null));

        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForAssertion(() => Assert.Equal($"Partner {T.PartnerA.Name}", TenantCell(cut, partnerKey)));
        Assert.Equal($"Customer {T.CustomerA2.Name}", TenantCell(cut, customerKey));
    }

    [Fact]
    public async Task Create_AdminPicksAPartner_KeyIsThePartnersAndTheCustomerPickerOffersOnlyItsCustomers()
    {
        await SignInAsync(Roles.Admin);
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForElement("#api-key-partner");
        Assert.Empty(cut.FindAll("#api-key-customer"));
        cut.Enter("api-key-name", name);
        cut.Choose("api-key-scopes", "read");
        cut.Choose("api-key-partner", T.PartnerB.Name);
        cut.WaitForElement("#api-key-customer");
        cut.Open("api-key-customer");
        cut.WaitForAssertion(() => Assert.Contains(T.CustomerB1.Name, Options(cut), StringComparer.Ordinal));
        Assert.DoesNotContain(T.CustomerA1.Name, Options(cut), StringComparer.Ordinal);
        cut.Find("#create-api-key").Click();

        cut.WaitForElement("#api-key-secret");
        var listed = Assert.Single(await Keys.ListAsync(), k => k.Name == name);
        Assert.Equal((T.PartnerB.Id, (int?)null), (listed.PartnerId!.Value, listed.CustomerId));
        cut.WaitForAssertion(() => Assert.Equal($"Partner {T.PartnerB.Name}", TenantCell(cut, name)));
    }

    [Fact]
    public async Task Render_CustomerAdmin_OffersNoCustomerPicker()
    {
        await SignInAsync(Roles.CustomerAdmin);

        var cut = RenderInLayout<ApiKeysPage>();

        cut.WaitForElement("#create-api-key");
        Assert.Empty(cut.FindAll("#api-key-customer"));
    }

    private static List<string> Options(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut) =>
        [.. cut.FindAll(".mud-popover-open .mud-list-item").Select(o => o.TextContent.Trim())];

    private static string TenantCell(IRenderedComponent<Bunit.Rendering.ContainerFragment> cut, string keyName) =>
        cut.FindAll("#api-keys-grid tr").Single(r => r.TextContent.Contains(keyName, StringComparison.Ordinal)).QuerySelector(".api-key-tenant")!.TextContent.Trim();

    private ApiKeyService Keys => Circuit.GetRequiredService<ApiKeyService>();
}
