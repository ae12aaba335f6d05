using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Network;

/// <summary>One detection; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record DetectionInput(string? DetectionId, string? Iccid, string? Imei, DateTime? ObservedAt, string? Imsi = null, string? Msisdn = null);

public sealed record DetectionBatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

/// <summary>The network feed: IMEI detections in bulk (data sessions: <see cref="SessionAuthorizer"/>).</summary>
public sealed class NetworkService(
    IDbContextFactory<PortalDbContext> dbFactory, CurrentUser user, TimeProvider clock, IEnumerable<IImeiLockTriggerHandler> triggerHandlers,
    FeedWriteGate gate, IDetectionStore store, IOptions<NetworkOptions> options, Operations.PortalMetrics metrics, IChangeHub hub, ILogger<NetworkService> logger)
{
    public const string Actor = "network";
    public const string UnknownSim = SimKeyLookup.UnknownIccid;
    private const int ConflictRetries = 3;

    private readonly IImeiLockTriggerHandler[] _handlers = [.. triggerHandlers];

    /// <summary>
    /// Applies a batch in one transaction: per SIM in observedAt order, each accepted item stored as a
    /// <see cref="Detection"/>, a repeated detectionId applied once, bad items reported by index.
    /// </summary>
    public async Task<DetectionBatchResult> IngestAsync(IReadOnlyList<DetectionInput> items, CancellationToken cancellationToken = default)
    {
        Batches.EnsureWithinLimit(items);
        ActAsNetwork();
        var batch = DetectionBatch.Check(items, options.Value.LatestAcceptable(clock), options.Value.MaxClockSkewMinutes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A retry reads in its turn: whatever conflicted is then read as it is, so a busy SIM cannot fail it again.
                var (accepted, grouped) = await ApplyAsync(batch, readAhead: attempt == 1, cancellationToken);
                metrics.DetectionsIngested(accepted);
                return new DetectionBatchResult(accepted, grouped.Duplicates, grouped.Rejected);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && attempt < ConflictRetries)
            {
                // A concurrent writer moved one of the SIMs (or stored the same detectionId): redo the batch on fresh rows.
                logger.LogInformation(ex, "Detection batch conflicted (attempt {Attempt}); retrying", attempt);
            }
        }
    }

    private void ActAsNetwork()
    {
        if (!user.IsAuthenticated)
        {
            // The feed has no user; the journal names it instead of leaving the actor blank.
            user.Set(CurrentUser.ForSystem(Actor));
        }
    }

    private async Task<(int Accepted, GroupedDetections<SimRead> Grouped)> ApplyAsync(DetectionBatch batch, bool readAhead, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Thousands of tracked SIMs: scanning them all on every Add would dominate the batch.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var opened = await store.OpenBatchAsync(db, cancellationToken);
        // The SIMs are read before this batch's turn to write, while another batch writes; those a batch changed
        // meanwhile are read again in turn (see FeedWriteGate), and the version check covers every other writer.
        batch = await ResolveIccidsAsync(db, batch, cancellationToken);
        var mark = 0L;
        Dictionary<string, SimRead>? sims = null;
        HashSet<string>? storedIds = null;
        if (readAhead)
        {
            await gate.WaitReadTurnAsync(cancellationToken);
            try
            {
                mark = gate.Mark();
                sims = await LoadSimsAsync(db, batch.Iccids, cancellationToken);
                // Read ahead too: the write turn is what the feed's throughput waits for (bench/README.md, 2026-12-02).
                // A detectionId another batch stores meanwhile fails the insert on its unique index, and the retry
                // reads everything in its turn.
                storedIds = await StoredDetectionIdsAsync(db, batch.DetectionIds, cancellationToken);
            }
            finally
            {
                gate.EndReadTurn();
            }
        }

        await gate.WaitTurnAsync(cancellationToken);
        try
        {
            return await ApplyInTurnAsync(db, batch, sims, storedIds, mark, cancellationToken);
        }
        finally
        {
            gate.EndTurn();
        }
    }

    private async Task<(int Accepted, GroupedDetections<SimRead> Grouped)> ApplyInTurnAsync(
        PortalDbContext db, DetectionBatch batch, Dictionary<string, SimRead>? sims, HashSet<string>? storedIds, long mark, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        sims = await ReadInTurnAsync(db, batch.Iccids, sims, mark, cancellationToken);
        var grouped = batch.Group(storedIds ?? await StoredDetectionIdsAsync(db, batch.DetectionIds, cancellationToken), sims);
        // Ids are assigned here, in the write turn, so each detection can name the SIM's previous one before it is stored.
        // SQLite's transaction holds the database's write lock; on a server database a concurrent writer's ids would
        // collide on the primary key, and the batch retries on fresh rows like any other conflict.
        var nextId = (await db.Detections.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1;
        // The per-SIM "last seen" changes only while someone watches SIMs (an open page): otherwise a batch would build 10,000 for nobody.
        var now = clock.GetUtcNow().UtcDateTime;
        var applied = new AppliedBatch(db, now, nextId, hub.IsWatched<SimChanged>());
        var policies = await CustomerLockPolicies.ReadAsync(db, grouped.PerSim.Select(g => g.Sim.Sim.CustomerId).OfType<int>(), cancellationToken);
        foreach (var (read, items) in grouped.PerSim)
        {
            applied.Apply(read.Sim, read.Head, items, read.Sim.CustomerId is { } customerId ? policies.GetValueOrDefault(customerId) : null);
        }

        // Every SIM that changed is tracked by now, so what a handler adds refers to it and commits with it.
        var triggers = await TriggerRisk.ScoreAsync(db, applied.Triggers, policies, now, cancellationToken);
        foreach (var handler in _handlers)
        {
            if (triggers.Count > 0)
            {
                await handler.OnTriggeringAsync(db, triggers, cancellationToken);
            }

            foreach (var (sim, trigger) in triggers)
            {
                await handler.OnTriggeredAsync(db, sim, trigger, cancellationToken);
            }

            foreach (var (sim, imei, at) in applied.UnexpectedModels)
            {
                await handler.OnUnexpectedModelAsync(db, sim, imei, at, cancellationToken);
            }

            foreach (var (sim, at) in applied.BackInLockDevice)
            {
                await handler.OnBackInLockDeviceAsync(db, sim, at, cancellationToken);
            }
        }

        db.ChangeTracker.DetectChanges();
        await store.WriteAsync(db, new DetectionWrites(applied.LastSeen, applied.Detections, applied.StatusChanges), cancellationToken);
        // The alarms' Bar/Deactivate orders, counted in the meters once the batch commits.
        var placedOrders = applied.Triggers.Count == 0 ? [] : db.ChangeTracker.Entries<Order>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Type).ToList();
        // What is left are business changes (new device, IMEI status, what handlers added): EF saves and journals them.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        gate.Committed(grouped.PerSim.Select(g => g.Sim.Sim.Id).ToHashSet());
        // The "last seen" rows bypass EF, so their SIMs are signalled here; what EF saved is signalled on the commit itself.
        if (applied.LastSeenSims is { } lastSeenSims)
        {
            hub.Publish(lastSeenSims);
        }

        // Counted once committed: a batch that conflicts and is retried must not count its triggers twice.
        metrics.Triggered(applied.Triggers.Count);
        foreach (var type in placedOrders)
        {
            metrics.Order(type.ToString(), nameof(OrderState.Pending));
        }

        return (applied.Detections.Count, grouped);
    }

    /// <summary>The batch's SIMs as they are in this turn: read now, or those another batch changed since the read ahead read again.</summary>
    private async Task<Dictionary<string, SimRead>> ReadInTurnAsync(
        PortalDbContext db, IReadOnlyList<string> iccids, Dictionary<string, SimRead>? readAhead, long mark, CancellationToken cancellationToken)
    {
        if (readAhead is null || gate.ChangedSince(mark) is not { } changedIds)
        {
            return await LoadSimsAsync(db, iccids, cancellationToken, locked: true);
        }

        if (changedIds.Count > 0)
        {
            var stale = readAhead.Values.Where(s => changedIds.Contains(s.Sim.Id)).Select(s => s.Sim.Iccid).ToList();
            foreach (var (iccid, read) in await LoadSimsAsync(db, stale, cancellationToken, locked: true))
            {
                readAhead[iccid] = read;
            }
        }

        return readAhead;
    }

    /// <summary>The batch with the ICCIDs of the SIMs its IMSIs and MSISDNs name.</summary>
    private static async Task<DetectionBatch> ResolveIccidsAsync(PortalDbContext db, DetectionBatch batch, CancellationToken cancellationToken)
    {
        if (!batch.NamesSimsByNumber)
        {
            return batch;
        }

        var found = await SimKeyLookup.ResolveAsync(db, batch.Candidates.Select(c => c.Key), cancellationToken);
        return batch.WithIccids(found.ToDictionary(f => f.Key, f => f.Value.Iccid));
    }

    private static async Task<HashSet<string>> StoredDetectionIdsAsync(PortalDbContext db, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Batches.LookupChunk))
        {
            stored.UnionWith(await db.Detections.Where(d => chunk.Contains(d.DetectionId!)).Select(d => d.DetectionId!).ToListAsync(cancellationToken));
        }

        return stored;
    }

    /// <param name="locked">
    /// Read in the batch's transaction and in its turn: the rows stay the batch's until it commits, so another instance's
    /// or the order worker's change cannot make it conflict again (several writers at once on a server database).
    /// </param>
    private static async Task<Dictionary<string, SimRead>> LoadSimsAsync(PortalDbContext db, IEnumerable<string> iccids, CancellationToken cancellationToken,
        bool locked = false)
    {
        var sims = new Dictionary<string, SimRead>(StringComparer.Ordinal);
        foreach (var chunk in iccids.Chunk(Batches.LookupChunk))
        {
            // Untracked: most SIMs of a batch only move "last seen"; those that change more are tracked then.
            var source = locked ? db.Sims.AsNoTracking().LockedForUpdate() : db.Sims.AsNoTracking();
            var reads = await source.Where(s => chunk.Contains(s.Iccid))
                .Select(s => new SimRead(s, EF.Property<long?>(s, SimConfiguration.LastDetectionId)))
                .ToListAsync(cancellationToken);
            foreach (var read in reads)
            {
                sims[read.Sim.Iccid] = read;
            }
        }

        return sims;
    }

    /// <summary>A SIM as read, with the head of its detection history (a shadow column the entity does not carry).</summary>
    private sealed record SimRead(Sim Sim, long? Head);

    /// <summary>
    /// A batch's detections applied to its SIMs, and where each SIM's write goes: past EF when its outcomes say only
    /// "last seen" moved, through EF (tracked, so saved with the version check and journaled) otherwise.
    /// </summary>
    private sealed class AppliedBatch(PortalDbContext db, DateTime receivedAt, long nextId, bool watched)
    {
        private readonly UntrackedChanges<Sim> _changes = new(db);
        private long _nextId = nextId;

        public List<Detection> Detections { get; } = [];

        public List<LastSeenRow> LastSeen { get; } = [];

        public List<ImeiStatusChange> StatusChanges { get; } = [];

        /// <summary>The SIMs written past EF, to signal after the commit; null while nobody watches SIMs.</summary>
        public List<PortalChange>? LastSeenSims { get; } = watched ? [] : null;

        public List<(Sim Sim, ImeiLockTriggered Trigger)> Triggers { get; } = [];

        public List<(Sim Sim, string Imei, DateTime ObservedAt)> UnexpectedModels { get; } = [];

        public List<(Sim Sim, DateTime ObservedAt)> BackInLockDevice { get; } = [];

        public void Apply(Sim sim, long? head, IReadOnlyList<DetectionCandidate> items, LockPolicy? policy)
        {
            var read = _changes.Snapshot(sim);
            var readVersion = sim.Version;
            var previous = head;
            var onlyLastSeen = true;
            foreach (var item in items)
            {
                var before = sim.ImeiStatus;
                var outcome = sim.ApplyDetection(item.Imei, item.ObservedAt, policy);
                onlyLastSeen &= outcome.OnlyLastSeen;
                if (outcome.Trigger is { } trigger)
                {
                    Triggers.Add((sim, trigger));
                }

                if (outcome.UnexpectedModel)
                {
                    UnexpectedModels.Add((sim, outcome.NewImei!, item.ObservedAt));
                }

                if (outcome.BackInLockDevice)
                {
                    BackInLockDevice.Add((sim, item.ObservedAt));
                }

                var id = _nextId++;
                Detections.Add(new Detection(id, previous, item.DetectionId, sim.Id, sim.Iccid, outcome.NewImei, item.ObservedAt, receivedAt, outcome.Result));
                previous = id;
                // Stamped when the portal changed, like order completions, so the history stays one ordered sequence
                // even when the network delivers late.
                if (ImeiStatusHistory.Change(sim, before, receivedAt) is { } change)
                {
                    StatusChanges.Add(change);
                }
            }

            if (onlyLastSeen)
            {
                // Every SIM of the batch moves the head of its history, so even one whose detections changed nothing
                // (not provided, out of order) is written, with a new version: two writers never both extend a chain.
                LastSeen.Add(new LastSeenRow(sim.Id, readVersion, sim.ImeiLastSeenAt, sim.LastObservedAt, Math.Max(sim.Version, readVersion + 1), previous!.Value));
                LastSeenSims?.Add(new SimChanged(sim.Id, sim.Iccid, sim.PartnerId, sim.CustomerId));
            }
            else
            {
                // A business change (new device, IMEI status): EF saves and journals it with the version check.
                _changes.Track(db, sim, read);
                db.Entry(sim).Property(SimConfiguration.LastDetectionId).CurrentValue = previous;
            }
        }
    }
}
