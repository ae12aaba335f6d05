using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Orders;

public static class OrdersApi
{
    public static void MapPortalOrdersApi(this RouteGroupBuilder api)
    {
        api.MapPost("/sims/{iccid}/orders", PlaceAsync).WithTags("Orders");
        api.MapGet("/sims/{iccid}/orders", static (string iccid, OrderService orders, CancellationToken ct) => orders.ListForSimAsync(iccid, ct)).WithTags("Orders");
        api.MapGet("/orders/{id:long}", static (long id, OrderService orders, CancellationToken ct) => orders.GetAsync(id, ct)).WithTags("Orders");
    }

    private static async Task<Accepted<OrderDto>> PlaceAsync(string iccid, PlaceOrderRequest request, OrderService orders, CancellationToken ct)
    {
        var order = await orders.PlaceAsync(iccid, request, ct);
        return TypedResults.Accepted($"/api/orders/{order.Id}", order);
    }
}
