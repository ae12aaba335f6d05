using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.ApiKeys;

public static class ApiKeysApi
{
    public static void MapPortalApiKeysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys");
        group.MapGet("/", static (ApiKeyService keys, CancellationToken ct) => keys.ListAsync(ct));
        group.MapPost("/", CreateAsync);
        group.MapDelete("/{id:int}", RevokeAsync);
    }

    private static async Task<Created<CreatedApiKey>> CreateAsync(CreateApiKeyRequest request, ApiKeyService keys, HttpContext context, CancellationToken ct)
    {
        var created = await keys.CreateAsync(request, ct);
        // The key is in this answer only: no cache may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/api-keys/{created.Id}", created);
    }

    private static async Task<NoContent> RevokeAsync(int id, ApiKeyService keys, CancellationToken ct)
    {
        await keys.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }
}
