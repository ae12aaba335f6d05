using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// PostgreSQL's full disk (SQLSTATE 53100 from the server, raised here as it arrives: from the command a save runs)
/// answers the same 503 "store full" problem as SQLite's (<see cref="StoreFullTests"/>) and is logged once with the cause.
/// </summary>
public sealed class PostgreSqlStoreFullTests(PostgreSqlStoreFullTests.Fixture factory) : TenantTests<PostgreSqlStoreFullTests.Fixture>(factory)
{
    public sealed class Fixture : PortalFactory
    {
        public FullDisk Disk { get; } = new();

        public StoreFullTests.LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureTestServices(services => services.ConfigureDbContext<PostgreSqlPortalDbContext>(o => o.AddInterceptors(Disk)));
        }
    }

    /// <summary>While <see cref="Full"/>, a save inserting SIMs fails as the server fails it when it cannot extend a file.</summary>
    public sealed class FullDisk : DbCommandInterceptor
    {
        private volatile bool _full;

        public bool Full { get => _full; set => _full = value; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Full && command.CommandText.Contains("INSERT INTO \"Sims\"", StringComparison.Ordinal)
                ? throw new PostgresException("could not extend file \"base/16384/16385\": No space left on device", "ERROR", "ERROR", PostgresErrorCodes.DiskFull)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    [PostgreSqlOnlyFact]
    public async Task CreateSims_DiskFull_Returns503StoreFullAndLogsTheCause()
    {
        var admin = await Factory.ClientAsAsync(PortalFactory.AdminEmail);
        Factory.Logs.Entries.Clear();
        Factory.Disk.Full = true;
        HttpResponseMessage response;
        try
        {
            response = await admin.PostAsJsonAsync("/api/sims/bulk", Enumerable.Range(0, 50).Select(_ => new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id }).ToArray());
        }
        finally
        {
            Factory.Disk.Full = false;
        }

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Store full", problem.GetProperty("title").GetString());
        Assert.Contains("full", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        var logged = Assert.Single(Factory.Logs.Entries, e => e.Level >= LogLevel.Error && e.Category.Contains("ImeiPortal", StringComparison.Ordinal));
        Assert.Contains("53100", logged.Text, StringComparison.Ordinal);
        // Space again: the portal writes as before.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sims", new { iccid = EngineData.NewIccid(), partnerId = T.PartnerA.Id })).StatusCode);
    }
}
