using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Features.Demo;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AlarmPagesTests(BrowserFixture browser)
{
    private const string PartnerAdmin = "partner.admin@northwind.test";

    [Fact]
    public async Task AlarmEditor_ImeiStatusChangeAlarm_IsCreatedAndListed()
    {
        var name = "Theft watch " + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/alarms");
        await page.ClickAsync("#new-alarm");
        await Assertions.Expect(page.Locator("#type-ImeiStatusChange")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "alarm-choose-type");

        await page.ClickAsync("#type-ImeiStatusChange");
        await page.FillAsync("#alarm-name", name);
        await page.CheckAsync("#action-Bar");
        await page.FillAsync("#alarm-emails", "security@northwind.test");
        await page.FillAsync("#alarm-webhook", "https://hooks.northwind.test/imei");
        await Assertions.Expect(page.Locator(".choice-option.selected")).ToContainTextAsync("Bar the SIM");
        await BrowserFixture.ScreenshotAsync(page, "alarm-editor-imei");
        // Commit the last field's change before saving (the text boxes bind on change).
        await page.Locator("#alarm-webhook").PressAsync("Tab");
        await page.ClickAsync("#save-alarm");

        // Saved: the list opens. Refused: say why instead of timing out.
        var refusal = page.Locator(".mud-snackbar").Filter(new() { HasText = "check" });
        await page.WaitForFunctionAsync("() => location.pathname === '/alarms' || document.querySelector('.mud-snackbar') !== null");
        Assert.False(await refusal.CountAsync() > 0, "Saving was refused: " + string.Join(" | ", await page.Locator(".mud-snackbar").AllInnerTextsAsync()));
        // An alarm with a webhook shows its signing secret once before the list opens.
        await Assertions.Expect(page.Locator("#webhook-secret-panel")).ToBeVisibleAsync();
        Assert.Equal(43, (await page.Locator("#webhook-secret").InputValueAsync()).Length);
        await Assertions.Expect(page.Locator("#copy-webhook-secret")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "alarm-webhook-secret");
        await page.ClickAsync("#webhook-secret-done");
        await page.WaitForURLAsync(url => url.EndsWith("/alarms", StringComparison.Ordinal));
        var row = page.Locator("#alarms-grid tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Bar the SIM");
        await Assertions.Expect(row).ToContainTextAsync("All SIMs (every customer)");
        await BrowserFixture.ScreenshotAsync(page, "alarms-list");
    }

    [Fact]
    public async Task AlarmEditor_RotateSecret_ConfirmsThenShowsTheNewSecretOnce()
    {
        var name = "Hook " + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/alarms/new");
        await page.ClickAsync("#type-ImeiStatusChange");
        await page.FillAsync("#alarm-name", name);
        await page.FillAsync("#alarm-webhook", "https://hooks.northwind.test/rotate");
        await page.Locator("#alarm-webhook").PressAsync("Tab");
        await page.ClickAsync("#save-alarm");
        var created = await page.Locator("#webhook-secret").InputValueAsync();
        await page.ClickAsync("#webhook-secret-done");
        await page.WaitForURLAsync(url => url.EndsWith("/alarms", StringComparison.Ordinal));
        await page.Locator("#alarms-grid a.alarm-link", new() { HasText = name }).ClickAsync();

        // Opened again, the alarm does not show its secret; a rotation asks first.
        await Assertions.Expect(page.Locator("#rotate-webhook-secret")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#webhook-secret-panel")).ToHaveCountAsync(0);
        await page.ClickAsync("#rotate-webhook-secret");
        await page.Locator(".mud-dialog button", new() { HasText = "Rotate" }).ClickAsync();

        await Assertions.Expect(page.Locator("#webhook-secret-panel")).ToBeVisibleAsync();
        var rotated = await page.Locator("#webhook-secret").InputValueAsync();
        Assert.Equal(43, rotated.Length);
        Assert.NotEqual(created, rotated);
    }

    [Fact]
    public async Task AlarmEditor_BadEmail_ShowsMessageNextToEmailField()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, "/alarms/new");
        await page.ClickAsync("#type-ImeiStatusChange");
        await page.FillAsync("#alarm-emails", "not-an-email");
        await page.ClickAsync("#save-alarm");

        var message = page.Locator(".field-error[data-field='recipients.emails']");
        await Assertions.Expect(message).ToContainTextAsync("'not-an-email' is not a valid email address.");
        Assert.Contains("/alarms/new", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "alarm-editor-bad-email");
    }

    [Fact]
    public async Task AlarmsPage_ReadOnlyUser_SeesNoCreateOrDeleteButtons()
    {
        var name = "Read-only check " + Guid.NewGuid().ToString("N")[..6];
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            await PortalApi.CreateAlarmAsync(api, new { type = "ImeiStatusChange", name, action = "Notify", enabled = true });
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner.readonly@northwind.test");
        await BrowserFixture.GoToAsync(page, "/alarms");

        await Assertions.Expect(page.Locator("#alarms-grid tr", new() { HasText = name })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#new-alarm")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".delete-alarm")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".alarm-enabled input:disabled").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "alarms-readonly");
    }

    [Fact]
    public async Task NotificationHistory_FiredUsageAlarm_OpensDetailsAndMarksRead()
    {
        // A usage alarm on a demo SIM, fired through the network's usage feed.
        var iccid = Seeder.DemoIccid(2).Value;
        int alarmId;
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var me = await PortalApi.UserIdAsync(api, PartnerAdmin);
            alarmId = await PortalApi.CreateAlarmAsync(api, new
            {
                type = "SingleSim",
                name = "Usage " + Guid.NewGuid().ToString("N")[..6],
                iccids = new[] { iccid },
                thresholdMb = 1,
                enabled = true,
                recipients = new { userIds = new[] { me } },
            });
        }

        using (var network = PortalApi.NetworkClient(browser.Portal))
        {
            var now = DateTime.UtcNow;
            var usage = await network.PostAsync("/api/network/usage", System.Net.Http.Json.JsonContent.Create(new[]
            {
                new { recordId = Guid.NewGuid().ToString("N"), iccid, start = now.AddMinutes(-10), end = now.AddMinutes(-5), bytes = 5_000_000L },
            }));
            Assert.True(usage.IsSuccessStatusCode, await usage.Content.ReadAsStringAsync());
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await Assertions.Expect(page.Locator("#unread-badge")).ToBeVisibleAsync();
        await BrowserFixture.GoToAsync(page, $"/notifications?alarmId={alarmId}");
        var row = page.Locator("#notifications-grid tr", new() { HasText = iccid });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "notifications-list");

        var unreadBefore = await page.Locator("#unread-badge").InnerTextAsync();
        await row.Locator(".open-notification").ClickAsync();
        var details = page.Locator("#notification-details");
        await Assertions.Expect(details).ToContainTextAsync(iccid);
        await Assertions.Expect(details.Locator("#deliveries-grid")).ToContainTextAsync("you (portal)");
        await BrowserFixture.WaitForDialogAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "notification-details");
        // Reading it is a portal delivery read: the badge counts one less (or disappears).
        await page.WaitForFunctionAsync("before => (document.querySelector('#unread-badge')?.textContent ?? '').trim() !== before", unreadBefore.Trim());
    }

    [Fact]
    public async Task NotificationHistory_LockedSimInAnotherDevice_ShowsImeisAndModelChange()
    {
        // Demo SIM 5 is a Northwind SIM locked to its first device; the network then sees it in another model.
        var iccid = Seeder.DemoIccid(5).Value;
        var body = "86" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var newImei = body + Luhn.CheckDigit(body);
        using (var api = await PortalApi.ClientAsAsync(browser.Portal, PartnerAdmin))
        {
            var me = await PortalApi.UserIdAsync(api, PartnerAdmin);
            await PortalApi.CreateAlarmAsync(api, new
            {
                type = "ImeiStatusChange",
                name = "Lock watch " + Guid.NewGuid().ToString("N")[..6],
                iccids = new[] { iccid },
                action = "Notify",
                enabled = true,
                recipients = new { userIds = new[] { me } },
            });
        }

        using (var network = PortalApi.NetworkClient(browser.Portal))
        {
            var detection = await network.PostAsync("/api/network/detections", System.Net.Http.Json.JsonContent.Create(new[]
            {
                new { detectionId = Guid.NewGuid().ToString("N"), iccid, imei = newImei, observedAt = DateTime.UtcNow },
            }));
            Assert.True(detection.IsSuccessStatusCode, await detection.Content.ReadAsStringAsync());
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, PartnerAdmin);
        await BrowserFixture.GoToAsync(page, $"/notifications?iccid={iccid}");
        await page.Locator("#notifications-grid tr", new() { HasText = iccid }).First.Locator(".open-notification").ClickAsync();

        var details = page.Locator("#notification-details");
        await Assertions.Expect(details.Locator("#new-imei")).ToHaveTextAsync(newImei);
        await Assertions.Expect(details.Locator("#lock-imei")).Not.ToHaveTextAsync(newImei);
        await Assertions.Expect(details.Locator("#previous-imei")).Not.ToHaveTextAsync("–");
        await Assertions.Expect(details.Locator("#tac-changed")).ToContainTextAsync("changed");
        await BrowserFixture.WaitForDialogAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "notification-imei-details");
    }
}
