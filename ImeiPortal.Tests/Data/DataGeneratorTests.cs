using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using ImeiPortal.Tools;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// scripts/generate-data (bench/run, bench/radius) writes rows by hand, beside the migrations: a column the model adds
/// without a default breaks it, and then every benchmark on a fresh clone. Runs on the provider of the test run (the
/// PostgreSQL pass covers its COPY path).
/// </summary>
public sealed class DataGeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"imeiportal-generate-{Guid.NewGuid():N}");
    private readonly TestDatabase _database;

    public DataGeneratorTests() => _database = TestDatabase.Create(_folder);

    [Fact]
    public async Task GenerateAsync_SmallFleet_WritesEveryTableTheAppReads()
    {
        var target = TestDatabase.IsPostgreSql ? ["--postgres", _database.ConnectionString] : new[] { "--db", Path.Combine(_folder, "portal.db") };
        await DataGenerator.GenerateAsync(DataGenerator.Options.Parse(["generate", .. target, "--sims", "2000"]), TextWriter.Null);

        await using var db = _database.OpenContext();
        Assert.Equal(2000, await db.Sims.CountAsync());
        var differed = await db.Sims.CountAsync(s => s.ImeiStatus == ImeiStatus.Differed);
        Assert.True(differed > 0);
        // Materialised through the model, as the notifications page reads them.
        var notifications = await db.Notifications.AsNoTracking().ToListAsync();
        Assert.Equal(differed, notifications.Count);
        Assert.All(notifications, n => Assert.Empty(n.RiskReasons));
        Assert.NotEqual(0, await db.Sims.CountAsync(s => s.Imsi != null));
        // Every SIM read whole, "last seen" included: on PostgreSQL that is a table of its own, joined to each SIM, so a
        // SIM written without its row there would be missing from every list (a count does not join it).
        var sims = await db.Sims.AsNoTracking().Select(s => new { s.Id, s.ImeiLastSeenAt }).ToListAsync();
        Assert.Equal(2000, sims.Count);
        Assert.NotEqual(0, sims.Count(s => s.ImeiLastSeenAt is not null));

        // Each SIM points at its newest detection, and that detection is its own (the feed's history chain starts there).
        var heads = await db.Sims.Select(s => new { s.Id, LastDetectionId = EF.Property<long?>(s, SimConfiguration.LastDetectionId) }).Where(s => s.LastDetectionId != null).ToListAsync();
        Assert.NotEmpty(heads);
        var newest = await db.Detections.GroupBy(d => d.SimId).Select(g => new { SimId = g.Key, Head = g.Max(d => d.Id) }).ToDictionaryAsync(h => h.SimId, h => h.Head);
        Assert.Equal(newest.Count, heads.Count);
        Assert.All(heads, h => Assert.Equal(newest[h.Id], h.LastDetectionId));
        Assert.Equal(1000, await db.Detections.CountAsync());
        Assert.Equal(100, await db.Journal.CountAsync());

        if (TestDatabase.IsPostgreSql)
        {
            // The past months' history sits in monthly partitions of their own, made as the retention store makes them,
            // not in DEFAULT, where a portal that had run those months would not keep it.
            foreach (var table in new[] { "Detections", "UsageRecords", "Notifications", "Journal" })
            {
#pragma warning disable EF1002 // A table name of this test's own list, not input.
                var inDefault = await db.Database.SqlQueryRaw<int>($"SELECT count(*)::int AS \"Value\" FROM \"{table}_default\"").SingleAsync();
#pragma warning restore EF1002
                Assert.Equal(0, inDefault);
            }
        }
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
