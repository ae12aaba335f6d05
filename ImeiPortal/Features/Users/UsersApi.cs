using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Users;

public static class UsersApi
{
    public static void MapPortalUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", static ([AsParameters] UserQuery query, UserService users, CancellationToken ct) => users.ListAsync(query, ct));
        group.MapGet("/{id}", static (string id, UserService users, CancellationToken ct) => users.GetAsync(id, ct));
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id}", static (string id, UpdateUserRequest request, UserService users, CancellationToken ct) => users.UpdateAsync(id, request, ct));
        group.MapDelete("/{id}/mfa", ResetTwoFactorAsync);
    }

    private static async Task<NoContent> ResetTwoFactorAsync(string id, UserService users, CancellationToken ct)
    {
        await users.ResetTwoFactorAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<UserDto>> CreateAsync(CreateUserRequest request, UserService users, CancellationToken ct)
    {
        var created = await users.CreateAsync(request, ct);
        return TypedResults.Created($"/api/users/{created.Id}", created);
    }
}
