using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>Issue 14 item 8: a journal row names the SIM by its ICCID (a link to it) and the person by email, not by ids.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class JournalPageTests(BrowserFixture browser)
{
    private const string PartnerAdmin = "partner.admin@northwind.test";

    [Fact]
    public async Task Journal_OrderPlacedThroughTheApi_RowShowsIccidLinkAndEmail()
    {
        using var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin);
        var sims = await api.GetFromJsonAsync<JsonElement>("/api/sims?status=Active&imeiStatus=Neutral&pageSize=1");
        var iccid = sims.GetProperty("items")[0].GetProperty("iccid").GetString()!;
        var placed = await api.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "ImeiStatus", imeiStatus = "Armed" });
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, $"/journal?entity=Order&entityId={orderId}");

        var row = page.Locator("#journal-grid tbody tr.mud-table-row", new() { HasText = "Order placed" });
        await Assertions.Expect(row.Locator(".journal-user")).ToHaveTextAsync(PartnerAdmin);
        var link = row.Locator($"a.journal-link[href='/sims/{iccid}']");
        await Assertions.Expect(link).ToContainTextAsync(iccid);

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/sims/{iccid}");
    }
}
