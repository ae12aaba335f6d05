using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Journal;

/// <summary>
/// A journal entry: the stored fields (the API's contract) and, beside them, the same entry as a person reads it, resolved
/// in the caller's scope: who (<see cref="UserName"/>: an email, "alarm Theft bar", "system"), what (<see cref="ActionLabel"/>,
/// <see cref="Subject"/> such as "SIM 8944…"), the fields that changed (<see cref="Changes"/>) and where the thing is
/// (<see cref="Link"/>, null when the caller may not open it).
/// </summary>
public sealed record JournalEntryDto(DateTime At, string? UserId, string Action, string Entity, string? EntityId, string? Before, string? After)
{
    public string UserName { get; init; } = ActorNames.System;
    public string ActionLabel { get; init; } = Action;
    public string Subject { get; init; } = Entity;
    public string? Link { get; init; }
    public IReadOnlyList<JournalChange> Changes { get; init; } = [];
}

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
        var rows = await page.Of(Order(entries), total)
            .Select(e => new StoredEntry(e.At, e.UserId, e.UserEmail, e.Action, e.Entity, e.EntityId, e.Before, e.After))
            .ToListAsync(cancellationToken);
        return new PagedResult<JournalEntryDto>(await DescribeAsync(db, rows, cancellationToken), total);
    }

    /// <summary>Names every thing the page's rows refer to with a few queries for the whole page (one per kind of thing), never one per row.</summary>
    private async Task<IReadOnlyList<JournalEntryDto>> DescribeAsync(PortalDbContext db, List<StoredEntry> rows, CancellationToken cancellationToken)
    {
        var raw = rows.ConvertAll(r => JournalText.RawChanges(r.Before, r.After));
        var references = rows.Select((r, i) => (Row: r, Changes: raw[i])).ToList();
        var names = await JournalNames.ResolveAsync(db, user, references, cancellationToken);
        return rows.Select((r, i) =>
        {
            var (subject, link) = names.Subject(r.Entity, r.EntityId, raw[i]);
            return new JournalEntryDto(r.At, r.UserId, r.Action, r.Entity, r.EntityId, r.Before, r.After)
            {
                UserName = names.Actors.Describe(r.UserId, r.UserEmail),
                ActionLabel = JournalText.Action(r.Action, r.Entity, raw[i]),
                Subject = subject,
                Link = link,
                Changes = JournalText.Readable(raw[i], names.Value),
            };
        }).ToList();
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

}

internal sealed record StoredEntry(DateTime At, string? UserId, string? UserEmail, string Action, string Entity, string? EntityId, string? Before, string? After);
