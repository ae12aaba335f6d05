using ImeiPortal.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scalar.AspNetCore;

namespace ImeiPortal.Features.Operations;

/// <summary>Health endpoints, OpenTelemetry and the API reference: what an operator runs the portal with.</summary>
public static class OperationsApi
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddPortalOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PortalMetrics>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<WorkersHealthCheck>("workers", tags: [ReadyTag]);

        // The standard OpenTelemetry variable decides: with no collector configured there is nobody to read traces or
        // metrics, so none are recorded (an activity per request and per EF command cost the feed and the SIM list
        // measurably), nothing is exported, and the portal never calls out on its own.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("ImeiPortal"))
                .WithMetrics(m => m
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(PortalMetrics.MeterName))
                .WithTracing(t => t
                    .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation())
                .UseOtlpExporter();
        }

        return builder;
    }

    public static void MapPortalOperationsApi(this WebApplication app)
    {
        // Anonymous and terse: a load balancer needs the status, an outsider learns nothing else.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();

        // The reference loads its script from the portal itself. What would call out is off: the default fonts, the
        // AI agent, MCP, telemetry and the hosted SDK/deploy tools.
        app.MapScalarApiReference("/scalar", o => o
            .WithTitle("ImeiPortal API")
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideDeveloperTools()
            // Its page boots from an inline script: a fresh nonce per request lets the portal's CSP allow exactly that.
            .WithNonce());
    }

    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(report.Status.ToString());
    }
}
