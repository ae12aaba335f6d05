using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Incidents;

public sealed record IncidentDto(long Id, int? CustomerId, string NewTac, int SimCount, DateTime FirstAt, DateTime LastAt);

/// <summary>The incidents list's filters: incidents whose first trigger is in [from, to).</summary>
public sealed record IncidentQuery(DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = 50);

/// <summary>Theft waves (see <see cref="Domain.Notifications.Incident"/>), scoped like the notifications they group.</summary>
public sealed class IncidentService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user)
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
}
