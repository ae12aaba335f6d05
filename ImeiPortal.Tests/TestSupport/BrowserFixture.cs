using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// Debian's Chromium driven by Playwright against <see cref="RunningPortal"/>. Playwright's own browser
/// download cannot run here; scripts/test installs /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public RunningPortal Portal { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test, which installs Debian's chromium.");
        }

        await Portal.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    // What each page logged to its console, and which portal it talks to (for failure messages).
    private static readonly ConditionalWeakTable<IPage, List<string>> Consoles = [];
    private static readonly ConditionalWeakTable<IPage, RunningPortal> Portals = [];

    /// <param name="timezoneId">The browser's time zone (IANA id); the machine's when null.</param>
    /// <param name="portal">Another portal than the collection's (one started with other settings); the collection's when null.</param>
    public async Task<IPage> NewPageAsync(string? timezoneId = null, RunningPortal? portal = null)
    {
        portal ??= Portal;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl, ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, TimezoneId = timezoneId });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var console = Consoles.GetValue(page, _ => []);
        page.Console += (_, message) => { lock (console) { console.Add($"{message.Type}: {message.Text}"); } };
        page.PageError += (_, error) => { lock (console) { console.Add("pageerror: " + error); } };
        Portals.AddOrUpdate(page, portal);
        return page;
    }

    /// <summary>Everything the page wrote to the browser console so far (CSP violations land here).</summary>
    public static IReadOnlyList<string> ConsoleMessages(IPage page)
    {
        var console = Consoles.GetValue(page, _ => []);
        lock (console)
        {
            return [.. console];
        }
    }

    /// <summary>
    /// How long one sign-in may take. A sign-in is a password hash, a journal write, a redirect and the dashboard's first
    /// render and circuit: seconds on a loaded shared machine, where the 30 s default for single steps was once too short.
    /// </summary>
    public static readonly TimeSpan SignInTimeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Signs in through the real form and waits for the interactive dashboard: first for the answer to the form's
    /// post (not a fixed time), then for the page it redirects to. Retries only what is known to pass: the portal
    /// answering 429 or 5xx. A refusal (the form shown again with its error) fails at once with that error.
    /// </summary>
    public static async Task SignInAsync(IPage page, string email, string password = RunningPortal.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        const int attempts = 3;
        var timeout = (float)SignInTimeout.TotalMilliseconds;
        for (var attempt = 1; ; attempt++)
        {
            var started = DateTime.UtcNow;
            IResponse post;
            try
            {
                await page.GotoAsync("/Account/Login", new PageGotoOptions { Timeout = timeout });
                await page.FillAsync("#email", email);
                await page.FillAsync("#password", password);
                post = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#sign-in"),
                    r => r.Request.Method == "POST" && r.Url.Contains("/Account/Login", StringComparison.Ordinal),
                    new PageRunAndWaitForResponseOptions { Timeout = timeout });
            }
            catch (TimeoutException e)
            {
                throw new InvalidOperationException(await DescribeAsync(page, $"Sign-in as {email}: no answer to the form within {SignInTimeout} (started {started:HH:mm:ss}): {e.Message}"), e);
            }

            if (post.Status is 429 or >= 500 && attempt < attempts)
            {
                // Throttled or a passing fault (e.g. the store busy): the portal will answer the same form later.
                await Task.Delay(TimeSpan.FromSeconds(2 * attempt));
                continue;
            }

            if (post.Status is not (301 or 302 or 303))
            {
                throw new InvalidOperationException(await DescribeAsync(page, $"Sign-in as {email} answered {post.Status} instead of a redirect (attempt {attempt})"));
            }

            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal),
                    new PageWaitForURLOptions { Timeout = timeout, WaitUntil = WaitUntilState.Commit });
                await WaitForCircuitAsync(page, SignInTimeout);
                // How long sign-ins take on this machine, beside the screenshots: the evidence for SignInTimeout.
                await File.AppendAllTextAsync(Path.Combine(ScreenshotFolder, "sign-in-times.txt"),
                    FormattableString.Invariant($"{started:O} {email} attempt {attempt} answered {post.Status} interactive after {(DateTime.UtcNow - started).TotalSeconds:F1} s\n"));
                return;
            }
            catch (TimeoutException e)
            {
                throw new InvalidOperationException(await DescribeAsync(page, $"Sign-in as {email} was accepted but the dashboard did not become interactive within {SignInTimeout} (started {started:HH:mm:ss}): {e.Message}"), e);
            }
        }
    }

    private static async Task<string> DescribeAsync(IPage page, string what)
    {
        var error = await page.Locator("#login-error").CountAsync() > 0 ? await page.Locator("#login-error").InnerTextAsync() : "none";
        var log = Portals.TryGetValue(page, out var portal) ? portal.Log : "(no portal)";
        return $"{what}\npage: {page.Url}\nlogin error: {error}\nconsole:\n{string.Join('\n', ConsoleMessages(page))}\napp log:\n{log}";
    }

    /// <summary>
    /// Blazor's interactive handlers exist only once the circuit is up; screenshots also wait for the
    /// theme's stylesheet, or they catch the page unstyled.
    /// </summary>
    public static Task WaitForCircuitAsync(IPage page, TimeSpan? timeout = null) =>
        page.WaitForFunctionAsync(
            "() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null && document.getElementById('circuit-ready') !== null"
            + " && [...document.styleSheets].some(s => s.href && s.href.includes('MudBlazor') && s.cssRules.length > 0)",
            null, new PageWaitForFunctionOptions { Timeout = timeout is { } t ? (float)t.TotalMilliseconds : null });

    /// <summary>Opens a portal page and waits until its buttons work.</summary>
    public static async Task GoToAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
    }

    /// <summary>
    /// Waits until the open dialog has finished its opening animation. A click while it still animated was lost under CI
    /// load (twice, on the unbar option); a fixed pause was not enough there, so this waits for the animations themselves.
    /// </summary>
    public static async Task WaitForDialogAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dialog = page.Locator(".mud-dialog").Last;
        await dialog.WaitForAsync();
        await dialog.EvaluateAsync("d => Promise.all([d, d.parentElement].flatMap(e => e.getAnimations({ subtree: true })).map(a => a.finished))");
    }

    /// <summary>
    /// Picks a radio option of the open dialog. Twice under CI load the option's click was lost (the help kept the default
    /// option's text) although the dialog was open; a second click is what a user does, and a second miss fails the test.
    /// </summary>
    public static async Task ChooseRadioAsync(IPage page, string radio)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(radio).ClickAsync();
            try
            {
                await Assertions.Expect(page.Locator(radio)).ToBeCheckedAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>
    /// Picks a customer in the picker with id <paramref name="id"/> as a user does: types <paramref name="typed"/>, waits
    /// for the server's matches and clicks the one named <paramref name="name"/>.
    /// </summary>
    public static async Task PickCustomerAsync(IPage page, string id, string typed, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.FillAsync($"#{id}", typed);
        // One click, as a user gives: a second answer of the server re-rendering the open list must not lose it (it did
        // once, and this helper clicked again; CustomerPicker's options now stay the same across answers).
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name }).ClickAsync();
        await Assertions.Expect(page.Locator($"#{id}")).ToHaveValueAsync(name);
    }

    /// <summary>
    /// Clicks <paramref name="target"/> until <paramref name="opens"/> is visible, at most three times. Under load a grid
    /// can re-render between Playwright finding a row's button and the click landing (a change signal reloads it), and
    /// the click is lost (CI: the customer's Edit dialog never opened). It clicks again only when nothing opened within
    /// 5 s and the button is still there, so a slow answer to a click that landed could in theory see a second click.
    /// </summary>
    public static async Task ClickUntilVisibleAsync(ILocator target, ILocator opens)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(opens);
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Assertions.Expect(opens).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // Only a lost click is retried: the button is still there and nothing opened.
                if (!await target.IsVisibleAsync())
                {
                    throw;
                }
            }
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
