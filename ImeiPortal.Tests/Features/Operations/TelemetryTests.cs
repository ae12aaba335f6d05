using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ImeiPortal.Tests.Features.Operations;

/// <summary>Traces and OpenTelemetry metrics exist only for a collector: without one nobody reads them and they cost every request.</summary>
public sealed class TelemetryTests(PortalFactory fixture) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Telemetry_NoCollectorConfigured_RecordsNothing()
    {
        Assert.Null(fixture.Services.GetService<TracerProvider>());
        Assert.Null(fixture.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Telemetry_CollectorConfigured_TracesAndMetersForIt()
    {
        // Nothing listens on port 9 of loopback: the exporter's attempts fail quietly, and nothing leaves the machine.
        await using var app = new ConfiguredPortalFactory(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" });
        using var client = app.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }
}
