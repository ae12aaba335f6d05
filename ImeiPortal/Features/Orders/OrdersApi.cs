namespace ImeiPortal.Features.Orders;

public static class OrdersApi
{
    public static void MapPortalOrdersApi(this RouteGroupBuilder api)
    {
        api.MapPost("/sims/{iccid}/orders", async (string iccid, PlaceOrderRequest request, OrderService orders, CancellationToken ct) =>
        {
            var order = await orders.PlaceAsync(iccid, request, ct);
            return Results.Accepted($"/api/orders/{order.Id}", order);
        }).WithTags("Orders");
        api.MapGet("/sims/{iccid}/orders", (string iccid, OrderService orders, CancellationToken ct) => orders.ListForSimAsync(iccid, ct)).WithTags("Orders");
        api.MapGet("/orders/{id:long}", (long id, OrderService orders, CancellationToken ct) => orders.GetAsync(id, ct)).WithTags("Orders");
    }
}
