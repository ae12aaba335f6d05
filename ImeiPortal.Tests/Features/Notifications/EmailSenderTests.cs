using System.Net;
using System.Net.Sockets;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Tests.TestSupport;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Features.Notifications;

public sealed class EmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-mail", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Send_WithSmtpHost_DeliversOverSmtp()
    {
        await using var server = new SmtpReceiver();
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SecureSocketOptions.None, From = "portal@example.test" });

        await sender.SendAsync("noc@example.test", "IMEI lock alarm: SIM 8944", "Seen in another device.", CancellationToken.None);

        var (to, data) = Assert.Single(server.Messages);
        Assert.Equal(["noc@example.test"], to);
        Assert.Contains("Subject: IMEI lock alarm: SIM 8944", data, StringComparison.Ordinal);
        Assert.Contains("From: portal@example.test", data, StringComparison.Ordinal);
        Assert.Contains("Seen in another device.", data, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task Send_WithoutHost_WritesAnEmlToThePickupFolder()
    {
        var sender = Sender(new SmtpOptions { PickupDirectory = _folder });

        await sender.SendAsync("noc@example.test", "Usage alarm", "Over the threshold.", CancellationToken.None);

        // Only the finished mail is left: it was written under another name and renamed, so no reader sees half of it.
        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(_folder)));
        Assert.EndsWith(".eml", Directory.GetFiles(_folder)[0], StringComparison.Ordinal);
        Assert.Contains("To: noc@example.test", mail, StringComparison.Ordinal);
        Assert.Contains("Subject: Usage alarm", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerNotListening_ThrowsEmailNotSent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = closedPort, Security = SecureSocketOptions.None, TimeoutSeconds = 5 });

        await Assert.ThrowsAsync<EmailNotSentException>(() => sender.SendAsync("noc@example.test", "s", "b", CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static EmailSender Sender(SmtpOptions options) => new(Options.Create(options), new Environment());

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "ImeiPortal";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
