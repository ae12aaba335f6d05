using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

/// <summary>
/// Issue 14's console items 2, 9, 11 and 12 as a partner's operations people meet them, in Chromium against the
/// running portal: sorting the SIM list, the texts that misled, the notification inbox, and what the SIM page looks
/// like. Each test makes its own SIMs, alarms and users through the API; others in the collection add data too.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ConsoleJourneyTests(BrowserFixture browser)
{
    private const string Admin = "admin@demo.imeiportal.test";
    private const string PartnerAdmin = "partner.admin@northwind.test";
    private const string PartnerUser = "partner.user@northwind.test";
    private const string Acme = "Acme Logistics";

    /// <summary>Item 2: "Last seen" and "Customer" sort the list in the database, as GET /api/sims with the same sort does.</summary>
    [Fact]
    public async Task SimList_LastSeenAndCustomerHeaders_SortOnTheServerAsTheApiDoes()
    {
        using var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        // Pages of 200: one customer alone fills a page of 50 in either order.
        await BrowserFixture.GoToAsync(page, "/sims?pageSize=200");
        await page.Locator("#sims-grid a.sim-link").First.WaitForAsync();

        await page.ClickAsync("#sort-lastSeen");
        await ExpectSortedAsync(page, api, "lastSeen");
        await page.ClickAsync("#sort-lastSeen");
        var latestFirst = await ExpectSortedAsync(page, api, "-lastSeen");
        await Assertions.Expect(page.Locator("#sort-lastSeen")).ToHaveAttributeAsync("aria-sort", "descending");
        var seen = latestFirst.Select(s => s.GetProperty("imeiLastSeenAt")).Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetDateTime()).ToList();
        Assert.True(seen.Count > 1, "the first page has SIMs the network has seen");
        Assert.Equal(seen.OrderByDescending(t => t), seen);
        // Not the ICCID order the list used to fall back to.
        var iccids = latestFirst.Select(s => s.GetProperty("iccid").GetString()!).ToList();
        Assert.NotEqual(iccids.Order(StringComparer.Ordinal), iccids);
        await BrowserFixture.ScreenshotAsync(page, "sims-sorted-last-seen");

        await page.ClickAsync("#sort-customer");
        await ExpectSortedAsync(page, api, "customer");
        await page.ClickAsync("#sort-customer");
        await ExpectSortedAsync(page, api, "-customer");
        var names = (await page.Locator("#sims-grid .sim-customer").AllInnerTextsAsync()).Where(n => n != "—").ToList();
        Assert.True(names.Distinct().Count() > 1, "the first page names several customers: " + string.Join(", ", names));
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
        // A reload keeps the sort: it is the URL's.
        await page.ReloadAsync();
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#sort-customer")).ToHaveAttributeAsync("aria-sort", "descending");
        await BrowserFixture.ScreenshotAsync(page, "sims-sorted-customer");
    }

    /// <summary>
    /// Items 11 and 9: a customer's user reads the notifications of its partner's alarms: unread ones bold, read ones not,
    /// the alarm named "partner alarm" (the user may not see it), the ICCID a link to the SIM, and "Mark all read" clears the badge.
    /// </summary>
    [Fact]
    public async Task Notifications_UnreadBoldUntilOpened_IccidOpensTheSim_MarkAllReadClearsTheBadge()
    {
        var email = $"inbox.{Guid.NewGuid().ToString("N")[..8]}@acme.test";
        string iccid;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var acme = await PortalApi.CustomerIdAsync(api, Acme);
            var user = await api.PostAsJsonAsync("/api/users", new { email, password = RunningPortal.DemoPassword, roles = new[] { "CustomerUser" }, customerId = acme });
            Assert.True(user.IsSuccessStatusCode, await user.Content.ReadAsStringAsync());
            var userId = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            (iccid, _) = await PortalApi.CreateLockedSimAsync(browser.Portal, api, acme);
            // Two of the partner's alarms on the SIM: one theft, two notifications for the customer's user.
            foreach (var name in new[] { "Inbox A ", "Inbox B " })
            {
                await PortalApi.CreateAlarmAsync(api, new
                {
                    type = "ImeiStatusChange",
                    name = name + Guid.NewGuid().ToString("N")[..6],
                    iccids = new[] { iccid },
                    action = "Notify",
                    enabled = true,
                    recipients = new { userIds = new[] { userId } },
                });
            }
        }

        await PortalApi.DetectAsync(browser.Portal, iccid, TestIds.Imei(TestIds.TacB, Random.Shared.Next(1, 999_999)));
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveAttributeAsync("title", "2 unread");
        await BrowserFixture.GoToAsync(page, "/notifications?iccid=" + iccid);

        // The demo's alarms notify about the SIM too; this user's own are the two unread ones.
        var rows = page.Locator("#notifications-grid tbody tr", new() { HasText = iccid });
        var unread = page.Locator("#notifications-grid tr.notification-unread", new() { HasText = iccid });
        var read = page.Locator("#notifications-grid tr.notification-read", new() { HasText = iccid });
        await Assertions.Expect(unread).ToHaveCountAsync(2);
        var others = await read.CountAsync();
        Assert.Equal(new[] { "600", "600" }, await FontWeightsAsync(unread));
        Assert.All(await FontWeightsAsync(read), weight => Assert.Equal("400", weight));
        // The alarm belongs to the partner: named as such, not as a deleted "#id".
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(unread.Nth(i).Locator("td").Nth(1)).ToHaveTextAsync("partner alarm");
        }

        await Assertions.Expect(page.Locator("#notifications-grid")).Not.ToContainTextAsync("deleted");
        await BrowserFixture.ScreenshotAsync(page, "notifications-unread");

        // Opening one reads it: that row alone goes plain, the badge counts the other.
        await unread.Nth(0).Locator(".open-notification").ClickAsync();
        await Assertions.Expect(page.Locator("#notification-details")).ToContainTextAsync(iccid);
        await BrowserFixture.WaitForDialogAsync(page);
        await page.Locator(".mud-dialog .mud-button-close").ClickAsync();
        await Assertions.Expect(unread).ToHaveCountAsync(1);
        await Assertions.Expect(read).ToHaveCountAsync(others + 1);
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveAttributeAsync("title", "1 unread");
        Assert.Equal(new[] { "600" }, await FontWeightsAsync(unread));
        Assert.All(await FontWeightsAsync(read), weight => Assert.Equal("400", weight));

        // The ICCID opens the SIM.
        await rows.Nth(0).Locator("a.sim-link").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sims/" + iccid, new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#sim-iccid")).ToHaveTextAsync(iccid);

        await BrowserFixture.GoToAsync(page, "/notifications?iccid=" + iccid);
        await Assertions.Expect(unread).ToHaveCountAsync(1);
        await page.ClickAsync("#mark-all-read");
        await Assertions.Expect(page.Locator("#unread-badge")).ToHaveCountAsync(0);
        await Assertions.Expect(unread).ToHaveCountAsync(0);
        await Assertions.Expect(read).ToHaveCountAsync(others + 2);
        Assert.All(await FontWeightsAsync(rows), weight => Assert.Equal("400", weight));
        await Assertions.Expect(page.Locator("#mark-all-read")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "notifications-all-read");
    }

    /// <summary>
    /// Items 9 and 12: a SIM barred by its alarm after a theft into another model. The unbar options say what DOMAIN.md
    /// says (the lock moves to the first device after the trigger, not the last seen); once the lock moved, no "changed"
    /// model badge remains.
    /// </summary>
    [Fact]
    public async Task Unbar_AfterATheftIntoAnotherModel_OptionsSayTheDomainsWordsAndNoChangedBadgeRemains()
    {
        var thief = TestIds.Imei(TestIds.TacB, Random.Shared.Next(1, 999_999));
        string iccid, lockImei;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            (iccid, lockImei) = await PortalApi.CreateLockedSimAsync(browser.Portal, api, await PortalApi.CustomerIdAsync(api, Acme));
            await PortalApi.CreateAlarmAsync(api, new { type = "ImeiStatusChange", name = "Bar " + Guid.NewGuid().ToString("N")[..6], iccids = new[] { iccid }, action = "Bar", enabled = true });
            await PortalApi.DetectAsync(browser.Portal, iccid, thief);
            await PortalApi.WaitForSimAsync(api, iccid, sim => sim.GetProperty("status").GetString() == "Barred");
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerUser);
        await BrowserFixture.GoToAsync(page, "/sims/" + iccid);
        await Assertions.Expect(page.Locator("#sim-status")).ToHaveTextAsync("Barred");
        await Assertions.Expect(page.Locator("#sim-tac-changed")).ToHaveTextAsync("changed");

        await page.ClickAsync("#order-Unbar");
        await BrowserFixture.WaitForDialogAsync(page);
        var options = page.Locator("#unbar-options");
        await Assertions.Expect(options).ToContainTextAsync("Unbar and keep the existing IMEI lock");
        await Assertions.Expect(options).ToContainTextAsync("Unbar and move the lock to the first device seen after the trigger");
        await Assertions.Expect(options).Not.ToContainTextAsync("last seen");
        // KeepLock, the default: the third device, the authorize check, move it back first.
        var help = page.Locator("#unbar-help");
        await Assertions.Expect(help).ToContainTextAsync(lockImei);
        await Assertions.Expect(help).ToContainTextAsync("it fires again only in a third device");
        await Assertions.Expect(help).ToContainTextAsync("Move the SIM back to the original device");
        await BrowserFixture.ChooseRadioAsync(page, "#unbar-update");
        await Assertions.Expect(help).ToContainTextAsync($"The lock moves to {thief}: the first device the SIM was seen in after the trigger");
        await Assertions.Expect(help).ToContainTextAsync("this is the first of them, not necessarily the latest");
        await Assertions.Expect(help).Not.ToContainTextAsync("last seen");
        await BrowserFixture.ScreenshotAsync(page, "unbar-options-texts");
        await page.ClickAsync("#unbar-confirm");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Unbar (lock moves to the first device after the trigger): order placed" })).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator("#sim-status")).ToHaveTextAsync("Active", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#imei-card .imei-status").First).ToHaveTextAsync("Locked");
        await Assertions.Expect(page.Locator("#sim-imei-lock")).ToHaveTextAsync(thief);
        await Assertions.Expect(page.Locator("#sim-tac-changed")).ToHaveCountAsync(0);
        // The order and its toast name the option by what it did, not by the enum's "UpdateToLastSeen".
        await Assertions.Expect(page.Locator("#orders-grid")).ToContainTextAsync("Unbar (lock moves to the first device after the trigger)");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("LastSeen");
        await BrowserFixture.ScreenshotAsync(page, "unbar-moved-lock-no-changed-badge");
    }

    /// <summary>
    /// Item 9: the SIM list's tag filter reads in full beside the customer picker, and an admin's alarm that covers its
    /// partner's every SIM does not say "All my SIMs" but names the partner (the list), nor in the editor.
    /// </summary>
    [Fact]
    public async Task Texts_TagFilterBesideCustomerAndAnAdminsPartnerWideAlarm_SayWhatTheyAre()
    {
        var name = "Partner wide " + Guid.NewGuid().ToString("N")[..6];
        int alarmId;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, Admin))
        {
            var partners = await api.GetFromJsonAsync<JsonElement>("/api/partners");
            var items = partners.ValueKind == JsonValueKind.Array ? partners : partners.GetProperty("items");
            var northwind = items.EnumerateArray().First(p => p.GetProperty("name").GetString() == "Northwind IoT").GetProperty("id").GetInt32();
            // Disabled: it would notify about every theft of the partner for the rest of the run.
            alarmId = await PortalApi.CreateAlarmAsync(api, new { type = "ImeiStatusChange", name, partnerId = northwind, action = "Notify", enabled = false });
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Admin);
        await BrowserFixture.GoToAsync(page, "/sims");
        var labels = await page.EvaluateAsync<JsonElement>("""
            () => ['sim-customer', 'sim-tag'].map(id => {
                const label = document.getElementById(id).closest('.mud-input-control').querySelector('label');
                return { text: label.innerText.trim(), cut: label.scrollWidth > label.clientWidth };
            })
            """);
        var (customer, tag) = (labels[0], labels[1]);
        Assert.Equal("Customer", customer.GetProperty("text").GetString());
        Assert.Equal("Customer tag", tag.GetProperty("text").GetString());
        Assert.False(tag.GetProperty("cut").GetBoolean(), "the tag filter's label is cut off (it reads \"Customer…\")");
        await page.Locator("#sim-tag").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sims-tag-filter.png") });

        await BrowserFixture.GoToAsync(page, "/alarms");
        var row = page.Locator("#alarms-grid tr", new() { HasText = name });
        // An admin sees every partner's alarms: the scope names whose.
        await Assertions.Expect(row).ToContainTextAsync("All SIMs of Northwind IoT");
        await Assertions.Expect(row).Not.ToContainTextAsync("All my SIMs");
        await BrowserFixture.ScreenshotAsync(page, "alarms-admin-partner-wide");

        await BrowserFixture.GoToAsync(page, $"/alarms/{alarmId}");
        await Assertions.Expect(page.Locator("#alarm-scope")).ToContainTextAsync("All SIMs of the chosen partner (every customer)");
        await Assertions.Expect(page.Locator("#alarm-scope")).Not.ToContainTextAsync("All my SIMs");
    }

    /// <summary>
    /// Item 12: identifiers (ICCID, IMEI) are monospace and names are not, on the SIM page and in the list; the "data
    /// sessions only" note is a calm inline line, not a banner that outweighs an alarm.
    /// </summary>
    [Fact]
    public async Task SimPage_IdentifiersMonospaceNamesNot_DataOnlyNoteIsInline()
    {
        string iccid;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            (iccid, _) = await PortalApi.CreateLockedSimAsync(browser.Portal, api, await PortalApi.CustomerIdAsync(api, Acme));
            // A theft its own alarm notifies about, so the page's tables list IMEIs too.
            await PortalApi.CreateAlarmAsync(api, new { type = "ImeiStatusChange", name = "Fonts " + Guid.NewGuid().ToString("N")[..6], iccids = new[] { iccid }, action = "Notify", enabled = true });
            await PortalApi.DetectAsync(browser.Portal, iccid, TestIds.Imei(TestIds.TacB, Random.Shared.Next(1, 999_999)));
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/sims/" + iccid);
        await Assertions.Expect(page.Locator("#sim-iccid")).ToHaveTextAsync(iccid);
        var customer = page.Locator("#sim-card dd", new() { HasText = Acme });
        await Assertions.Expect(customer).ToHaveTextAsync(Acme);

        // The facts, and the cells of a table (MudTable) and of a simple table, whose own typography would win over "mono".
        await Assertions.Expect(page.Locator("#sim-notifications td.mono").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]{15}$"));
        var identifiers = new[]
        {
            page.Locator("#sim-iccid"), page.Locator("#sim-imei"), page.Locator("#sim-imei-lock"),
            page.Locator("#detections-grid td.mono").First, page.Locator("#sim-notifications td.mono").First,
        };
        foreach (var identifier in identifiers)
        {
            Assert.Contains("monospace", await FontFamilyAsync(identifier), StringComparison.Ordinal);
        }

        foreach (var name in new[] { customer, page.Locator("#header-tenant-name") })
        {
            Assert.DoesNotContain("monospace", await FontFamilyAsync(name), StringComparison.Ordinal);
        }

        var note = await page.Locator("#data-only-note").EvaluateAsync<JsonElement>("""
            n => {
                const style = getComputedStyle(n);
                return { tag: n.tagName, inAlert: n.closest('.mud-alert, [role=alert]') !== null, background: style.backgroundColor,
                    border: style.borderTopWidth, height: n.getBoundingClientRect().height, fontSize: parseFloat(style.fontSize),
                    bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize) };
            }
            """);
        Assert.Equal("P", note.GetProperty("tag").GetString());
        Assert.False(note.GetProperty("inAlert").GetBoolean(), "the note is an alert");
        Assert.Equal("rgba(0, 0, 0, 0)", note.GetProperty("background").GetString());
        Assert.Equal("0px", note.GetProperty("border").GetString());
        // A line or two of small text beside the facts (it wraps in a half-width card), not a block.
        Assert.True(note.GetProperty("height").GetDouble() < 48, $"the note is {note.GetProperty("height").GetDouble()} px high: more than two lines");
        Assert.True(note.GetProperty("fontSize").GetDouble() <= note.GetProperty("bodyFontSize").GetDouble(), "the note's text is larger than the page's");
        await page.Locator("#imei-card").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sim-imei-card-fonts.png") });

        await BrowserFixture.GoToAsync(page, "/sims?search=" + iccid);
        var row = page.Locator("#sims-grid tbody tr", new() { HasText = iccid });
        await Assertions.Expect(row.Locator(".sim-customer")).ToHaveTextAsync(Acme);
        Assert.Contains("monospace", await FontFamilyAsync(row.Locator("a.sim-link")), StringComparison.Ordinal);
        Assert.Contains("monospace", await FontFamilyAsync(row.Locator("td.mono").First), StringComparison.Ordinal);
        Assert.DoesNotContain("monospace", await FontFamilyAsync(row.Locator(".sim-customer")), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "sims-fonts");
    }

    /// <summary>Waits until the list is sorted by <paramref name="sort"/> in its URL and shows the rows GET /api/sims gives for that sort, in that order.</summary>
    private static async Task<IReadOnlyList<JsonElement>> ExpectSortedAsync(IPage page, HttpClient api, string sort)
    {
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("sort=" + sort, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var expected = (await api.GetFromJsonAsync<JsonElement>($"/api/sims?sort={Uri.EscapeDataString(sort)}&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        await Assertions.Expect(page.Locator("#sims-grid a.sim-link")).ToHaveTextAsync([.. expected.Select(s => s.GetProperty("iccid").GetString()!)]);
        return expected;
    }

    private static async Task<IReadOnlyList<string>> FontWeightsAsync(ILocator rows) =>
        await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => getComputedStyle(r.querySelector('td:nth-child(5)')).fontWeight)");

    private static Task<string> FontFamilyAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
}
