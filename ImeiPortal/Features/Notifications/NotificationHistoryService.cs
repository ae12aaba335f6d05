using ImeiPortal.Data;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Notifications;

/// <summary>
/// One recipient's delivery. <see cref="Target"/> is null when the delivery is another scope's: a partner-level alarm's
/// recipients (its people, addresses, webhook URL with any token in it) seen by a customer's user. Such a delivery is
/// still listed with its channel and state, so the user can tell it went out, but not to whom.
/// </summary>
public sealed record DeliveryDto(DeliveryChannel Channel, string? Target, DeliveryState State, int Attempts);

public sealed record NotificationDto(
    long Id,
    int AlarmId,
    string? Iccid,
    DateTime CreatedAt,
    NotificationKind Kind,
    string Message,
    string? PreviousImei,
    string? NewImei,
    string? ImeiLock,
    bool TacChanged,
    IReadOnlyList<DeliveryDto> Deliveries)
{
    /// <summary>The trigger's theft risk (IMEI lock notifications) and its reasons.</summary>
    public int? RiskScore { get; init; }

    public IReadOnlyList<string> RiskReasons { get; init; } = [];

    /// <summary>The theft wave (incident) this notification belongs to, if any.</summary>
    public long? IncidentId { get; init; }

    /// <summary>Whether the caller has a portal delivery of it not yet opened (the rows the badge counts).</summary>
    public bool Unread { get; init; }
}

public sealed record UnreadCountDto(int Count);

/// <summary>The notification history's filters, shared by the list, the page and the export.</summary>
public sealed record NotificationQuery(string? Iccid = null, int? AlarmId = null, DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = 50);

/// <summary>Notification history and the portal inbox (the toasts pages show are MudBlazor's ISnackbar, not these).</summary>
public sealed class NotificationHistoryService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<PagedResult<NotificationDto>> ListAsync(NotificationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notifications = Filter(db, query);
        var total = await notifications.CountAsync(cancellationToken);
        var items = await Project(page.Of(Order(notifications), total)).ToListAsync(cancellationToken);
        return new PagedResult<NotificationDto>(await WithVisibleTargetsAsync(db, items, cancellationToken), total);
    }

    public async Task<NotificationDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notification = await Project(db.Notifications.AsNoTracking().VisibleTo(user).Where(n => n.Id == id)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Notification", id);
        return (await WithVisibleTargetsAsync(db, [notification], cancellationToken))[0];
    }

    /// <summary>The caller's unread portal notifications (the badge).</summary>
    public async Task<UnreadCountDto> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return new UnreadCountDto(0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Notifications.VisibleTo(user).Select(n => n.Id);
        var count = await db.NotificationDeliveries.CountAsync(
            d => d.Channel == DeliveryChannel.Portal && d.Target == userId && d.ReadAt == null && visible.Contains(d.NotificationId),
            cancellationToken);
        return new UnreadCountDto(count);
    }

    public async Task MarkReadAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Notifications.VisibleTo(user).Where(n => n.Id == id).Select(n => n.Id);
        var delivery = await db.NotificationDeliveries.FirstOrDefaultAsync(
            d => visible.Contains(d.NotificationId) && d.Channel == DeliveryChannel.Portal && d.Target == user.UserId, cancellationToken)
            ?? throw new NotFoundException("Notification", id);
        delivery.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks every unread portal notification of the caller read, in one statement (an inbox may hold thousands).</summary>
    /// <returns>How many were unread.</returns>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Notifications.VisibleTo(user).Select(n => n.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.NotificationDeliveries
            .Where(d => d.Channel == DeliveryChannel.Portal && d.Target == userId && d.ReadAt == null && visible.Contains(d.NotificationId))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.ReadAt, now), cancellationToken);
    }

    /// <summary>The list's rows, filtered and ordered, unpaged: what an export of the same filter writes.</summary>
    public IQueryable<Notification> Rows(PortalDbContext db, NotificationQuery query) => Order(Filter(db, query));

    private IQueryable<Notification> Filter(PortalDbContext db, NotificationQuery query)
    {
        var notifications = db.Notifications.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(query.Iccid))
        {
            var iccid = query.Iccid.Trim();
            notifications = notifications.Where(n => n.Iccid == iccid);
        }

        if (query.AlarmId is { } alarmId)
        {
            notifications = notifications.Where(n => n.AlarmId == alarmId);
        }

        return notifications.Between(n => n.CreatedAt, query.From, query.To);
    }

    private static IQueryable<Notification> Order(IQueryable<Notification> notifications) =>
        notifications.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);

    private IQueryable<NotificationDto> Project(IQueryable<Notification> notifications)
    {
        var userId = user.UserId;
        return notifications.Select(n => new NotificationDto(
            n.Id, n.AlarmId, n.Iccid, n.CreatedAt, n.Kind, n.Message, n.PreviousImei, n.NewImei, n.ImeiLock, n.TacChanged,
            n.Deliveries.OrderBy(d => d.Id).Select(d => new DeliveryDto(d.Channel, d.Target, d.State, d.Attempts)).ToList())
        {
            RiskScore = n.RiskScore,
            RiskReasons = n.RiskReasonList == "" ? new List<string>() : n.RiskReasonList.Split('\n', StringSplitOptions.None).ToList(),
            IncidentId = n.IncidentId,
            Unread = userId != null && n.Deliveries.Any(d => d.Channel == DeliveryChannel.Portal && d.Target == userId && d.ReadAt == null),
        });
    }

    /// <summary>
    /// A customer's notification may come from its partner's alarm; that alarm's recipients are the partner's to know, so
    /// a customer's user sees their targets only for alarms of their own scope (and always their own portal delivery).
    /// Platform and partner users see every alarm their notifications can come from, deleted ones included.
    /// </summary>
    private async Task<List<NotificationDto>> WithVisibleTargetsAsync(PortalDbContext db, List<NotificationDto> items, CancellationToken cancellationToken)
    {
        if (user.Level is TenantLevel.Platform or TenantLevel.Partner || items.Count == 0)
        {
            return items;
        }

        var alarmIds = items.Select(n => n.AlarmId).Distinct().ToList();
        var own = (await db.Alarms.VisibleTo(user).Where(a => alarmIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        return items.ConvertAll(n => own.Contains(n.AlarmId) ? n : n with
        {
            Deliveries = [.. n.Deliveries.Select(d => d.Channel == DeliveryChannel.Portal && d.Target == user.UserId ? d : d with { Target = null })],
        });
    }
}
