using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;

namespace ImeiPortal.Domain.Orders;

public enum OrderType
{
    Activate = 0,
    Suspend = 1,
    Resume = 2,
    Bar = 3,
    Unbar = 4,
    Deactivate = 5,
    ImeiStatus = 6,

    /// <summary>Opens a pre-authorised device swap window on a Locked SIM.</summary>
    AuthorizeSwap = 7,
}

/// <summary>Why an order exists; it decides how the order acts (an IMEI lock bar), the label only shows it.</summary>
public enum OrderReason
{
    /// <summary>Placed by a user or an integration through the orders API.</summary>
    User = 0,

    /// <summary>The action of an IMEI status change alarm (DOMAIN.md "When the alarm fires").</summary>
    ImeiLockAlarm = 1,
}

public enum OrderState
{
    Pending = 0,
    Completed = 1,
    Failed = 2,

    /// <summary>Withdrawn before it reached the network (a delayed alarm action whose SIM came back to its lock device).</summary>
    Cancelled = 3,
}

/// <summary>What an <see cref="OrderType.AuthorizeSwap"/> order opens: a window of <paramref name="Hours"/> for a device of <paramref name="Tac"/> (any when null).</summary>
public sealed record SwapRequest(int Hours, string? Tac, string? Reference);

/// <summary>
/// A change that reaches the network. It is durable: the SIM changes only when the provisioning
/// worker completes it, and a restart resumes whatever is still pending.
/// </summary>
public sealed class Order : ITenantOwned
{
    private Order() => Iccid = "";

    public Order(Sim sim, OrderType type, DateTime createdAt, DateTime dueAt, string? requestedBy,
        ImeiStatus? imeiStatus = null, UnbarOption? unbarOption = null, bool enableImeiLock = false, OrderReason cause = OrderReason.User,
        SwapRequest? swap = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        if (type == OrderType.ImeiStatus && imeiStatus is null)
        {
            throw new ArgumentException("An IMEI status order needs a target IMEI status.", nameof(imeiStatus));
        }

        if (type == OrderType.AuthorizeSwap && swap is null)
        {
            throw new ArgumentException("A swap authorisation needs its window.", nameof(swap));
        }

        SimId = sim.Id;
        Iccid = sim.Iccid;
        PartnerId = sim.PartnerId;
        CustomerId = sim.CustomerId;
        Type = type;
        ImeiStatus = type == OrderType.ImeiStatus ? imeiStatus : null;
        UnbarOption = type == OrderType.Unbar ? unbarOption : null;
        EnableImeiLock = type == OrderType.Activate && enableImeiLock;
        if (type == OrderType.AuthorizeSwap)
        {
            SwapHours = swap!.Hours;
            SwapTac = swap.Tac;
            SwapReference = swap.Reference;
        }

        CreatedAt = createdAt;
        DueAt = dueAt;
        RequestedBy = requestedBy;
        Cause = cause;
        State = OrderState.Pending;
    }

    public long Id { get; private set; }
    public long SimId { get; private set; }
    public string Iccid { get; private set; }

    /// <summary>Copied from the SIM when placed, so order lists and the journal scope without a join.</summary>
    public int PartnerId { get; private set; }
    public int? CustomerId { get; private set; }
    public OrderType Type { get; private set; }
    public ImeiStatus? ImeiStatus { get; private set; }
    public UnbarOption? UnbarOption { get; private set; }
    public bool EnableImeiLock { get; private set; }

    /// <summary>The swap window's length, model and reference of an <see cref="OrderType.AuthorizeSwap"/> order.</summary>
    public int? SwapHours { get; private set; }
    public string? SwapTac { get; private set; }
    public string? SwapReference { get; private set; }

    public SwapRequest? Swap => SwapHours is { } hours ? new SwapRequest(hours, SwapTac, SwapReference) : null;
    public OrderState State { get; private set; }
    public string? Reason { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime DueAt { get; private set; }

    /// <summary>
    /// The portal instance that claimed this order to process it, until <see cref="LeaseUntil"/>: with several
    /// instances on one database each order is processed by one of them, and a crashed instance's claim runs out.
    /// Written only by the claim (the store's own statement), never by the domain.
    /// </summary>
    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    /// <summary>User id, or <c>alarm:{id}</c> when an alarm action raised it.</summary>
    public string? RequestedBy { get; private set; }

    /// <summary>Why it exists (not <see cref="Reason"/>, which says why it failed).</summary>
    public OrderReason Cause { get; private set; }

    /// <summary>What pages and the API show for an order not placed by a user, e.g. "IMEI lock bar".</summary>
    public string? Label => (Cause, Type) switch
    {
        (OrderReason.ImeiLockAlarm, OrderType.Bar) => ImeiLockBarLabel,
        (OrderReason.ImeiLockAlarm, OrderType.Deactivate) => ImeiLockDeactivateLabel,
        _ => null,
    };

    public void Complete(DateTime at)
    {
        EnsurePending();
        State = OrderState.Completed;
        CompletedAt = at;
    }

    /// <summary>Withdraws a pending order; <paramref name="reason"/> says why, for the order list and the journal.</summary>
    public void Cancel(string reason, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePending();
        State = OrderState.Cancelled;
        Reason = reason;
        CompletedAt = at;
    }

    public void Fail(string reason, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePending();
        State = OrderState.Failed;
        Reason = reason;
        CompletedAt = at;
    }

    /// <summary>Runs the order's change on its SIM; throws <see cref="TransitionRefusedException"/> when its precondition no longer holds.</summary>
    /// <param name="at">When the order reaches the network: a swap window starts then.</param>
    /// <param name="lockScope">The customer's default lock scope, for an activation.</param>
    public void ApplyTo(Sim sim, ImeiStatus? serviceDefault, DateTime at, LockScope? lockScope = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        if (sim.Id != SimId)
        {
            throw new InvalidOperationException($"Order {Id} is for SIM {SimId}, not {sim.Id}.");
        }

        switch (Type)
        {
            case OrderType.Activate: sim.Activate(EnableImeiLock, serviceDefault, lockScope); break;
            case OrderType.Suspend: sim.Suspend(); break;
            case OrderType.Resume: sim.Resume(); break;
            case OrderType.Bar: sim.Bar(byImeiLock: Cause == OrderReason.ImeiLockAlarm); break;
            case OrderType.Unbar: sim.Unbar(UnbarOption); break;
            case OrderType.Deactivate: sim.Deactivate(); break;
            case OrderType.ImeiStatus: sim.ChangeImeiStatus(ImeiStatus!.Value); break;
            case OrderType.AuthorizeSwap: sim.AuthorizeSwap(SwapHours!.Value, SwapTac, SwapReference, at); break;
            default: throw new InvalidOperationException($"Unknown order type {Type}.");
        }
    }

    /// <summary>Checks the order may be placed on the SIM as it is now (throws <see cref="TransitionRefusedException"/>).</summary>
    public static void Validate(Sim sim, OrderType type, ImeiStatus? imeiStatus, UnbarOption? unbarOption = null, SwapRequest? swap = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        switch (type)
        {
            case OrderType.Activate: sim.ValidateActivate(); break;
            case OrderType.Suspend: sim.ValidateSuspend(); break;
            case OrderType.Resume: sim.ValidateResume(); break;
            case OrderType.Bar: sim.ValidateBar(); break;
            case OrderType.Unbar: sim.ValidateUnbar(unbarOption); break;
            case OrderType.Deactivate: sim.ValidateDeactivate(); break;
            case OrderType.ImeiStatus: sim.ValidateImeiStatusChange(imeiStatus!.Value); break;
            case OrderType.AuthorizeSwap:
                ArgumentNullException.ThrowIfNull(swap);
                sim.ValidateAuthorizeSwap(swap.Hours, swap.Tac);
                break;
            default: throw new InvalidOperationException($"Unknown order type {type}.");
        }
    }

    public const string ImeiLockBarLabel = "IMEI lock bar";
    public const string ImeiLockDeactivateLabel = "IMEI lock deactivate";

    private void EnsurePending()
    {
        if (State != OrderState.Pending)
        {
            throw new InvalidOperationException($"Order {Id} is already {State}.");
        }
    }
}
