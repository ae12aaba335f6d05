using System.Globalization;
using System.Text.Json;
using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Retention;

/// <summary>
/// Removes history past its retention (<see cref="RetentionOptions"/>) once every <see cref="RetentionOptions.PollHours"/>,
/// through the provider's <see cref="IRetentionStore"/>. No change wakes it: history expires with the clock.
/// </summary>
/// <remarks>
/// With several instances on one PostgreSQL each runs its rounds, but the store lets one round run at a time (an
/// advisory lock); the others find it held and skip theirs. SQLite has one writer per file.
/// </remarks>
public sealed partial class RetentionWorker(
    IServiceScopeFactory scopes, IRetentionStore store, IOptions<RetentionOptions> options, IChangeHub hub, TimeProvider clock,
    ILogger<RetentionWorker> logger)
    : SignalledWorker<PortalChange>(hub)
{
    /// <summary>Who removed history, as the journal names it.</summary>
    public const string Actor = "retention";

    /// <summary>The journal's action for a round that removed something.</summary>
    public const string JournalAction = "RetentionApplied";

    // The worker loop and a direct call (tests) must not interleave.
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan PollInterval => TimeSpan.FromHours(options.Value.PollHours);

    protected override bool Wakes(PortalChange change) => false;

    protected override async Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken)
    {
        await RunOnceAsync(cancellationToken);
        return null;
    }

    protected override void LogFailedRound(Exception exception) => LogRoundFailed(exception);

    /// <summary>One round at the worker's clock; null when another instance was running one.</summary>
    public async Task<RetentionRound?> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var cutoffs = options.Value.CutoffsAt(now);
            var round = await store.RemoveExpiredAsync(db, cutoffs, now, cancellationToken);
            if (round is null)
            {
                LogHeldElsewhere();
            }
            else if (round.TotalRowsDeleted > 0 || round.PartitionsDropped.Count > 0 || round.PartitionsCreated.Count > 0)
            {
                LogRound(string.Join(", ", round.RowsDeleted.Where(r => r.Value > 0).Select(r => $"{r.Key} {r.Value}")),
                    string.Join(", ", round.PartitionsDropped), string.Join(", ", round.PartitionsCreated));
            }

            if (round is not null && (round.TotalRowsDeleted > 0 || round.PartitionsDropped.Count > 0))
            {
                // History that goes is a change too: the journal says when, how much and up to which time.
                db.Journal.Add(new JournalEntry(now, Actor, null, JournalAction, "Retention", null, null, Described(round, cutoffs), null, null));
                await db.SaveChangesAsync(cancellationToken);
            }

            return round;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A flat snapshot, as the journal's other entries are: rows removed per table, partitions dropped, the cutoffs.</summary>
    private static string Described(RetentionRound round, RetentionCutoffs cutoffs)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (table, rows) in round.RowsDeleted)
        {
            fields[table + "RowsDeleted"] = rows;
        }

        if (round.PartitionsDropped.Count > 0)
        {
            fields["PartitionsDropped"] = string.Join(", ", round.PartitionsDropped);
        }

        fields["DetectionsBefore"] = cutoffs.Detections.ToString("O", CultureInfo.InvariantCulture);
        fields["UsageBefore"] = cutoffs.Usage.ToString("O", CultureInfo.InvariantCulture);
        fields["NotificationsBefore"] = cutoffs.Notifications.ToString("O", CultureInfo.InvariantCulture);
        fields["JournalBefore"] = cutoffs.Journal.ToString("O", CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(fields);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed rows ({Rows}), dropped partitions ({Dropped}), created partitions ({Created})")]
    private partial void LogRound(string rows, string dropped, string created);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention round skipped: another instance is running one")]
    private partial void LogHeldElsewhere();

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention round failed; retrying at the next round")]
    private partial void LogRoundFailed(Exception exception);

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
