using ImeiPortal.Data;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Dashboard;

public sealed record StatusCount<TStatus>(TStatus Status, int Count)
    where TStatus : struct, Enum
{
    /// <summary>Chart category: the name, not the enum's number.</summary>
    public string Label => Status.ToString();
}

public sealed record DifferedSim(string Iccid, string? Imei, string? ImeiLock, DateTime? ImeiLastSeenAt, bool TacChanged);

/// <summary>A Differed SIM with the theft risk of its last trigger and why.</summary>
public sealed record RiskySim(string Iccid, int RiskScore, IReadOnlyList<string> Reasons);

public sealed record RecentNotification(long Id, string? Iccid, DateTime CreatedAt, NotificationKind Kind, string Message);

public sealed record PendingOrder(long Id, string Iccid, OrderType Type, DateTime CreatedAt, DateTime DueAt);

public sealed record DashboardSummary(
    IReadOnlyList<StatusCount<SimStatus>> BySimStatus,
    IReadOnlyList<StatusCount<ImeiStatus>> ByImeiStatus,
    IReadOnlyList<DifferedSim> Differed,
    int DifferedTotal,
    int FrequentChanges,
    IReadOnlyList<RecentNotification> RecentNotifications,
    IReadOnlyList<PendingOrder> PendingOrders,
    int PendingOrdersTotal)
{
    /// <summary>The Differed SIMs most likely stolen first: where to start in a theft wave.</summary>
    public IReadOnlyList<RiskySim> HighestRisk { get; init; } = [];

    /// <summary>IMEI lock triggers per UTC day over the last <see cref="TriggerHistory.Days"/> days, oldest first, zeros included.</summary>
    public IReadOnlyList<DailyTriggers> TriggersPerDay { get; init; } = [];

    /// <summary>For an Admin: the same days' triggers per partner (every partner, busiest first); empty for anyone else.</summary>
    public IReadOnlyList<PartnerTriggers> TriggersByPartner { get; init; } = [];
}

/// <summary>What a user sees first: where their SIMs stand and what needs attention, in their scope.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public const int HighestRiskRows = 10;

    public async Task<DashboardSummary> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sims = db.Sims.AsNoTracking().VisibleTo(user);

        // Grouped counts run in the database; every status appears, zero or not, so charts keep their shape.
        var bySim = await sims.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byImei = await sims.GroupBy(s => s.ImeiStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var differed = sims.Where(s => s.ImeiStatus == ImeiStatus.Differed);
        var pending = db.Orders.AsNoTracking().VisibleTo(user).Where(o => o.State == OrderState.Pending);
        var risky = await differed.Where(s => s.RiskScore != null)
            .OrderByDescending(s => s.RiskScore).ThenByDescending(s => s.ImeiLastSeenAt).Take(HighestRiskRows)
            .Select(s => new { s.Iccid, Score = s.RiskScore!.Value, s.RiskReasonList }).ToListAsync(cancellationToken);
        var (perDay, byPartner) = await TriggerHistory.ReadAsync(db, user, clock.GetUtcNow().UtcDateTime, cancellationToken);

        return new DashboardSummary(
            Enum.GetValues<SimStatus>().Select(s => new StatusCount<SimStatus>(s, bySim.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            Enum.GetValues<ImeiStatus>().Select(s => new StatusCount<ImeiStatus>(s, byImei.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            await differed.OrderByDescending(s => s.ImeiLastSeenAt).Take(10)
                .Select(s => new DifferedSim(s.Iccid, s.Imei, s.ImeiLock, s.ImeiLastSeenAt, s.TacChanged)).ToListAsync(cancellationToken),
            await differed.CountAsync(cancellationToken),
            await sims.CountAsync(s => s.FrequentImeiChanges, cancellationToken),
            await db.Notifications.AsNoTracking().VisibleTo(user).OrderByDescending(n => n.CreatedAt).Take(10)
                .Select(n => new RecentNotification(n.Id, n.Iccid, n.CreatedAt, n.Kind, n.Message)).ToListAsync(cancellationToken),
            await pending.OrderBy(o => o.DueAt).Take(10)
                .Select(o => new PendingOrder(o.Id, o.Iccid, o.Type, o.CreatedAt, o.DueAt)).ToListAsync(cancellationToken),
            await pending.CountAsync(cancellationToken))
        {
            HighestRisk = [.. risky.Select(r => new RiskySim(r.Iccid, r.Score, r.RiskReasonList.Length == 0 ? [] : r.RiskReasonList.Split('\n')))],
            TriggersPerDay = perDay,
            TriggersByPartner = byPartner,
        };
    }
}
