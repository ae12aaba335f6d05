using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Dashboard;

/// <summary>IMEI lock triggers of one day (UTC).</summary>
public sealed record DailyTriggers(DateTime Day, int Count);

/// <summary>IMEI lock triggers of one partner's SIMs over the chart's days, for an Admin.</summary>
public sealed record PartnerTriggers(int PartnerId, string PartnerName, int Count);

/// <summary>
/// IMEI lock triggers per day, read from the IMEI status history: a trigger is a SIM's move to Differed, which only the
/// network feed makes (no order targets Differed) and which is recorded once, in the same save, whether or not any
/// alarm covers the SIM. Notifications are not the record of it: there is one per covering alarm, zero or several.
/// </summary>
public static class TriggerHistory
{
    public const int Days = 30;

    /// <summary>The last <see cref="Days"/> UTC days up to <paramref name="today"/>, oldest first; a day without triggers is a zero, not a gap.</summary>
    public static IReadOnlyList<DailyTriggers> Fill(IEnumerable<DailyTriggers> counted, DateTime today, int days = Days)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var byDay = counted.GroupBy(c => c.Day.Date).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var first = today.Date.AddDays(1 - days);
        return [.. Enumerable.Range(0, days).Select(i => first.AddDays(i)).Select(day => new DailyTriggers(day, byDay.GetValueOrDefault(day)))];
    }

    public static async Task<(IReadOnlyList<DailyTriggers> PerDay, IReadOnlyList<PartnerTriggers> ByPartner)> ReadAsync(
        PortalDbContext db, ICurrentUser user, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now.Date.AddDays(1 - Days);
        var triggers = from change in db.ImeiStatusChanges.AsNoTracking()
                       where change.To == ImeiStatus.Differed && change.At >= since
                       join sim in db.Sims.AsNoTracking().VisibleTo(user) on change.SimId equals sim.Id
                       select new { change.At, sim.PartnerId };
        var perDay = await triggers.GroupBy(t => t.At.Date).Select(g => new DailyTriggers(g.Key, g.Count())).ToListAsync(cancellationToken);
        IReadOnlyList<PartnerTriggers> byPartner = [];
        if (user.Level == TenantLevel.Platform)
        {
            var counts = await triggers.GroupBy(t => t.PartnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var names = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            byPartner = [.. names.Select(p => new PartnerTriggers(p.Key, p.Value, counts.FirstOrDefault(c => c.Key == p.Key)?.Count ?? 0))
                .OrderByDescending(p => p.Count).ThenBy(p => p.PartnerName, StringComparer.CurrentCulture)];
        }

        return (Fill(perDay, now), byPartner);
    }
}
