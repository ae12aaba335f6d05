using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImeiPortal.Tests.Api;

public sealed class ProblemLoggingTests(ProblemLoggingTests.Fixture fixture) : IClassFixture<ProblemLoggingTests.Fixture>
{
    /// <summary>The app with its log captured and one route that fails the way a bug would.</summary>
    public sealed class Fixture : PortalFactory
    {
        public const string FaultPath = "/api/test-fault";

        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FaultRoute>());
        }

        // Added after the app's own pipeline, so it runs inside the app's exception handling like an endpoint would.
        private sealed class FaultRoute : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FaultPath
                    ? throw new InvalidOperationException("A bug, not a refusal.")
                    : rest(context));
            };
        }
    }

    private IEnumerable<CapturedLogs.Entry> Errors => fixture.Logs.Entries.Where(e => e.Level >= LogLevel.Error);

    [Fact]
    public async Task ExpectedRefusals_404_400_409_LogNoErrorAndNoException()
    {
        var t = await SharedTenants.OfAsync(fixture);
        var iccid = await EngineData.CreateSimAsync(fixture, t.PartnerA.Id);
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        fixture.Logs.Clear();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/customers/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/customers?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Suspend" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/partners", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        Assert.Empty(Errors);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Exception is not null);
        // Still visible to whoever looks at the log, at Information and without a stack trace.
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("409", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheftAndSimList_LogNoWarningFromTheStore()
    {
        // The risk score asks "has the customer more SIMs of this model than the batch holds", and a capped count
        // "how many, up to N": limits without an order by design, which EF warned of on every new query.
        var t = await SharedTenants.OfAsync(fixture);
        var iccid = await EngineData.CreateActiveSimAsync(fixture, t.PartnerA.Id, t.CustomerA1.Id, enableImeiLock: true);
        var network = fixture.NetworkClient();
        fixture.Logs.Clear();

        foreach (var (imei, minutesAgo) in new[] { (EngineData.NewImei("35209900"), 2), (EngineData.NewImei("86893704"), 1) })
        {
            var seen = await network.PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, imei, DateTime.UtcNow.AddMinutes(-minutesAgo)) });
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        }

        Assert.Equal(ImeiPortal.Domain.Sims.ImeiStatus.Differed, (await EngineData.GetSimAsync(fixture, iccid)).ImeiStatus);
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sims?imeiStatus=Differed&pageSize=5")).StatusCode);

        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RealFault_Returns500AndLogsOneError()
    {
        var client = await fixture.ClientAsAsync(PortalFactory.AdminEmail);
        fixture.Logs.Clear();

        var response = await client.GetAsync(Fixture.FaultPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single(Errors);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }
}
