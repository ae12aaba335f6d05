using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>ImeiPortal.Tools console --url U --email E --password P --pid PID [--pages 50] [--rounds 20] [--path /sims]
/// [--hold 0]</c>: the console in Debian's Chromium against a running portal (issue 14's two measurements). It times the
/// SIM list's IMEI status filter from choosing the option to the new rows on screen, and opens <c>pages</c> signed-in
/// pages at <c>path</c> (the SIM list unless told) at once to read the server's resident memory growth per circuit from
/// /proc. Prints one JSON object; bench/bench.py reports it.
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
        // Another page's circuits can be measured the same way (the dashboard, a SIM page), to compare with the list.
        var path = values.GetValueOrDefault("path", "/sims");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        var signedIn = await SignInAsync(browser, url, values["email"], values["password"]);
        var filter = await FilterLatencyAsync(browser, url, signedIn, rounds);
        var memory = await MemoryPerCircuitAsync(browser, url, signedIn, pid, pages, hold, path);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            filterMs = filter, beforeKb = memory.BeforeKb, afterKb = memory.AfterKb, afterSecondKb = memory.AfterSecondKb, pages = memory.Pages,
        }));
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

    /// <summary>A signed-in page of its own browser context, once its circuit is live (and, on the SIM list, its rows shown).</summary>
    private static async Task<IPage> OpenPageAsync(IBrowser browser, Uri url, string signedIn, string path = "/sims")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = url.ToString(), StorageState = signedIn, ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#circuit-ready", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        if (path == "/sims")
        {
            await page.WaitForSelectorAsync("#sims-grid a.sim-link");
        }
        return page;
    }

    /// <summary>Milliseconds from choosing an IMEI status in the filter to every row on screen showing it, per round.</summary>
    private static async Task<List<double>> FilterLatencyAsync(IBrowser browser, Uri url, string signedIn, int rounds)
    {
        var page = await OpenPageAsync(browser, url, signedIn);
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

    /// <summary>
    /// Resident memory before, with <c>Pages</c> pages open, and with <c>Pages</c> more open beside them: the first
    /// growth includes what a server does once under load (tiered JIT of the hot paths, pools reaching their size), the
    /// second is what one more circuit costs a warm server.
    /// </summary>
    private sealed record Memory(long BeforeKb, long AfterKb, long AfterSecondKb, int Pages);

    private static async Task<Memory> MemoryPerCircuitAsync(IBrowser browser, Uri url, string signedIn, int pid, int count, int hold, string path)
    {
        // One page first, so what the first circuit loads once (components, compiled queries) is not counted per circuit.
        var warm = await OpenPageAsync(browser, url, signedIn, path);
        await Task.Delay(3_000);
        var before = ResidentKb(pid);
        var open = new List<IPage>();
        async Task<long> OpenAsync()
        {
            for (var i = 0; i < count; i++)
            {
                open.Add(await OpenPageAsync(browser, url, signedIn, path));
            }

            await Task.Delay(5_000);
            return ResidentKb(pid);
        }

        var after = await OpenAsync();
        var afterSecond = await OpenAsync();
        Console.Error.WriteLine($"{open.Count} pages open; closing them in {hold} s");
        await Task.Delay(TimeSpan.FromSeconds(hold));
        foreach (var page in open.Append(warm))
        {
            await page.Context.CloseAsync();
        }

        return new Memory(before, after, afterSecond, count);
    }

    private static long ResidentKb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).First();
}
