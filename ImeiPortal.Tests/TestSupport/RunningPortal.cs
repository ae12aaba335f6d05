using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The real portal as a separate process on a loopback port, with demo data on a fresh database:
/// what a browser test drives. Started once per test collection.
/// </summary>
/// <param name="environment">Settings beside the defaults below, as environment variables.</param>
/// <param name="sharedDatabase">
/// A store another process serves too (several instances on one PostgreSQL database): this one neither makes nor drops
/// it. They may start at once (the store's startup lock lets one migrate and seed at a time).
/// </param>
public sealed class RunningPortal(IDictionary<string, string?>? environment = null, TestDatabase? sharedDatabase = null) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-browser", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly List<string> _log = [];

    public RunningPortal()
        : this(null, null)
    {
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The portal's store (see <see cref="TestDatabase"/>), made by <see cref="InitializeAsync"/>.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The SQLite file, for tests that read it beside the app (SQLite runs only).</summary>
    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>Where the portal writes its mail (the pickup folder), for tests that follow a mailed link.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    public const string DemoPassword = "Demo!2026-portal";

    /// <summary>
    /// The process id of the current (or last) start: part of the lease owner the instance writes on the orders and
    /// deliveries it claims (<c>ImeiPortal.Data.PortalInstance</c>: host, process, GUID).
    /// </summary>
    public int ProcessId { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Database = sharedDatabase ?? TestDatabase.Create(_folder);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        await StartAsync();
    }

    /// <summary>Ends the process at once, as a crash or kill -9 would: no shutdown hooks run.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the app again on the same database and port.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var start = new ProcessStartInfo(AppExecutable())
        {
            ArgumentList = { "--urls", BaseUrl },
            WorkingDirectory = Path.GetDirectoryName(AppExecutable())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Times on every line, to set the log beside a failed test's own times.
        start.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__UseUtcTimestamp"] = "true";
        foreach (var (key, value) in Database.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Seed__AdminEmail"] = "admin@demo.imeiportal.test";
        start.Environment["Seed__AdminPassword"] = DemoPassword;
        start.Environment["Seed__Demo"] = "true";
        start.Environment["Seed__DemoSims"] = "400";
        start.Environment["Provisioning__DelaySeconds"] = "0";
        start.Environment["Network__ApiKey"] = PortalFactory.NetworkKey;
        start.Environment["Smtp__PickupDirectory"] = MailFolder;
        // Every browser and API sign-in of the suite comes from 127.0.0.1, one rate-limit bucket: at the default 30 a
        // minute a fast run would be throttled and its sign-ins would stay on the form. Tests that prove the limit set
        // their own.
        start.Environment["RateLimiting__LoginPerMinute"] = "10000";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the portal.");
        ProcessId = _process.Id;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (_log) { _log.Add(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (_log) { _log.Add(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The portal exited at start:\n" + Log);
            }

            try
            {
                var response = await http.GetAsync(BaseUrl + "/Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not start within 90 s:\n" + Log);
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(60));
            }
        }
    }

    /// <summary>Everything the process wrote to its console so far, across restarts (what a kill -9 left unflushed is lost).</summary>
    public IReadOnlyList<string> LogLines
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public async Task DisposeAsync()
    {
        await KillAsync();
        await KeepLogAsync();
        if (sharedDatabase is null)
        {
            Database?.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>
    /// Where each portal's whole log is kept after its collection ends: scripts/test prints the warnings and errors of
    /// these when a test failed, since a browser test's timeout alone does not say what the portal was doing.
    /// </summary>
    public static string LogFolder => Path.Combine(AppContext.BaseDirectory, "portal-logs");

    private async Task KeepLogAsync()
    {
        Directory.CreateDirectory(LogFolder);
        var name = FormattableString.Invariant($"portal-{DateTime.UtcNow:HHmmss}-{new Uri(BaseUrl).Port}.log");
        await File.WriteAllLinesAsync(Path.Combine(LogFolder, name), LogLines);
    }

    /// <summary>The app's own self-contained build, next to this test build (same configuration).</summary>
    public static string AppExecutable()
    {
        var testBin = AppContext.BaseDirectory; // .../ImeiPortal.Tests/bin/<Config>/net10.0/
        var root = RepositoryRoot.Find();
        var relative = Path.GetRelativePath(Path.Combine(root.FullName, "ImeiPortal.Tests"), testBin);
        var app = Path.Combine(root.FullName, "ImeiPortal", relative, "ImeiPortal");
        return File.Exists(app) ? app : throw new FileNotFoundException("Build the app first; not found: " + app);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
