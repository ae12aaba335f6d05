using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Customers;

public static class CustomersApi
{
    public static void MapPortalCustomersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers");
        group.MapGet("/", static ([AsParameters] CustomerQuery query, CustomerService customers, CancellationToken ct) => customers.ListAsync(query, ct));
        group.MapGet("/{id:int}", static (int id, CustomerService customers, CancellationToken ct) => customers.GetAsync(id, ct));
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:int}", static (int id, UpdateCustomerRequest request, CustomerService customers, CancellationToken ct) => customers.UpdateAsync(id, request, ct));
        group.MapDelete("/{id:int}", DeleteAsync);
        group.MapGet("/{id:int}/services", static (int id, CustomerService customers, CancellationToken ct) => customers.ListServicesAsync(id, ct));
        group.MapPost("/{id:int}/services", CreateServiceAsync);
        group.MapGet("/{id:int}/lock-policy", static (int id, CustomerService customers, CancellationToken ct) => customers.GetLockPolicyAsync(id, ct));
        group.MapPut("/{id:int}/lock-policy", static (int id, LockPolicyDto request, CustomerService customers, CancellationToken ct) =>
            customers.UpdateLockPolicyAsync(id, request, ct));
    }

    private static async Task<Created<CustomerDto>> CreateAsync(CreateCustomerRequest request, CustomerService customers, CancellationToken ct)
    {
        var customer = await customers.CreateAsync(request, ct);
        return TypedResults.Created($"/api/customers/{customer.Id}", customer);
    }

    private static async Task<NoContent> DeleteAsync(int id, CustomerService customers, CancellationToken ct)
    {
        await customers.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ServiceProfileDto>> CreateServiceAsync(int id, SaveServiceProfileRequest request, CustomerService customers, CancellationToken ct)
    {
        var service = await customers.CreateServiceAsync(id, request, ct);
        return TypedResults.Created($"/api/customers/{id}/services/{service.Id}", service);
    }
}
