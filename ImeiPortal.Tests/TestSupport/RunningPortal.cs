using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The real portal as a separate process on a loopback port, with demo data on a fresh database:
/// what a browser test drives. Started once per test collection.
/// </summary>
public sealed class RunningPortal : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-browser", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly List<string> _log = [];

    public string BaseUrl { get; private set; } = "";

    public const string DemoPassword = "Demo!2026";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(AppExecutable())
        {
            ArgumentList = { "--urls", BaseUrl },
            WorkingDirectory = Path.GetDirectoryName(AppExecutable())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")}";
        start.Environment["Seed__AdminEmail"] = "admin@demo.imeiportal.test";
        start.Environment["Seed__AdminPassword"] = DemoPassword;
        start.Environment["Seed__Demo"] = "true";
        start.Environment["Seed__DemoSims"] = "400";
        start.Environment["Provisioning__DelaySeconds"] = "0";
        start.Environment["Network__ApiKey"] = PortalFactory.NetworkKey;
        start.Environment["Smtp__PickupDirectory"] = Path.Combine(_folder, "mail");
        _process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the portal.");
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

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>The app's own self-contained build, next to this test build (same configuration).</summary>
    private static string AppExecutable()
    {
        var testBin = AppContext.BaseDirectory; // .../ImeiPortal.Tests/bin/<Config>/net9.0/linux-x64/
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ImeiPortal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Cannot find the repository root from " + testBin);
        }

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
