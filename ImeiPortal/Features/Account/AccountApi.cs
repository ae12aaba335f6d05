using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Account;

public static class AccountApi
{
    /// <summary>The caller's own account: nothing here takes another user's id.</summary>
    public static void MapPortalAccountApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account/mfa").WithTags("Account");
        group.MapPost("/enroll", static (TwoFactorService mfa, HttpContext context, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return mfa.EnrollAsync(ct);
        });
        group.MapPost("/verify", static (VerifyMfaRequest request, TwoFactorService mfa, HttpContext context, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return mfa.VerifyAsync(request, ct);
        });
        group.MapDelete("/", DisableAsync);
    }

    private static async Task<NoContent> DisableAsync(TwoFactorService mfa, CancellationToken ct)
    {
        await mfa.DisableAsync(ct);
        return TypedResults.NoContent();
    }
}
