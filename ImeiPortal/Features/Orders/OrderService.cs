using ImeiPortal.Data;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Orders;

/// <param name="Hours">The swap window of an AuthorizeSwap order (1 to 72), with an optional <paramref name="Tac"/> and <paramref name="Reference"/>.</param>
public sealed record PlaceOrderRequest(
    OrderType? Type, ImeiStatus? ImeiStatus = null, UnbarOption? UnbarOption = null, bool? EnableImeiLock = null,
    int? Hours = null, string? Tac = null, string? Reference = null);

public sealed record OrderDto(
    long Id, string Iccid, OrderType Type, OrderState State, string? Reason, DateTime CreatedAt, DateTime? CompletedAt,
    ImeiStatus? ImeiStatus, UnbarOption? UnbarOption, bool EnableImeiLock, string? Label, string? RequestedBy)
{
    /// <summary>The window an AuthorizeSwap order opens (null for other orders).</summary>
    public SwapRequest? Swap { get; init; }

    /// <summary>Who placed it as a person reads it: an email, "alarm Theft bar", "API key …" or "system" (<see cref="RequestedBy"/> is the stored id).</summary>
    public string RequestedByName { get; init; } = ActorNames.System;
}

public sealed class OrderService(
    IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock, IOptions<ProvisioningOptions> options,
    Operations.PortalMetrics metrics)
{
    /// <summary>Checks the order against the SIM as it is now and queues it; the SIM changes when the worker completes it.</summary>
    public async Task<OrderDto> PlaceAsync(string iccid, PlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validation = new Validation();
        if (request.Type is null)
        {
            validation.Add("type", "type is required.");
        }
        else if (request.Type == OrderType.ImeiStatus && request.ImeiStatus is null)
        {
            validation.Add("imeiStatus", "imeiStatus is required for an ImeiStatus order.");
        }
        else if (request.Type == OrderType.AuthorizeSwap)
        {
            ValidateSwap(request, validation);
        }

        validation.ThrowIfInvalid();
        var type = request.Type!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sim = await SimService.FindAsync(db, user, iccid, cancellationToken);
        user.Require(RequiredPermission(type));
        var swap = type == OrderType.AuthorizeSwap ? new SwapRequest(request.Hours!.Value, request.Tac?.Trim(), request.Reference?.Trim()) : null;
        Order.Validate(sim, type, request.ImeiStatus, request.UnbarOption, swap);
        // A double click, or a colleague, asking for what is already on its way: say so, instead of queuing a second
        // order that fails with the domain's refusal once the first completes.
        var target = request.ImeiStatus;
        if (await db.Orders.AnyAsync(o => o.SimId == sim.Id && o.Type == type && o.State == OrderState.Pending
                && (type != OrderType.ImeiStatus || o.ImeiStatus == target), cancellationToken))
        {
            throw new ConflictException(
                $"This SIM already has a pending {(type == OrderType.ImeiStatus ? $"IMEI status → {target}" : type.ToString())} order; "
                + "it takes effect when the network completes it, so there is nothing to place again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var order = new Order(sim, type, now, now.AddSeconds(options.Value.DelaySeconds), user.UserId,
            request.ImeiStatus, request.UnbarOption, request.EnableImeiLock ?? false, swap: swap);
        db.Orders.Add(order);
        // Saving wakes the worker (through the change hub) once the order is committed.
        await db.SaveChangesAsync(cancellationToken);
        metrics.Order(type.ToString(), order.State.ToString());
        return ToDto(order) with { RequestedByName = user.Email ?? ActorNames.System };
    }

    /// <summary>
    /// Queues an order raised by the system (an alarm's action) in the caller's context without saving, so it commits
    /// together with whatever raised it; the worker is woken once that save has happened. Checked against the SIM as it
    /// is now (throws <see cref="TransitionRefusedException"/>). A pending order of the same type is reused rather than
    /// doubled: two alarms (or a user) may already have asked for the same change.
    /// </summary>
    public async Task<(Order Order, bool Placed)> PlaceSystemOrderAsync(
        IBatchContext db, Sim sim, OrderType type, OrderReason cause, string requestedBy, TimeSpan delay = default,
        bool pendingLoaded = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        Order.Validate(sim, type, null);
        // pendingLoaded: the caller has read the SIM's pending orders into this context already (the feed, for a whole batch).
        var pending = db.Orders.Local.FirstOrDefault(o => o.SimId == sim.Id && o.Type == type && o.State == OrderState.Pending)
            ?? (pendingLoaded ? null : await db.Orders.FirstOrDefaultAsync(o => o.SimId == sim.Id && o.Type == type && o.State == OrderState.Pending, cancellationToken));
        if (pending is not null)
        {
            return (pending, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var order = new Order(sim, type, now, now.AddSeconds(options.Value.DelaySeconds).Add(delay), requestedBy, cause: cause);
        // The worker is woken when the caller's transaction commits it (see Data/Changes/ChangeSignals); the feed
        // counts it in the meters then too.
        db.Orders.Add(order);
        return (order, true);
    }

    /// <summary>
    /// Withdraws the IMEI lock alarm's orders for <paramref name="sim"/> that are not due yet (a delayed Bar or Deactivate),
    /// in the caller's context; returns how many. An order already due is the network's business by now and stays.
    /// </summary>
    public async Task<int> CancelDelayedAlarmOrdersAsync(IBatchContext db, Sim sim, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sim);
        var now = clock.GetUtcNow().UtcDateTime;
        var delayed = await db.Orders
            .Where(o => o.SimId == sim.Id && o.State == OrderState.Pending && o.Cause == OrderReason.ImeiLockAlarm && o.DueAt > now)
            .ToListAsync(cancellationToken);
        foreach (var order in delayed)
        {
            order.Cancel(reason, now);
        }

        return delayed.Count;
    }

    public async Task<OrderDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Order", id);
        var names = await ActorNames.ResolveAsync(db, user, [order.RequestedBy], cancellationToken);
        return ToDto(order) with { RequestedByName = names.Describe(order.RequestedBy) };
    }

    public async Task<IReadOnlyList<OrderDto>> ListForSimAsync(string iccid, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sim = await SimService.FindAsync(db, user, iccid, cancellationToken);
        var orders = await db.Orders.AsNoTracking().Where(o => o.SimId == sim.Id)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);
        // One look-up per kind of placer for the whole list, not one per order.
        var names = await ActorNames.ResolveAsync(db, user, orders.Select(o => o.RequestedBy), cancellationToken);
        return orders.ConvertAll(o => ToDto(o) with { RequestedByName = names.Describe(o.RequestedBy) });
    }

    private static void ValidateSwap(PlaceOrderRequest request, Validation validation)
    {
        if (request.Hours is not (>= Sim.MinSwapHours and <= Sim.MaxSwapHours))
        {
            validation.Add("hours", $"hours is required for an AuthorizeSwap order and must be between {Sim.MinSwapHours} and {Sim.MaxSwapHours}.");
        }

        if (request.Tac is { } tac && !Domain.Identifiers.Imei.TryParseTac(tac, out _, out var error))
        {
            validation.Add("tac", error);
        }

        if (request.Reference is { Length: > Sim.SwapReferenceMaxLength })
        {
            validation.Add("reference", $"reference must be at most {Sim.SwapReferenceMaxLength} characters.");
        }
    }

    /// <summary>IMEI status, swaps and unbar are the customer's own levers; lifecycle orders are the partner's.</summary>
    public static Permission RequiredPermission(OrderType type) => type switch
    {
        OrderType.ImeiStatus or OrderType.AuthorizeSwap => Permission.ChangeImeiStatus,
        OrderType.Unbar => Permission.Unbar,
        _ => Permission.PlaceLifecycleOrders,
    };

    public static OrderDto ToDto(Order o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.Iccid, o.Type, o.State, o.Reason, o.CreatedAt, o.CompletedAt, o.ImeiStatus, o.UnbarOption, o.EnableImeiLock,
            o.Label, o.RequestedBy)
        {
            Swap = o.Swap,
        };
    }
}
