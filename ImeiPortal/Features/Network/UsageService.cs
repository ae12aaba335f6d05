using ImeiPortal.Data;
using ImeiPortal.Domain;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Network;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Network;

/// <summary>One usage record; the SIM is named by exactly one of <paramref name="Iccid"/>, <paramref name="Imsi"/> or <paramref name="Msisdn"/>.</summary>
public sealed record UsageItem(string? RecordId, string? Iccid, DateTime? Start, DateTime? End, long? Bytes, string? Imsi = null, string? Msisdn = null);

public sealed record UsageBatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

/// <summary>
/// The network's usage feed (CDR-like). A batch is stored and the usage alarms evaluated in one transaction,
/// so a threshold crossed by a batch fires exactly when that batch commits.
/// </summary>
public sealed class UsageService(IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IUsageRecordedHandler> recordedHandlers, TimeProvider clock, IOptions<NetworkOptions> options)
{
    /// <summary>A petabyte: no session carries more, and a bounded record cannot make later sums of the SIM's usage fail.</summary>
    public const long MaxBytes = 1_000_000_000_000_000;
    private const int ConflictRetries = 3;

    public async Task<UsageBatchResult> IngestAsync(IReadOnlyList<UsageItem?>? items, CancellationToken cancellationToken = default)
    {
        Batches.EnsureWithinLimit(items);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyAsync(items, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < ConflictRetries)
            {
                // Another batch stored one of these recordIds meanwhile (unique index): redo the batch, which now
                // counts that record as a duplicate instead of failing the whole call.
            }
        }
    }

    private async Task<UsageBatchResult> ApplyAsync(IReadOnlyList<UsageItem?> items, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = items.Select(i => i is not null && SimKey.TryParse(i.Iccid, i.Imsi, i.Msisdn, out var key, out _, out _) ? key : (SimKey?)null).ToList();
        var iccids = keys.OfType<SimKey>().Where(k => k.Kind == SimKeyKind.Iccid).Select(k => k.Value).Distinct(StringComparer.Ordinal).ToList();
        var sims = await db.Sims.AsNoTracking().Where(s => iccids.Contains(s.Iccid)).Select(s => new { s.Id, s.Iccid })
            .ToDictionaryAsync(s => new SimKey(SimKeyKind.Iccid, s.Iccid), s => new SimRef(s.Id, s.Iccid), cancellationToken);
        foreach (var (key, sim) in await SimKeyLookup.ResolveAsync(db, keys.OfType<SimKey>(), cancellationToken))
        {
            sims[key] = sim;
        }

        var recordIds = items.Select(i => i?.RecordId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.UsageRecords.AsNoTracking().Where(u => recordIds.Contains(u.RecordId!)).Select(u => u.RecordId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var latest = options.Value.LatestAcceptable(clock);
        var rejected = new List<RejectedItem>();
        var records = new List<UsageRecord>();
        var duplicates = 0;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var error = Check(item, sims, latest, out var sim);
            if (error is not null)
            {
                rejected.Add(new RejectedItem(index, error));
                continue;
            }

            if (item!.RecordId is { } recordId && !known.Add(recordId))
            {
                duplicates++;
                continue;
            }

            records.Add(new UsageRecord(item.RecordId, sim.Id, sim.Iccid, UtcTime.AsUtc(item.Start!.Value), UtcTime.AsUtc(item.End!.Value), item.Bytes!.Value, now));
        }

        if (records.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.UsageRecords.AddRange(records);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var handler in recordedHandlers)
            {
                await handler.OnRecordedAsync(db, records, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new UsageBatchResult(records.Count, duplicates, rejected);
    }

    private string? Check(UsageItem? item, Dictionary<SimKey, SimRef> sims, DateTime latest, out SimRef sim)
    {
        sim = default;
        if (item is null)
        {
            return "A usage record is required.";
        }

        if (!SimKey.TryParse(item.Iccid, item.Imsi, item.Msisdn, out var key, out _, out var keyError))
        {
            return keyError;
        }

        if (item.Start is null || item.End is null)
        {
            return "start and end are required.";
        }

        if (UtcTime.AsUtc(item.End.Value) < UtcTime.AsUtc(item.Start.Value))
        {
            return "end is before start.";
        }

        if (UtcTime.AsUtc(item.End.Value) > latest)
        {
            // end is never before start, so this covers both.
            return $"start and end may be at most {options.Value.MaxClockSkewMinutes} minutes in the future.";
        }

        if (item.Bytes is not (>= 0 and <= MaxBytes))
        {
            return $"bytes must be between 0 and {MaxBytes}.";
        }

        if (item.RecordId is { Length: 0 or > 100 })
        {
            return "recordId must be 1 to 100 characters.";
        }

        return sims.TryGetValue(key, out sim) ? null : SimKeyLookup.UnknownSim(key);
    }
}
