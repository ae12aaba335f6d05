using ImeiPortal.Data;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

/// <param name="UnbarOption">How a Differed SIM's lock continues after <see cref="BulkAction.Unbar"/>; other SIMs unbar plainly.</param>
public sealed record BulkRequest(IReadOnlyList<string> Iccids, BulkAction Action, int? CustomerId = null, ImeiStatus? ImeiStatus = null,
    UnbarOption? UnbarOption = null);

public sealed record BulkItem(string Iccid, bool Allowed, string? Reason);

public sealed record BulkResult(int Done, IReadOnlyList<BulkItem> Refused);

/// <summary>
/// One action on a chunk of SIMs (at most a page). A preview says per SIM whether the action applies now, so the user
/// confirms knowing what will happen; applying goes through the same services as a single change. Users reach it
/// through a <see cref="BulkJobService"/> job, whose worker applies its SIMs chunk by chunk.
/// </summary>
public sealed class SimBulkService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, SimService sims, OrderService orders)
{
    /// <summary>A chunk is a page of the list at most.</summary>
    public const int MaxSims = PageRequest.MaxPageSize;

    /// <summary>Above this many SIMs the page asks for an explicit confirmation after the preview.</summary>
    public const int ConfirmAbove = 10;

    public const string NotFound = "SIM not found";

    public async Task<IReadOnlyList<BulkItem>> PreviewAsync(BulkRequest request, CancellationToken cancellationToken = default) =>
        [.. (await CheckAsync(request, cancellationToken)).Select(c => c.Item)];

    /// <summary>Applies the action to each SIM it applies to; every other one is in the result with its reason.</summary>
    public async Task<BulkResult> ApplyAsync(BulkRequest request, CancellationToken cancellationToken = default)
    {
        var refused = new List<BulkItem>();
        var done = 0;
        foreach (var (item, sim) in await CheckAsync(request, cancellationToken))
        {
            if (!item.Allowed)
            {
                refused.Add(item);
                continue;
            }

            try
            {
                await ApplyOneAsync(sim!, request, cancellationToken);
                done++;
            }
            catch (Exception e) when (Refusal.Describe(e) is { } reason)
            {
                // The SIM changed between preview and apply (feed, another user): report it, carry on with the rest.
                refused.Add(new BulkItem(item.Iccid, false, reason));
            }
        }

        return new BulkResult(done, refused);
    }

    private async Task<IReadOnlyList<(BulkItem Item, Sim? Sim)>> CheckAsync(BulkRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Sims.AsNoTracking().VisibleTo(user).Where(s => request.Iccids.Contains(s.Iccid)).ToDictionaryAsync(s => s.Iccid, cancellationToken);
        var customerPartner = request.CustomerId is { } customerId
            ? await db.Customers.VisibleTo(user).Where(c => c.Id == customerId).Select(c => (int?)c.PartnerId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return request.Iccids.Distinct().Select(iccid => found.TryGetValue(iccid, out var sim)
            ? (Check(sim, request, customerPartner), sim)
            : (new BulkItem(iccid, false, NotFound), null)).ToList();
    }

    private Task ApplyOneAsync(Sim sim, BulkRequest request, CancellationToken cancellationToken) => request.Action switch
    {
        BulkAction.AssignCustomer => sims.AssignCustomerAsync(sim.Iccid, new AssignCustomerRequest(request.CustomerId), cancellationToken),
        _ => orders.PlaceAsync(sim.Iccid, new PlaceOrderRequest(OrderTypeOf(request.Action), request.ImeiStatus, UnbarOptionFor(sim, request)), cancellationToken),
    };

    private static OrderType OrderTypeOf(BulkAction action) => action switch
    {
        BulkAction.ImeiStatus => OrderType.ImeiStatus,
        BulkAction.Suspend => OrderType.Suspend,
        BulkAction.Resume => OrderType.Resume,
        BulkAction.Activate => OrderType.Activate,
        BulkAction.Bar => OrderType.Bar,
        BulkAction.Unbar => OrderType.Unbar,
        BulkAction.Deactivate => OrderType.Deactivate,
        _ => throw new ValidationFailedException("action", $"Unknown action {action}."),
    };

    // The option belongs to a Differed SIM's unbar only (DOMAIN.md); a bulk unbar lifts the others' bars plainly rather
    // than refusing them for an option they cannot take.
    /// <summary>What the action needs of the user's role: the same as placing its order (or assigning) one by one.</summary>
    public static Permission RequiredPermission(BulkAction action) =>
        action == BulkAction.AssignCustomer ? Permission.ManageSims : OrderService.RequiredPermission(OrderTypeOf(action));

    private static UnbarOption? UnbarOptionFor(Sim sim, BulkRequest request) =>
        request.Action == BulkAction.Unbar && sim.ImeiStatus == ImeiStatus.Differed ? request.UnbarOption : null;

    private BulkItem Check(Sim sim, BulkRequest request, int? customerPartner)
    {
        if (!user.Has(RequiredPermission(request.Action)))
        {
            return new BulkItem(sim.Iccid, false, "Your role does not allow this.");
        }

        if (request.Action == BulkAction.AssignCustomer)
        {
            return request.CustomerId is null || customerPartner == sim.PartnerId
                ? new BulkItem(sim.Iccid, true, null)
                : new BulkItem(sim.Iccid, false, "The customer belongs to another partner.");
        }

        try
        {
            Order.Validate(sim, OrderTypeOf(request.Action), request.ImeiStatus, UnbarOptionFor(sim, request));
            return new BulkItem(sim.Iccid, true, null);
        }
        catch (TransitionRefusedException e)
        {
            return new BulkItem(sim.Iccid, false, e.Message);
        }
    }

    private static void Validate(BulkRequest request)
    {
        var validation = new Validation();
        if (request.Iccids.Count == 0)
        {
            validation.Add("iccids", "Select at least one SIM.");
        }
        else if (request.Iccids.Count > MaxSims)
        {
            validation.Add("iccids", $"At most {MaxSims} SIMs at once.");
        }

        if (request.Action == BulkAction.ImeiStatus && request.ImeiStatus is null)
        {
            validation.Add("imeiStatus", "Choose the IMEI status to set.");
        }

        validation.ThrowIfInvalid();
    }
}
