using ImeiPortal.Data;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// The contract of <see cref="IDetectionStore"/>, for every store the portal has: the provider's own (registered) and
/// the portable one a provider without its own gets. A store for another provider belongs in this list.
/// </summary>
public sealed class DetectionStoreTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime Seen = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    // The provider's own store and the portable one, on the provider of this run.
    public static TheoryData<string> Stores => TestDatabase.IsPostgreSql
        ? [nameof(PostgreSqlDetectionStore), nameof(PortableDetectionStore)]
        : [nameof(SqliteDetectionStore), nameof(PortableDetectionStore)];

    private static IDetectionStore Create(string store) => store switch
    {
        nameof(PortableDetectionStore) => new PortableDetectionStore(),
        nameof(PostgreSqlDetectionStore) => new PostgreSqlDetectionStore(),
        _ => new SqliteDetectionStore(),
    };

    [PostgreSqlOnlyFact]
    public void Registered_OnPostgreSql_IsThePostgreSqlStore()
    {
        Assert.IsType<PostgreSqlDetectionStore>(Factory.Services.GetRequiredService<IDetectionStore>());
    }

    [SqliteOnlyFact("the store registered for SQLite; Registered_OnPostgreSql_IsThePostgreSqlStore checks PostgreSQL's")]
    public void Registered_OnSqlite_IsTheSqliteStore()
    {
        Assert.IsType<SqliteDetectionStore>(Factory.Services.GetRequiredService<IDetectionStore>());
        Assert.IsType<SqliteExportCursor>(Factory.Services.GetRequiredService<IExportCursor>());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task WriteAsync_LastSeenDetectionsAndStatusChanges_AreStoredInTheBatchTransaction(string store)
    {
        var (simId, iccid, version) = await SimAsync();
        var detectionId = await NextDetectionIdAsync();
        var detection = new Detection(detectionId, null, Guid.NewGuid().ToString("N"), simId, iccid, EngineData.NewImei(), Seen, Seen.AddSeconds(1), DetectionResult.Applied);
        // A first status (From null) and a move, so a NULL travels too.
        ImeiStatusChange[] changes = [new(simId, Seen, null, ImeiStatus.Armed), new(simId, Seen.AddSeconds(1), ImeiStatus.Armed, ImeiStatus.Locked)];

        await WriteAsync(store, new DetectionWrites([new LastSeenRow(simId, version, Seen, Seen, version + 1, detectionId)], [detection], changes));

        var read = await Factory.WithDbAsync(db => db.Sims.AsNoTracking().Where(s => s.Id == simId)
            .Select(s => new { s.ImeiLastSeenAt, s.LastObservedAt, s.Version, Head = EF.Property<long?>(s, SimConfiguration.LastDetectionId) }).SingleAsync());
        Assert.Equal(((DateTime?)Seen, (DateTime?)Seen, version + 1, (long?)detectionId), (read.ImeiLastSeenAt, read.LastObservedAt, read.Version, read.Head));
        var stored = await Factory.WithDbAsync(db => db.Detections.AsNoTracking().SingleAsync(d => d.Id == detectionId));
        Assert.Equal((detection.DetectionId, detection.Imei, iccid, DetectionResult.Applied, Seen), (stored.DetectionId, stored.Imei, stored.Iccid, stored.Result, stored.ObservedAt));
        var history = await Factory.WithDbAsync(db => db.ImeiStatusChanges.AsNoTracking().Where(c => c.SimId == simId).OrderBy(c => c.At).ToListAsync());
        Assert.Equal(changes.Select(c => (c.At, c.From, c.To)), history.Select(c => (c.At, c.From, c.To)));
        Assert.All(history, c => Assert.Equal(DateTimeKind.Utc, c.At.Kind));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task WriteAsync_SimChangedSinceRead_ThrowsConcurrencyAndWritesNothing(string store)
    {
        var (simId, iccid, version) = await SimAsync();
        var detectionId = await NextDetectionIdAsync();
        var detection = new Detection(detectionId, null, null, simId, iccid, null, Seen, Seen, DetectionResult.NotProvided);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            WriteAsync(store, new DetectionWrites([new LastSeenRow(simId, version - 1, Seen, Seen, version, detectionId)], [detection], [new ImeiStatusChange(simId, Seen, ImeiStatus.Armed, ImeiStatus.Locked)])));

        Assert.Equal(version, await Factory.WithDbAsync(db => db.Sims.Where(s => s.Id == simId).Select(s => s.Version).SingleAsync()));
        Assert.False(await Factory.WithDbAsync(db => db.Detections.AnyAsync(d => d.Id == detectionId)));
        Assert.False(await Factory.WithDbAsync(db => db.ImeiStatusChanges.AnyAsync(c => c.SimId == simId)));
    }

    [PostgreSqlOnlyFact]
    public async Task WriteAsync_OnPostgreSql_UpdatesTheSimRowInPlaceAndLastSeenBesideIt()
    {
        // The repeat feed's speed on PostgreSQL rests on this: a SIM's last-seen write changes no indexed column of
        // "Sims", so the row is updated in place (HOT) instead of inserted again into every index of the table.
        var (simId, iccid, version) = await SimAsync();
        var detectionId = await NextDetectionIdAsync();
        var detection = new Detection(detectionId, null, null, simId, iccid, null, Seen, Seen, DetectionResult.NotProvided);
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var store = new PostgreSqlDetectionStore();
        await using var batch = await store.OpenBatchAsync(db, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();

        await store.WriteAsync(db, new DetectionWrites([new LastSeenRow(simId, version, Seen, Seen, version + 1, detectionId)], [detection], []), CancellationToken.None);

        // This transaction's own counts, before the statistics are flushed.
        var counts = await db.Database.SqlQueryRaw<long>(
            """SELECT pg_stat_get_xact_tuples_updated('"Sims"'::regclass) AS "Value" UNION ALL SELECT pg_stat_get_xact_tuples_hot_updated('"Sims"'::regclass)""").ToListAsync();
        Assert.Equal([1L, 1L], counts);
        await transaction.CommitAsync();
        var seen = await Factory.WithDbAsync(db => db.Sims.Where(s => s.Id == simId).Select(s => s.ImeiLastSeenAt).SingleAsync());
        Assert.Equal(Seen, seen);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task WriteAsync_OutsideATransaction_Throws(string store)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var writes = Create(store);
        await using var batch = await writes.OpenBatchAsync(db, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writes.WriteAsync(db, new DetectionWrites([], [], []), CancellationToken.None));
    }

    /// <summary>Opens the batch, writes in a transaction and commits, as the feed does; a throw rolls back.</summary>
    private async Task WriteAsync(string store, DetectionWrites writes)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var detections = Create(store);
        await using var batch = await detections.OpenBatchAsync(db, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await detections.WriteAsync(db, writes, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task<(long Id, string Iccid, int Version)> SimAsync()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        return await Factory.WithDbAsync(async db =>
        {
            var sim = await db.Sims.AsNoTracking().SingleAsync(s => s.Iccid == iccid);
            return (sim.Id, iccid, sim.Version);
        });
    }

    private Task<long> NextDetectionIdAsync() => Factory.WithDbAsync(async db => (await db.Detections.MaxAsync(d => (long?)d.Id) ?? 0) + 1);
}
