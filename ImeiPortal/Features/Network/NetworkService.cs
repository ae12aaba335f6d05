using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Data.Configurations;
using ImeiPortal.Domain;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ImeiValue = ImeiPortal.Domain.Identifiers.Imei;

namespace ImeiPortal.Features.Network;

/// <summary>One detection; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record DetectionInput(string? DetectionId, string? Iccid, string? Imei, DateTime? ObservedAt, string? Imsi = null, string? Msisdn = null);

public sealed record DetectionBatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

/// <summary>A data session to decide; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record AuthorizeRequest(string? Iccid, string? Imei, string? Imsi = null, string? Msisdn = null);

public sealed record AuthorizeResponse(SessionDecision Decision, SessionReasonCode ReasonCode, string Reason);

/// <summary>The network feed: IMEI detections in bulk and data-session authorisation.</summary>
public sealed class NetworkService(
    IDbContextFactory<PortalDbContext> dbFactory, CurrentUser user, TimeProvider clock, IEnumerable<IImeiLockTriggerHandler> triggerHandlers,
    FeedWriteGate gate, IDetectionStore store, IOptions<NetworkOptions> options, Operations.PortalMetrics metrics, IChangeHub hub, ILogger<NetworkService> logger)
{
    public const string Actor = "network";
    public const string UnknownSim = SimKeyLookup.UnknownIccid;
    private const int ConflictRetries = 3;

    // What a repeated detection changes: bookkeeping the journal ignores too, so such a SIM goes through the store's fast path.
    private static readonly HashSet<string> LastSeenOnly = new(StringComparer.Ordinal)
    {
        nameof(Sim.ImeiLastSeenAt), nameof(Sim.LastObservedAt), nameof(Sim.Version),
    };

    private readonly IImeiLockTriggerHandler[] _handlers = [.. triggerHandlers];

    /// <summary>
    /// Applies a batch in one transaction: per SIM in observedAt order, each accepted item stored as a
    /// <see cref="Detection"/>, a repeated detectionId applied once, bad items reported by index.
    /// </summary>
    public async Task<DetectionBatchResult> IngestAsync(IReadOnlyList<DetectionInput> items, CancellationToken cancellationToken = default)
    {
        Batches.EnsureWithinLimit(items);
        ActAsNetwork();
        var rejected = new List<RejectedItem>();
        var candidates = new List<Candidate>(items.Count);
        var latest = options.Value.LatestAcceptable(clock);
        for (var i = 0; i < items.Count; i++)
        {
            if (Check(items[i], latest, out var candidate) is { } error)
            {
                rejected.Add(new RejectedItem(i, error));
            }
            else
            {
                candidates.Add(candidate with { Index = i });
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A retry reads in its turn: whatever conflicted is then read as it is, so a busy SIM cannot fail it again.
                var (accepted, duplicates, unknown) = await ApplyAsync(candidates, readAhead: attempt == 1, cancellationToken);
                var all = rejected.Concat(unknown).OrderBy(r => r.Index).ToList();
                metrics.DetectionsIngested(accepted);
                return new DetectionBatchResult(accepted, duplicates, all);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && attempt < ConflictRetries)
            {
                // A concurrent writer moved one of the SIMs (or stored the same detectionId): redo the batch on fresh rows.
                logger.LogInformation(ex, "Detection batch conflicted (attempt {Attempt}); retrying", attempt);
            }
        }
    }

    /// <summary>Decides a data session. Only data is governed; voice and SMS never reach this check.</summary>
    /// <remarks>An unknown SIM is a Reject (200) rather than a 404: the network needs a decision either way.</remarks>
    public async Task<AuthorizeResponse> AuthorizeAsync(AuthorizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SimKey.TryParse(request.Iccid, request.Imsi, request.Msisdn, out var key, out var field, out var error))
        {
            throw new ValidationFailedException(field, error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sims = db.Sims.AsNoTracking();
        var sim = key.Kind switch
        {
            SimKeyKind.Imsi => await sims.FirstOrDefaultAsync(s => s.Imsi == key.Value, cancellationToken),
            SimKeyKind.Msisdn => await sims.FirstOrDefaultAsync(s => s.Msisdn == key.Value, cancellationToken),
            _ => await sims.FirstOrDefaultAsync(s => s.Iccid == key.Value, cancellationToken),
        };
        if (sim is null)
        {
            return new AuthorizeResponse(SessionDecision.Reject, SessionReasonCode.UnknownSim, SimKeyLookup.UnknownSim(key));
        }

        var session = sim.AuthorizeDataSession(request.Imei);
        return new AuthorizeResponse(session.Decision, session.ReasonCode, session.Reason);
    }

    private void ActAsNetwork()
    {
        if (!user.IsAuthenticated)
        {
            // The feed has no user; the journal names it instead of leaving the actor blank.
            user.Set(CurrentUser.ForSystem(Actor));
        }
    }

    private string? Check(DetectionInput? item, DateTime latest, out Candidate candidate)
    {
        candidate = default!;
        if (item is null)
        {
            return "An item is required.";
        }

        if (!SimKey.TryParse(item.Iccid, item.Imsi, item.Msisdn, out var key, out _, out var keyError))
        {
            return keyError;
        }

        if (item.ObservedAt is not { } observedAt)
        {
            return "observedAt is required.";
        }

        if (UtcTime.AsUtc(observedAt) > latest)
        {
            return $"observedAt is more than {options.Value.MaxClockSkewMinutes} minutes in the future.";
        }

        if (!ImeiValue.IsNotProvided(item.Imei) && !ImeiValue.TryParse(item.Imei, out _, out var imeiError))
        {
            return imeiError;
        }

        if (item.DetectionId is { Length: > 100 })
        {
            return "detectionId must be at most 100 characters.";
        }

        var id = string.IsNullOrWhiteSpace(item.DetectionId) ? null : item.DetectionId.Trim();
        // A SIM named by IMSI or MSISDN gets its ICCID once the batch's numbers are resolved.
        candidate = new Candidate(0, id, key, key.Kind == SimKeyKind.Iccid ? key.Value : null, item.Imei, UtcTime.AsUtc(observedAt));
        return null;
    }

    private async Task<(int Accepted, int Duplicates, List<RejectedItem> Unknown)> ApplyAsync(List<Candidate> candidates, bool readAhead, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Thousands of tracked SIMs: scanning them all on every Add would dominate the batch.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var batch = await store.OpenBatchAsync(db, cancellationToken);
        // The SIMs are read before this batch's turn to write, while another batch writes; those a batch changed
        // meanwhile are read again in turn (see FeedWriteGate), and the version check covers every other writer.
        candidates = await ResolveIccidsAsync(db, candidates, cancellationToken);
        var iccids = candidates.Select(c => c.Iccid).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var mark = 0L;
        Dictionary<string, SimRead>? sims = null;
        if (readAhead)
        {
            await gate.WaitReadTurnAsync(cancellationToken);
            try
            {
                mark = gate.Mark();
                sims = await LoadSimsAsync(db, iccids, cancellationToken);
            }
            finally
            {
                gate.EndReadTurn();
            }
        }

        await gate.WaitTurnAsync(cancellationToken);
        try
        {
            return await ApplyInTurnAsync(db, candidates, iccids, sims, mark, cancellationToken);
        }
        finally
        {
            gate.EndTurn();
        }
    }

    private async Task<(int Accepted, int Duplicates, List<RejectedItem> Unknown)> ApplyInTurnAsync(
        PortalDbContext db, List<Candidate> candidates, List<string> iccids, Dictionary<string, SimRead>? sims, long mark, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (sims is null || gate.ChangedSince(mark) is not { } changedIds)
        {
            sims = await LoadSimsAsync(db, iccids, cancellationToken, locked: true);
        }
        else if (changedIds.Count > 0)
        {
            var stale = sims.Values.Where(s => changedIds.Contains(s.Sim.Id)).Select(s => s.Sim.Iccid).ToList();
            foreach (var (iccid, read) in await LoadSimsAsync(db, stale, cancellationToken, locked: true))
            {
                sims[iccid] = read;
            }
        }

        var storedIds = await StoredDetectionIdsAsync(db, candidates, cancellationToken);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<RejectedItem>();
        var duplicates = 0;
        var triggered = 0;
        var perSim = new Dictionary<long, (SimRead Read, List<Candidate> Items)>();
        foreach (var candidate in candidates)
        {
            if (candidate.DetectionId is { } id && (storedIds.Contains(id) || !seenIds.Add(id)))
            {
                duplicates++;
            }
            else if (candidate.Iccid is null || !sims.TryGetValue(candidate.Iccid, out var read))
            {
                unknown.Add(new RejectedItem(candidate.Index, SimKeyLookup.UnknownSim(candidate.Key)));
            }
            else
            {
                if (!perSim.TryGetValue(read.Sim.Id, out var entry))
                {
                    perSim[read.Sim.Id] = entry = (read, []);
                }

                entry.Items.Add(candidate);
            }
        }

        var receivedAt = clock.GetUtcNow().UtcDateTime;
        var detections = new List<Detection>(candidates.Count);
        var changes = new UntrackedChanges<Sim>(db);
        var lastSeen = new List<LastSeenRow>(perSim.Count);
        // Only while someone watches SIMs (an open page): otherwise a batch would build 10,000 changes for nobody.
        var lastSeenSims = hub.IsWatched<SimChanged>() ? new List<PortalChange>(perSim.Count) : null;
        // Ids are assigned here, in the write turn, so each detection can name the SIM's previous one before it is stored.
        // SQLite's transaction holds the database's write lock; on a server database a concurrent writer's ids would
        // collide on the primary key, and the batch retries on fresh rows like any other conflict.
        var nextId = (await db.Detections.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0) + 1;
        foreach (var ((sim, head), list) in perSim.Values)
        {
            var read = changes.Snapshot(sim);
            var readVersion = sim.Version;
            var previous = head;
            var latest = 0L;
            foreach (var c in list.OrderBy(c => c.ObservedAt).ThenBy(c => c.Index))
            {
                var before = sim.ImeiStatus;
                var outcome = sim.ApplyDetection(c.Imei, c.ObservedAt);
                latest = nextId++;
                detections.Add(new Detection(latest, previous, c.DetectionId, sim.Id, sim.Iccid, outcome.NewImei, c.ObservedAt, receivedAt, outcome.Result));
                previous = latest;
                // Stamped when the portal changed, like order completions, so the history stays one ordered sequence
                // even when the network delivers late.
                ImeiStatusHistory.RecordIfChanged(db, sim, before, receivedAt);
            }

            var changed = changes.Changed(sim, read);
            if (changed.TrueForAll(LastSeenOnly.Contains) && sim.Triggers.Count == 0)
            {
                // Every SIM of the batch moves the head of its history, so even one whose detections changed nothing
                // (not provided, out of order) is written, with a new version: two writers never both extend a chain.
                var version = changed.Count == 0 ? readVersion + 1 : sim.Version;
                lastSeen.Add(new LastSeenRow(sim.Id, readVersion, sim.ImeiLastSeenAt, sim.LastObservedAt, version, latest));
                lastSeenSims?.Add(new SimChanged(sim.Id, sim.Iccid, sim.PartnerId, sim.CustomerId));
            }
            else
            {
                // A business change (new device, IMEI status): tracked before the handlers see the SIM, so what they
                // add refers to it, and EF saves and journals it with the version check.
                changes.Track(db, sim, read);
                db.Entry(sim).Property(SimConfiguration.LastDetectionId).CurrentValue = latest;
            }

            triggered += sim.Triggers.Count;
            foreach (var trigger in sim.Triggers)
            {
                foreach (var handler in _handlers)
                {
                    await handler.OnTriggeredAsync(db, sim, trigger, cancellationToken);
                }
            }

            sim.ClearTriggers();
        }

        db.ChangeTracker.DetectChanges();
        await store.WriteAsync(db, new DetectionWrites(lastSeen, detections), cancellationToken);
        // The alarms' Bar/Deactivate orders, counted in the meters once the batch commits.
        var placedOrders = triggered == 0 ? [] : db.ChangeTracker.Entries<Order>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Type).ToList();
        // What is left are business changes (new device, IMEI status, what handlers added): EF saves and journals them.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        gate.Committed(perSim.Keys.ToHashSet());
        // The "last seen" rows bypass EF, so their SIMs are signalled here; what EF saved is signalled on the commit itself.
        if (lastSeenSims is not null)
        {
            hub.Publish(lastSeenSims);
        }
        // Counted once committed: a batch that conflicts and is retried must not count its triggers twice.
        metrics.Triggered(triggered);
        foreach (var type in placedOrders)
        {
            metrics.Order(type.ToString(), nameof(OrderState.Pending));
        }

        return (detections.Count, duplicates, unknown);
    }

    /// <summary>The candidates with the ICCIDs of the SIMs their IMSI or MSISDN names (null where none does).</summary>
    private static async Task<List<Candidate>> ResolveIccidsAsync(PortalDbContext db, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        if (candidates.TrueForAll(c => c.Key.Kind == SimKeyKind.Iccid))
        {
            return candidates;
        }

        var found = await SimKeyLookup.ResolveAsync(db, candidates.Select(c => c.Key), cancellationToken);
        return candidates.ConvertAll(c => c.Key.Kind == SimKeyKind.Iccid ? c : c with { Iccid = found.TryGetValue(c.Key, out var sim) ? sim.Iccid : null });
    }

    private static async Task<HashSet<string>> StoredDetectionIdsAsync(PortalDbContext db, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var ids = candidates.Select(c => c.DetectionId).OfType<string>().Distinct(StringComparer.Ordinal);
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

    private sealed record Candidate(int Index, string? DetectionId, SimKey Key, string? Iccid, string? Imei, DateTime ObservedAt);
}
