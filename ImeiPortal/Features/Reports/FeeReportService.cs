using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Exports;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Reports;

/// <param name="CustomerId">Null groups the SIMs that have no customer.</param>
public sealed record FeeReportRow(int? CustomerId, int ChargeableSims);

/// <param name="CustomerName">Null for the partner's SIMs that have no customer.</param>
public sealed record FeeReportLine(int PartnerId, string PartnerName, int? CustomerId, string? CustomerName, int ChargeableSims)
{
    public const string NoCustomer = "(no customer)";
}

/// <param name="Month">YYYY-MM.</param>
public sealed record FeeReport(string Month, IReadOnlyList<FeeReportLine> Lines)
{
    public int Total => Lines.Sum(l => l.ChargeableSims);

    /// <summary>Per partner, in the lines' order (an Admin's summary).</summary>
    public IReadOnlyList<(int PartnerId, string PartnerName, int ChargeableSims)> ByPartner =>
        [.. Lines.GroupBy(l => (l.PartnerId, l.PartnerName)).Select(g => (g.Key.PartnerId, g.Key.PartnerName, g.Sum(l => l.ChargeableSims)))];
}

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
        var rows = await ChargeableSims(db, start, end).GroupBy(s => s.CustomerId)
            .Select(g => new FeeReportRow(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CustomerId is null).ThenBy(r => r.CustomerId)];
    }

    /// <summary>
    /// The same report for people: one line per partner and customer the caller sees, named, ordered by partner and
    /// customer name (SIMs without a customer last within their partner).
    /// </summary>
    public async Task<FeeReport> GetImeiLockFeeReportAsync(string? month, CancellationToken cancellationToken = default)
    {
        var (start, end) = ParseMonth(month);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await ChargeableSims(db, start, end).GroupBy(s => new { s.PartnerId, s.CustomerId })
            .Select(g => new { g.Key.PartnerId, g.Key.CustomerId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var partnerIds = counts.Select(c => c.PartnerId).Distinct().ToList();
        var customerIds = counts.Select(c => c.CustomerId).OfType<int>().Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var lines = counts
            .Select(c => new FeeReportLine(c.PartnerId, partners.GetValueOrDefault(c.PartnerId, $"Partner {c.PartnerId}"), c.CustomerId,
                c.CustomerId is { } id ? customers.GetValueOrDefault(id, $"Customer {id}") : null, c.Count))
            .OrderBy(l => l.PartnerName, StringComparer.CurrentCultureIgnoreCase).ThenBy(l => l.PartnerId)
            .ThenBy(l => l.CustomerId is null).ThenBy(l => l.CustomerName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new FeeReport(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), lines);
    }

    /// <summary>The report as a file (CSV or XLSX), with readable headers and the ids as extra columns.</summary>
    public async Task<string> WriteImeiLockFeesAsync(string? month, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        var report = await GetImeiLockFeeReportAsync(month, cancellationToken);
        await ExportService.WriteSheetAsync(report.Lines, "IMEI lock fees", FileHeaders, static (line, w) =>
        {
            w.Text(line.PartnerName);
            w.Text(line.CustomerName ?? FeeReportLine.NoCustomer);
            w.Number(line.ChargeableSims);
            w.Number(line.PartnerId);
            w.Number(line.CustomerId);
        }, format, output, cancellationToken);
        return $"imei-lock-fees-{report.Month}.{format.ToString().ToLowerInvariant()}";
    }

    private static readonly string[] FileHeaders = ["Partner", "Customer", "Chargeable SIMs", "Partner id", "Customer id"];

    private IQueryable<Sim> ChargeableSims(PortalDbContext db, DateTime start, DateTime end)
    {
        var changes = db.ImeiStatusChanges.AsNoTracking();
        // A change stamped exactly at midnight belongs to the status the month starts with.
        return db.Sims.AsNoTracking().VisibleTo(user).Where(s =>
            changes.Any(c => c.SimId == s.Id && c.At > start && c.At < end && Chargeable.Contains(c.To))
            || StatusAtStart.Contains(changes.Where(c => c.SimId == s.Id && c.At <= start)
                .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                .Select(c => (ImeiStatus?)c.To)
                .FirstOrDefault()));
    }
}
