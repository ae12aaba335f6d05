namespace ImeiPortal.Tools;

/// <summary>
/// The portal's command-line tools, outside the web app: `generate` fills a database for benchmarks, `simulate`
/// feeds a running portal like a network would, `load` drives API clients and the feed against one,
/// `console` measures the SIM list page in Chromium against one.
/// (Not top-level statements: the tests reference both this and the web app, whose entry point is `Program`.)
/// </summary>
internal static class Tools
{
    public static async Task<int> Main(string[] args)
    {
        if (!await DataGenerator.TryRunAsync(args) && !await NetworkSimulator.TryRunAsync(args) && !await LoadDriver.TryRunAsync(args)
            && !await ConsoleBench.TryRunAsync(args))
        {
            await Console.Error.WriteLineAsync("usage: ImeiPortal.Tools generate|simulate|load|console [options]  (see README.md)");
            return 2;
        }

        return Environment.ExitCode;
    }
}
