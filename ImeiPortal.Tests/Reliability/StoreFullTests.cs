using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Data;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImeiPortal.Tests.Reliability;

/// <summary>A full disk, simulated by capping the database at its current size: writes answer 503 and the log names the cause.</summary>
public sealed class StoreFullTests(StoreFullTests.Fixture factory) : TenantTests<StoreFullTests.Fixture>(factory)
{
    public sealed class Fixture : PortalFactory
    {
        public DiskCap Cap { get; } = new();

        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureTestServices(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(Cap)));
        }
    }

    /// <summary>While on, every connection may not grow the file: SQLite then fails writes with SQLITE_FULL, as on a full disk.</summary>
    public sealed class DiskCap : DbConnectionInterceptor
    {
        private volatile bool _full;

        public bool Full { get => _full; set => _full = value; }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            // The cap cannot go below the current size, so 1 means "no larger than now"; a large value lifts it.
            command.CommandText = Full ? "PRAGMA max_page_count = 1;" : "PRAGMA max_page_count = 1073741823;";
            command.ExecuteNonQuery();
        }
    }

    public sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : " | " + exception)));
        }
    }

    [SqliteOnlyTheory("the disk is filled through SQLite's max_page_count; PostgreSQL's full disk is a server matter")]
    [InlineData("sims")]
    [InlineData("detections")]
    public async Task Write_DiskFull_Returns503StoreFullAndLogsTheCause(string write)
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        var sim = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        Factory.Logs.Entries.Clear();
        Factory.Cap.Full = true;
        HttpResponseMessage response;
        try
        {
            response = write == "sims"
                ? await admin.PostAsJsonAsync("/api/sims/bulk", Enumerable.Range(0, 3000).Select(_ => new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id }).ToArray())
                : await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections",
                    Enumerable.Range(0, 5000).Select(i => EngineData.Detection(sim, null, DateTime.UtcNow.AddHours(-1).AddSeconds(i))).ToArray());
        }
        finally
        {
            Factory.Cap.Full = false;
        }

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("full", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        var errors = Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Category.Contains("ImeiPortal", StringComparison.Ordinal)).ToList();
        var logged = Assert.Single(errors);
        Assert.Contains("full", logged.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Factory.Logs.Entries, e => e.Level >= LogLevel.Error && e.Text.Contains("cannot rollback", StringComparison.OrdinalIgnoreCase));
        // Space again: the portal writes as before.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sims", new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id })).StatusCode);
    }
}
