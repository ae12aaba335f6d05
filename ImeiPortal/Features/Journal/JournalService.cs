using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Journal;

public sealed record JournalEntryDto(DateTime At, string? UserId, string Action, string Entity, string? EntityId, string? Before, string? After);

/// <summary>The journal's filters, shared by the list, the page and the export.</summary>
public sealed record JournalQuery(string? Entity = null, string? EntityId = null, string? UserId = null, DateTime? From = null, DateTime? To = null,
    int Page = 1, int PageSize = 50);

/// <summary>Read-only by design: entries are written by the journal interceptor and login events, never edited.</summary>
public sealed class JournalService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user)
{
    public async Task<PagedResult<JournalEntryDto>> ListAsync(JournalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db, query);
        var total = await entries.CountAsync(cancellationToken);
        var items = await Project(page.Of(Order(entries), total)).ToListAsync(cancellationToken);
        return new PagedResult<JournalEntryDto>(items, total);
    }

    /// <summary>The list's rows, filtered and ordered, unpaged: what an export of the same filter writes.</summary>
    public IQueryable<JournalEntry> Rows(PortalDbContext db, JournalQuery query) => Order(Filter(db, query));

    private IQueryable<JournalEntry> Filter(PortalDbContext db, JournalQuery query)
    {
        var entries = db.Journal.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            var entity = query.Entity.Trim();
            entries = entries.Where(e => e.Entity == entity);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var entityId = query.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == entityId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            var userId = query.UserId.Trim();
            entries = entries.Where(e => e.UserId == userId);
        }

        return entries.Between(e => e.At, query.From, query.To);
    }

    private static IQueryable<JournalEntry> Order(IQueryable<JournalEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    private static IQueryable<JournalEntryDto> Project(IQueryable<JournalEntry> entries) =>
        entries.Select(e => new JournalEntryDto(e.At, e.UserId, e.Action, e.Entity, e.EntityId, e.Before, e.After));
}
