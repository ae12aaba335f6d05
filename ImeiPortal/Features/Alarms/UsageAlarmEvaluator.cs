using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Sims;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

/// <summary>
/// Usage alarms (single SIM, static pool, dynamic pool): after new usage is stored, each alarm of an affected
/// partner compares its scope's usage in the billing month with its threshold, and fires once per month.
/// </summary>
public sealed class UsageAlarmEvaluator(TimeProvider clock) : IUsageRecordedHandler
{
    /// <summary>Thresholds are in binary megabytes, as operators' usage reports count them.</summary>
    public const long BytesPerMb = 1024 * 1024;

    /// <summary>Evaluates after <paramref name="added"/> is saved (in the caller's transaction).</summary>
    public async Task OnRecordedAsync(IBatchContext db, IReadOnlyCollection<UsageRecord> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return;
        }

        var simIds = added.Select(r => r.SimId).Distinct().ToList();
        var partnerIds = await db.Sims.Where(s => simIds.Contains(s.Id)).Select(s => s.PartnerId).Distinct().ToListAsync(cancellationToken);
        var months = added.Select(r => UsageRecord.BillingMonth(r.Start)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var alarms = await db.Alarms
            .Where(a => partnerIds.Contains(a.PartnerId) && a.Enabled && a.Type != AlarmType.ImeiStatusChange && a.ThresholdMb > 0)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var alarm in alarms)
        {
            foreach (var month in months)
            {
                if (await db.AlarmFirings.AnyAsync(f => f.AlarmId == alarm.Id && f.PeriodKey == month, cancellationToken))
                {
                    continue;
                }

                var start = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                var end = start.AddMonths(1);
                var scope = Scope(db, alarm);
                // Summed as a double, which cannot overflow: a pool's month of bounded records can still pass a long's range,
                // and a double's rounding (one part in 10^16) is nothing against a threshold in megabytes.
                var bytes = await db.UsageRecords
                    .Where(u => u.Start >= start && u.Start < end && scope.Select(s => s.Id).Contains(u.SimId))
                    .SumAsync(u => (double)u.Bytes, cancellationToken);
                if (bytes < alarm.ThresholdMb!.Value * (double)BytesPerMb || !await AlarmFirings.TryClaimAsync(db, alarm.Id, month, now, cancellationToken))
                {
                    continue;
                }

                var single = alarm.Type == AlarmType.SingleSim
                    ? await scope.Select(s => new { s.Id, s.Iccid, s.CustomerId }).FirstOrDefaultAsync(cancellationToken)
                    : null;
                var what = alarm.Type switch
                {
                    AlarmType.SingleSim => $"SIM {single?.Iccid}",
                    AlarmType.StaticPool => $"The pool of {alarm.Iccids.Count} SIM(s)",
                    _ => "The SIMs matching the alarm's filter",
                };
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"{what} used {bytes / BytesPerMb:0.##} MB in {month}, reaching the threshold of {alarm.ThresholdMb} MB.");
                AlarmFirings.Notify(db, alarm, NotificationKind.UsageThreshold, single?.Id, single?.Iccid, single?.CustomerId ?? alarm.CustomerId, message, now);
            }
        }
    }

    /// <summary>The SIMs an alarm counts: listed ICCIDs (single, static pool) or, for a dynamic pool, those matching its filter now.</summary>
    private static IQueryable<Sim> Scope(IBatchContext db, Alarm alarm)
    {
        var sims = db.Sims.Where(s => s.PartnerId == alarm.PartnerId);
        if (alarm.CustomerId is { } customerId)
        {
            sims = sims.Where(s => s.CustomerId == customerId);
        }

        if (alarm.Type != AlarmType.DynamicPool)
        {
            var iccids = alarm.Iccids;
            return sims.Where(s => iccids.Contains(s.Iccid));
        }

        var filter = new SimQuery(Status: alarm.FilterStatus, ImeiStatus: alarm.FilterImeiStatus, Network: alarm.FilterNetwork, Tag: alarm.FilterTag);
        return filter.Filter(sims, db.Customers);
    }
}
