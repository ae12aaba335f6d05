using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Radius;

/// <summary>Debian's FreeRADIUS with the portal's configuration, started by scripts/radius as an operator would.</summary>
public sealed class FreeRadiusServer : IAsyncDisposable
{
    public const string Secret = "radius-test-secret";

    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FreeRadiusServer(Process process, int authPort, int acctPort)
    {
        _process = process;
        AuthPort = authPort;
        AcctPort = acctPort;
    }

    public int AuthPort { get; }

    public int AcctPort { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>Starts scripts/radius (which installs the packages first if the machine lacks them) and waits until it serves.</summary>
    public static async Task<FreeRadiusServer> StartAsync(string portalUrl, string key, string? fallback = null)
    {
        var (authPort, acctPort) = (FreeUdpPort(), FreeUdpPort());
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList =
            {
                Path.Combine(RepositoryRoot.Find().FullName, "scripts", "radius"),
                "--portal", portalUrl, "--key", key, "--secret", Secret,
                "--auth-port", authPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--acct-port", acctPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--timeout", "1.0",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fallback is not null)
        {
            start.ArgumentList.Add("--fallback");
            start.ArgumentList.Add(fallback);
        }

        var server = new FreeRadiusServer(Process.Start(start) ?? throw new InvalidOperationException("Cannot start scripts/radius."), authPort, acctPort);
        server._process.OutputDataReceived += (_, e) => server.Received(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Received(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        // A fresh machine installs three Debian packages first.
        var ready = await Task.WhenAny(server._ready.Task, server._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
        if (ready != server._ready.Task)
        {
            var log = server.Log;
            await server.DisposeAsync();
            throw new InvalidOperationException("FreeRADIUS did not start:\n" + log);
        }

        return server;
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }

        if (line.Contains("Ready to process requests", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    public Task<RadiusAnswer> AccessRequestAsync(params (string Name, string Value)[] attributes) =>
        RadClient.SendAsync(AuthPort, "auth", attributes);

    public Task<RadiusAnswer> AccountingRequestAsync(params (string Name, string Value)[] attributes) =>
        RadClient.SendAsync(AcctPort, "acct", attributes);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, so the script stops its server and removes its temporary configuration.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static int FreeUdpPort()
    {
        using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }
}

/// <summary>What radclient received: the packet type (null: no answer) and the Reply-Message.</summary>
public sealed record RadiusAnswer(string? PacketType, string? ReplyMessage, string Output);

/// <summary>Debian's radclient (freeradius-utils) as the network: one request, its answer.</summary>
public static partial class RadClient
{
    public static async Task<RadiusAnswer> SendAsync(int port, string command, IReadOnlyList<(string Name, string Value)> attributes)
    {
        var start = new ProcessStartInfo("radclient")
        {
            ArgumentList = { "-x", "-t", "3", "-r", "1", $"127.0.0.1:{port}", command, FreeRadiusServer.Secret },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start radclient.");
        foreach (var (name, value) in attributes)
        {
            // radclient's own syntax; octal escapes (\123) in a value stand for raw octets.
            await process.StandardInput.WriteLineAsync($"{name} = \"{value}\"");
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        var received = ReceivedPattern().Match(text);
        var reply = ReplyMessagePattern().Match(text);
        return new RadiusAnswer(received.Success ? received.Groups[1].Value : null, reply.Success ? reply.Groups[1].Value : null, text);
    }

    [GeneratedRegex(@"Received (\S+) Id")]
    private static partial Regex ReceivedPattern();

    [GeneratedRegex("Reply-Message = \"(.*)\"")]
    private static partial Regex ReplyMessagePattern();
}
