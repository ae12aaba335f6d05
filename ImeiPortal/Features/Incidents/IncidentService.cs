using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Incidents;

public sealed record IncidentDto(long Id, int? CustomerId, string NewTac, int SimCount, DateTime FirstAt, DateTime LastAt);

/// <summary>An incident as the incidents page shows it: the customer's and the model's names, and the SIMs of the wave.</summary>
public sealed record IncidentRow(IncidentDto Incident, string? CustomerName, DeviceModelDto? Model, IReadOnlyList<string> Iccids);

/// <summary>The incidents list's filters: incidents whose first trigger is in [from, to).</summary>
public sealed record IncidentQuery(DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = 50);

/// <summary>Theft waves (see <see cref="Domain.Notifications.Incident"/>), scoped like the notifications they group.</summary>
public sealed class IncidentService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, DeviceModelNames names)
{
    public async Task<PagedResult<IncidentDto>> ListAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw new ValidationFailedException("from", "from must not be after to.");
        }

        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incidents = db.Incidents.AsNoTracking().VisibleTo(user).Between(i => i.FirstAt, query.From, query.To);
        var total = await incidents.CountAsync(cancellationToken);
        var items = await page.Of(incidents.OrderByDescending(i => i.FirstAt).ThenByDescending(i => i.Id), total)
            .Select(i => new IncidentDto(i.Id, i.CustomerId, i.NewTac, i.SimCount, i.FirstAt, i.LastAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<IncidentDto>(items, total);
    }

    /// <summary>
    /// A page of <see cref="ListAsync"/> with what a person needs to read it: names instead of ids, and the SIMs (those of
    /// the incident's notifications the caller may see), in three queries for the page, not per incident.
    /// </summary>
    public async Task<PagedResult<IncidentRow>> ListWithSimsAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        var incidents = await ListAsync(query, cancellationToken);
        if (incidents.Items.Count == 0)
        {
            return new PagedResult<IncidentRow>([], incidents.Total);
        }

        var ids = incidents.Items.Select(i => i.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sims = (await db.Notifications.AsNoTracking().VisibleTo(user)
                .Where(n => n.IncidentId != null && ids.Contains(n.IncidentId.Value) && n.Iccid != null)
                .Select(n => new { IncidentId = n.IncidentId!.Value, Iccid = n.Iccid! }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(n => n.IncidentId, n => n.Iccid);
        var customerIds = incidents.Items.Where(i => i.CustomerId is not null).Select(i => i.CustomerId!.Value).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.PartnerId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var partners = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.PartnerId })
            .ToDictionaryAsync(i => i.Id, i => i.PartnerId, cancellationToken);
        var models = await names.LookupAsync(db,
            [.. incidents.Items.Select(i => (partners[i.Id], i.NewTac)).Distinct()], cancellationToken);
        return new PagedResult<IncidentRow>(
            [.. incidents.Items.Select(i => new IncidentRow(
                i,
                i.CustomerId is { } c && customers.TryGetValue(c, out var customer) ? customer.Name : null,
                models.GetValueOrDefault((partners[i.Id], i.NewTac)),
                [.. sims[i.Id].Order(StringComparer.Ordinal)]))],
            incidents.Total);
    }
}
