using System.Net;
using System.Text.RegularExpressions;
using ImeiPortal.Features.Operations;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ImeiPortal.Tests.Features.Operations;

public sealed partial class OperationsApiTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_AnswersStatusOnly(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Status only: nothing about the database or the workers reaches an anonymous caller.
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WorkersCheck_AWorkerThatCrashed_IsUnhealthy()
    {
        using var running = new Worker(Task.Delay(Timeout.Infinite));
        using var switchedOff = new Worker(Task.CompletedTask);
        using var crashed = new Worker(Task.FromException(new InvalidOperationException("crash")));
        await running.StartAsync(CancellationToken.None);
        await switchedOff.StartAsync(CancellationToken.None);
        await crashed.StartAsync(CancellationToken.None);
        // .NET 10 runs ExecuteAsync off the starting thread: wait until both loops are seen to end.
        await switchedOff.ExecuteTask!;
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashed.ExecuteTask!);

        var healthy = await new WorkersHealthCheck([running, switchedOff]).CheckHealthAsync(new HealthCheckContext());
        var unhealthy = await new WorkersHealthCheck([running, switchedOff, crashed]).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Contains(nameof(Worker), unhealthy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReference_LoadsOnlyFromThePortal()
    {
        var response = await fixture.CreateClient().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        // No script, style or font from another host: the portal must work where nothing reaches the internet.
        Assert.Empty(ExternalUrl().Matches(html));
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        // Its inline boot script runs under the portal's CSP by the per-request nonce, and nothing else inline does.
        var nonce = Nonce().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*nonce=\"([^\"]+)\"")]
    private static partial Regex Nonce();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    private sealed class Worker(Task loop) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => loop;
    }
}
