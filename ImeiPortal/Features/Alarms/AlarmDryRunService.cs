using ImeiPortal.Data;
using ImeiPortal.Domain;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>An alarm definition (the body of POST /api/alarms) to replay over the stored detections of [from, to).</summary>
public sealed record AlarmDryRunRequest(SaveAlarmRequest? Alarm, DateTime? From, DateTime? To);

public sealed record DryRunActions(int Notify, int Bar, int Deactivate);

/// <summary>How often the alarm would have fired, the first ICCIDs it would have fired for, and what it would have done.</summary>
public sealed record AlarmDryRunResult(int WouldFire, IReadOnlyList<string> Iccids, DryRunActions Actions);

/// <summary>
/// Replays an IMEI status change alarm over the stored detections of a time range, through the SIM state machine on
/// copies of the SIMs, and stores nothing. Under the same role and tenancy rules as creating the alarm.
/// </summary>
/// <remarks>
/// Approximations, because the portal keeps detections but not every SIM's full state over time:
/// <list type="bullet">
/// <item>A SIM's state at <c>from</c>: locked to its <em>current</em> lock IMEI (or, without one, to the device it was in at
/// <c>from</c>), in the device of the detection stored just before its first one in the range (its history chain), so
/// a SIM already in another device at <c>from</c> starts Differed. SIMs whose IMEI status is now Neutral or Pairing have
/// no lock to trigger and are left out; SIMs now Armed without a lock start Armed. Manual orders inside the range
/// (re-arm, unbar) are not replayed.</item>
/// <item>The theft risk counts the SIM's own signals (model changed, frequent changes) and the customer's allowed TACs;
/// "seen on another SIM" and "model new to the customer" are not reconstructed, so with a <c>minRiskScore</c> the
/// actions are a lower bound.</item>
/// </list>
/// Detections are read in one ordered stream and the SIMs they name in chunks, so the cost is a few queries per
/// <see cref="SimsPerChunk"/> SIMs, never one per detection.
/// </remarks>
public sealed class AlarmDryRunService(IDbContextFactory<PortalDbContext> dbFactory, AlarmService alarms)
{
    public const int MaxRangeDays = 90;
    public const int MaxIccidsShown = 100;
    private const int SimsPerChunk = 500;

    public async Task<AlarmDryRunResult> RunAsync(AlarmDryRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Alarm is not { } definition)
        {
            throw new ValidationFailedException("alarm", "alarm is required: the body of POST /api/alarms.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await alarms.NewAlarmAsync(db, definition, validation => ValidateRange(validation, request), cancellationToken);
        var from = UtcTime.AsUtc(request.From!.Value);
        var to = UtcTime.AsUtc(request.To!.Value);

        var detections = db.Detections.AsNoTracking().Where(d => d.ObservedAt >= from && d.ObservedAt < to);
        if (alarm.Iccids.Count > 0)
        {
            var iccids = alarm.Iccids;
            detections = detections.Where(d => iccids.Contains(d.Iccid));
        }

        var (partnerId, customerId) = (alarm.PartnerId, alarm.CustomerId);
        var inTenant = db.Sims.Where(s => s.PartnerId == partnerId && (customerId == null || s.CustomerId == customerId)).Select(s => s.Id);
        var stream = detections.Where(d => inTenant.Contains(d.SimId))
            .OrderBy(d => d.SimId).ThenBy(d => d.ObservedAt).ThenBy(d => d.Id)
            .Select(d => new Replayed(d.SimId, d.Imei, d.ObservedAt, d.PreviousId))
            .AsAsyncEnumerable();

        var tally = new Tally(alarm);
        var chunk = new List<Replayed>();
        var simsInChunk = 0;
        await foreach (var row in stream.WithCancellation(cancellationToken))
        {
            if (chunk.Count == 0 || chunk[^1].SimId != row.SimId)
            {
                if (simsInChunk == SimsPerChunk)
                {
                    await ReplayAsync(chunk, from, tally, cancellationToken);
                    chunk.Clear();
                    simsInChunk = 0;
                }

                simsInChunk++;
            }

            chunk.Add(row);
        }

        await ReplayAsync(chunk, from, tally, cancellationToken);
        return tally.Result();
    }

    private static void ValidateRange(Validation validation, AlarmDryRunRequest request)
    {
        if (request.Alarm?.Type is { } type && type != AlarmType.ImeiStatusChange)
        {
            validation.Add("alarm.type", "A dry run replays IMEI detections: only ImeiStatusChange alarms can be dry run.");
        }

        if (request.From is not { } from || request.To is not { } to)
        {
            validation.Add(request.From is null ? "from" : "to", "from and to are required.");
            return;
        }

        if (UtcTime.AsUtc(from) > UtcTime.AsUtc(to))
        {
            validation.Add("from", "from must not be after to.");
        }
        else if (UtcTime.AsUtc(to) - UtcTime.AsUtc(from) > TimeSpan.FromDays(MaxRangeDays))
        {
            validation.Add("to", $"The range may span at most {MaxRangeDays} days.");
        }
    }

    /// <summary>One chunk of SIMs: their rows, the device each was in at <c>from</c> and their customers' policies, then the replay.</summary>
    private async Task ReplayAsync(List<Replayed> rows, DateTime from, Tally tally, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // A second context: the first is still reading the stream.
        await using var lookup = await dbFactory.CreateDbContextAsync(cancellationToken);
        var perSim = rows.GroupBy(r => r.SimId).ToList();
        var simIds = perSim.ConvertAll(g => g.Key);
        var sims = await lookup.Sims.AsNoTracking().Where(s => simIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var previousIds = perSim.Select(g => g.First().PreviousId).OfType<long>().ToList();
        var deviceAtFrom = await lookup.Detections.AsNoTracking().Where(d => previousIds.Contains(d.Id) && d.Imei != null)
            .ToDictionaryAsync(d => d.SimId, d => d.Imei!, cancellationToken);
        var policies = await CustomerLockPolicies.ReadAsync(lookup, sims.Values.Select(s => s.CustomerId).OfType<int>(), cancellationToken);

        foreach (var group in perSim)
        {
            if (!sims.TryGetValue(group.Key, out var sim) || !ImeiLockAlarmHandler.Covers(tally.Alarm, sim)
                || sim.ImeiStatus is ImeiStatus.Neutral or ImeiStatus.Pairing)
            {
                continue;
            }

            var policy = CustomerLockPolicies.For(policies, sim);
            var copy = StateAt(sim, deviceAtFrom.GetValueOrDefault(sim.Id), from);
            foreach (var row in group)
            {
                if (copy.ApplyDetection(row.Imei, row.ObservedAt, policy).Trigger is { } trigger)
                {
                    tally.Fired(sim.Iccid, TheftRisk.Score(new RiskSignals(
                        trigger.TacChanged, NewImeiOnOtherSims: false, TacNewToCustomer: false, copy.FrequentImeiChanges, !policy.AllowsModelOf(trigger.NewImei))));
                }
            }
        }
    }

    /// <summary>A detached copy of the SIM as it (approximately) was at <paramref name="from"/>; see the class remarks.</summary>
    private static Sim StateAt(Sim sim, string? deviceAtFrom, DateTime from)
    {
        var copy = new Sim(Iccid.Parse(sim.Iccid), sim.PartnerId, sim.CreatedAt, customerId: sim.CustomerId);
        copy.Activate(enableImeiLock: true, lockScope: sim.LockScope);
        copy.ChangeLockSettings(sim.AllowedImeis, null);
        if ((sim.ImeiLock ?? deviceAtFrom) is { } lockImei)
        {
            copy.ApplyDetection(lockImei, from.AddTicks(-2));
        }

        if (deviceAtFrom is not null)
        {
            copy.ApplyDetection(deviceAtFrom, from.AddTicks(-1));
        }

        return copy;
    }

    private sealed record Replayed(long SimId, string? Imei, DateTime ObservedAt, long? PreviousId);

    private sealed class Tally(Alarm alarm)
    {
        private readonly List<string> _iccids = [];
        private int _fired;
        private int _bar;
        private int _deactivate;

        public Alarm Alarm => alarm;

        /// <summary>As the alarm handler decides: every firing notifies; the action applies from the alarm's minimum risk.</summary>
        public void Fired(string iccid, RiskScore risk)
        {
            _fired++;
            if (_iccids.Count < MaxIccidsShown && !_iccids.Contains(iccid, StringComparer.Ordinal))
            {
                _iccids.Add(iccid);
            }

            if (risk.Score >= alarm.MinRiskScore)
            {
                _bar += alarm.Action == AlarmAction.Bar ? 1 : 0;
                _deactivate += alarm.Action == AlarmAction.Deactivate ? 1 : 0;
            }
        }

        public AlarmDryRunResult Result() => new(_fired, _iccids, new DryRunActions(_fired, _bar, _deactivate));
    }
}
