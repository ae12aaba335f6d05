using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>ImeiPortal.Tools console --url U --email E --password P --pid PID [--pages 50] [--rounds 20]</c>: the console in
/// Debian's Chromium against a running portal (issue 14's two measurements). It times the SIM list's IMEI status filter
/// from choosing the option to the new rows on screen, and opens <c>pages</c> signed-in SIM lists at once to read the
/// server's resident memory growth per circuit from /proc. Prints one JSON object; bench/bench.py reports it.
/// </summary>
public static class ConsoleBench
{
    public const string Command = "console";
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Statuses = ["Locked", "Differed", "Armed", "Neutral"];

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != Command)
        {
            return false;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var url = new Uri(values["url"]);
        if (!url.IsLoopback)
        {
            throw new ArgumentException("The console bench talks to loopback only.");
        }

        var pages = int.Parse(values.GetValueOrDefault("pages", "50"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(values.GetValueOrDefault("rounds", "20"), CultureInfo.InvariantCulture);
        var pid = int.Parse(values["pid"], CultureInfo.InvariantCulture);
        // Seconds the open lists stay open after the reading (to look at the server meanwhile, e.g. with dotnet-gcdump).
        var hold = int.Parse(values.GetValueOrDefault("hold", "0"), CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        var signedIn = await SignInAsync(browser, url, values["email"], values["password"]);
        var filter = await FilterLatencyAsync(browser, url, signedIn, rounds);
        var memory = await MemoryPerCircuitAsync(browser, url, signedIn, pid, pages, hold);
        Console.WriteLine(JsonSerializer.Serialize(new { filterMs = filter, beforeKb = memory.BeforeKb, afterKb = memory.AfterKb, pages = memory.Pages }));
        return true;
    }

    /// <summary>Signs in through the login page once; every later page reuses its cookies.</summary>
    private static async Task<string> SignInAsync(IBrowser browser, Uri url, string email, string password)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#circuit-ready", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return await context.StorageStateAsync();
    }

    private static async Task<IPage> OpenSimListAsync(IBrowser browser, Uri url, string signedIn)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = url.ToString(), StorageState = signedIn, ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/sims");
        await page.WaitForSelectorAsync("#circuit-ready", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync("#sims-grid a.sim-link");
        return page;
    }

    /// <summary>Milliseconds from choosing an IMEI status in the filter to every row on screen showing it, per round.</summary>
    private static async Task<List<double>> FilterLatencyAsync(IBrowser browser, Uri url, string signedIn, int rounds)
    {
        var page = await OpenSimListAsync(browser, url, signedIn);
        var timings = new List<double>();
        for (var round = 0; round < rounds + 2; round++)
        {
            var status = Statuses[round % Statuses.Length];
            // The select's own box: once it holds a value its input is no longer the visible part.
            await page.Locator("#sim-imei-status").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
            var option = page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = status });
            await option.WaitForAsync();
            var watch = Stopwatch.StartNew();
            await option.ClickAsync();
            await page.WaitForFunctionAsync(
                "s => { const b = [...document.querySelectorAll('#sims-grid .imei-status')]; return b.length > 0 && b.every(x => x.textContent.trim() === s); }",
                status, new PageWaitForFunctionOptions { PollingInterval = 5 });
            watch.Stop();
            // The first two rounds warm the circuit and the database's pages; they are not counted.
            if (round >= 2)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        await page.Context.CloseAsync();
        return timings;
    }

    private sealed record Memory(long BeforeKb, long AfterKb, int Pages);

    /// <summary>The server's resident memory before and with <paramref name="count"/> SIM lists open at once.</summary>
    private static async Task<Memory> MemoryPerCircuitAsync(IBrowser browser, Uri url, string signedIn, int pid, int count, int hold)
    {
        // One list first, so what the first circuit loads once (components, compiled queries) is not counted per circuit.
        var warm = await OpenSimListAsync(browser, url, signedIn);
        await Task.Delay(3_000);
        var before = ResidentKb(pid);
        var open = new List<IPage>();
        for (var i = 0; i < count; i++)
        {
            open.Add(await OpenSimListAsync(browser, url, signedIn));
        }

        await Task.Delay(5_000);
        var after = ResidentKb(pid);
        Console.Error.WriteLine($"{count} lists open; closing them in {hold} s");
        await Task.Delay(TimeSpan.FromSeconds(hold));
        foreach (var page in open.Append(warm))
        {
            await page.Context.CloseAsync();
        }

        return new Memory(before, after, count);
    }

    private static long ResidentKb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).First();
}
