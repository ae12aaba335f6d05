using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Reports;

/// <param name="CustomerId">Null groups the SIMs that have no customer.</param>
public sealed record FeeReportRow(int? CustomerId, int ChargeableSims);

/// <summary>
/// The monthly IMEI lock fee: a SIM is charged once in a month if its IMEI status was Armed, Locked or
/// Differed at any moment of it, i.e. at the month's start or after any change within the month.
/// </summary>
public sealed class FeeReportService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user)
{
    private static readonly ImeiStatus[] Chargeable = [ImeiStatus.Armed, ImeiStatus.Locked, ImeiStatus.Differed];
    private static readonly ImeiStatus?[] StatusAtStart = [ImeiStatus.Armed, ImeiStatus.Locked, ImeiStatus.Differed];

    public static (DateTime Start, DateTime End) ParseMonth(string? month)
    {
        if (!DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new ValidationFailedException("month", "month must be given as YYYY-MM, e.g. 2026-11.");
        }

        if (start.Year == DateTime.MaxValue.Year && start.Month == 12)
        {
            // The report runs up to the next month's start, and there is no month after December 9999.
            throw new ValidationFailedException("month", "month must be before 9999-12.");
        }

        start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
        return (start, start.AddMonths(1));
    }

    public async Task<IReadOnlyList<FeeReportRow>> GetImeiLockFeesAsync(string? month, CancellationToken cancellationToken = default)
    {
        var (start, end) = ParseMonth(month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changes = db.ImeiStatusChanges.AsNoTracking();
        // A change stamped exactly at midnight belongs to the status the month starts with.
        var chargeable = db.Sims.AsNoTracking().VisibleTo(user).Where(s =>
            changes.Any(c => c.SimId == s.Id && c.At > start && c.At < end && Chargeable.Contains(c.To))
            || StatusAtStart.Contains(changes.Where(c => c.SimId == s.Id && c.At <= start)
                .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                .Select(c => (ImeiStatus?)c.To)
                .FirstOrDefault()));
        var rows = await chargeable.GroupBy(s => s.CustomerId)
            .Select(g => new FeeReportRow(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CustomerId is null).ThenBy(r => r.CustomerId)];
    }
}
