using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>
/// A bulk change as an operator makes it in a theft wave (issue 14 item 3): paste the ICCIDs a ticket lists, resume
/// them, follow the job's progress above the list and read why one was refused, in the real app.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BulkJobJourneyTests(BrowserFixture browser)
{
    private const string PartnerUser = "partner.user@northwind.test";

    [Fact]
    public async Task PastedIccids_Resume_RunsAsAJobWhosePanelShowsTheResultAndWhyOneWasRefused()
    {
        List<string> suspended;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerUser))
        {
            var found = await api.GetFromJsonAsync<JsonElement>("/api/sims?status=Suspended&pageSize=50");
            suspended = [.. found.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("iccid").GetString()!)];
        }

        Assert.NotEmpty(suspended);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims");

        await page.ClickAsync("#paste-open");
        await BrowserFixture.WaitForDialogAsync(page);
        await page.Locator("#paste-iccids").FillAsync(string.Join('\n', suspended) + "\n8944000000000000000");
        await Assertions.Expect(page.Locator("#paste-count")).ToHaveTextAsync($"{suspended.Count + 1} distinct ICCIDs");
        await page.ClickAsync("#paste-use");
        await Assertions.Expect(page.Locator("#selection-text")).ToContainTextAsync($"{suspended.Count + 1} pasted ICCIDs");

        await page.ClickAsync("#bulk-resume");
        if (suspended.Count + 1 > 10)
        {
            // More than ten SIMs: previewed and confirmed first.
            await Assertions.Expect(page.Locator("#bulk-preview-summary")).ToContainTextAsync($"{suspended.Count} of {suspended.Count + 1} SIMs will change");
            await BrowserFixture.WaitForDialogAsync(page);
            await page.ClickAsync("#bulk-confirm");
        }

        var job = page.Locator("#bulk-jobs .bulk-job").First;
        await Assertions.Expect(job.Locator(".bulk-job-state")).ToHaveTextAsync("Finished", new() { Timeout = 30_000 });
        await Assertions.Expect(job.Locator(".bulk-job-counts")).ToContainTextAsync($"{suspended.Count} done · 1 refused");
        await BrowserFixture.ScreenshotAsync(page, "bulk-job-finished");
        await job.Locator(".bulk-job-refusals").ClickAsync();
        await Assertions.Expect(page.Locator("#bulk-refusals-grid")).ToContainTextAsync("8944000000000000000");
        await Assertions.Expect(page.Locator("#bulk-refusals-grid")).ToContainTextAsync("SIM not found");
        await BrowserFixture.WaitForDialogAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "bulk-job-refusals");
    }
}
