using ImeiPortal.Data;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Orders;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Sims;

public enum BulkAction
{
    AssignCustomer,
    ImeiStatus,
    Suspend,
    Resume,
}

public sealed record BulkRequest(IReadOnlyList<string> Iccids, BulkAction Action, int? CustomerId = null, ImeiStatus? ImeiStatus = null);

public sealed record BulkItem(string Iccid, bool Allowed, string? Reason);

public sealed record BulkResult(int Done, IReadOnlyList<BulkItem> Refused);

/// <summary>
/// One action on many selected SIMs. A preview says per SIM whether the action applies now, so the user
/// confirms knowing what will happen; applying goes through the same services as a single change.
/// </summary>
public sealed class SimBulkService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, SimService sims, OrderService orders)
{
    /// <summary>A selection is a page of the list at most.</summary>
    public const int MaxSims = PageRequest.MaxPageSize;

    /// <summary>Above this many SIMs the page asks for an explicit confirmation after the preview.</summary>
    public const int ConfirmAbove = 10;

    public async Task<IReadOnlyList<BulkItem>> PreviewAsync(BulkRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Sims.AsNoTracking().VisibleTo(user).Where(s => request.Iccids.Contains(s.Iccid)).ToDictionaryAsync(s => s.Iccid, cancellationToken);
        var customerPartner = request.CustomerId is { } customerId
            ? await db.Customers.VisibleTo(user).Where(c => c.Id == customerId).Select(c => (int?)c.PartnerId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return request.Iccids.Distinct().Select(iccid => found.TryGetValue(iccid, out var sim)
            ? Check(sim, request, customerPartner)
            : new BulkItem(iccid, false, "SIM not found")).ToList();
    }

    public async Task<BulkResult> ApplyAsync(BulkRequest request, CancellationToken cancellationToken = default)
    {
        var refused = new List<BulkItem>();
        var done = 0;
        foreach (var item in await PreviewAsync(request, cancellationToken))
        {
            if (!item.Allowed)
            {
                refused.Add(item);
                continue;
            }

            try
            {
                await ApplyOneAsync(item.Iccid, request, cancellationToken);
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

    private Task ApplyOneAsync(string iccid, BulkRequest request, CancellationToken cancellationToken) => request.Action switch
    {
        BulkAction.AssignCustomer => sims.AssignCustomerAsync(iccid, new AssignCustomerRequest(request.CustomerId), cancellationToken),
        BulkAction.ImeiStatus => orders.PlaceAsync(iccid, new PlaceOrderRequest(OrderType.ImeiStatus, request.ImeiStatus), cancellationToken),
        BulkAction.Suspend => orders.PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Suspend), cancellationToken),
        BulkAction.Resume => orders.PlaceAsync(iccid, new PlaceOrderRequest(OrderType.Resume), cancellationToken),
        _ => throw new ValidationFailedException("action", $"Unknown action {request.Action}."),
    };

    private BulkItem Check(Sim sim, BulkRequest request, int? customerPartner)
    {
        var permission = request.Action switch
        {
            BulkAction.AssignCustomer => Permission.ManageSims,
            BulkAction.ImeiStatus => Permission.ChangeImeiStatus,
            _ => Permission.PlaceLifecycleOrders,
        };
        if (!user.Has(permission))
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
            var type = request.Action switch
            {
                BulkAction.ImeiStatus => OrderType.ImeiStatus,
                BulkAction.Suspend => OrderType.Suspend,
                _ => OrderType.Resume,
            };
            Order.Validate(sim, type, request.ImeiStatus);
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
