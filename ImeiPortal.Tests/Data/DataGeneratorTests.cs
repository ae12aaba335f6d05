using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using ImeiPortal.Tools;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// scripts/generate-data (bench/run, bench/radius) writes rows by hand, beside the migrations: a column the model adds
/// without a default breaks it, and then every benchmark on a fresh clone.
/// </summary>
public sealed class DataGeneratorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"imeiportal-generate-{Guid.NewGuid():N}.db");

    [SqliteOnlyFact("the generator writes SQLite files only")]
    public async Task GenerateAsync_SmallFleet_WritesEveryTableTheAppReads()
    {
        await DataGenerator.GenerateAsync(DataGenerator.Options.Parse(["generate", "--db", _path, "--sims", "2000"]), TextWriter.Null);

        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString()).Options);
        Assert.Equal(2000, await db.Sims.CountAsync());
        var differed = await db.Sims.CountAsync(s => s.ImeiStatus == ImeiStatus.Differed);
        Assert.True(differed > 0);
        // Materialised through the model, as the notifications page reads them.
        var notifications = await db.Notifications.AsNoTracking().ToListAsync();
        Assert.Equal(differed, notifications.Count);
        Assert.All(notifications, n => Assert.Empty(n.RiskReasons));
        Assert.NotEqual(0, await db.Sims.CountAsync(s => s.Imsi != null));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
