using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;

namespace ImeiPortal.Features.Auth;

public sealed record LoginRequest(string? Email, string? Password, string? Otp = null);

public static class AuthApi
{
    public static void MapPortalAuthApi(this WebApplication app)
    {
        // Anonymous by nature; the bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        app.MapPost("/api/auth/login", async (LoginRequest request, AccountService accounts, HttpContext context) =>
            {
                // A token must not stay in a browser's or proxy's cache.
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                var result = await accounts.SignInAsync(request.Email, request.Password, bearer: true, otp: request.Otp);
                if (result.Succeeded)
                {
                    return Results.Empty;
                }

                if (result.RequiresTwoFactor)
                {
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Two-factor code required",
                        detail: AccountService.TwoFactorRequiredMessage, extensions: new Dictionary<string, object?> { ["mfaRequired"] = true });
                }

                if (result is PortalSignInResult { RequiresTwoFactorEnrollment: true })
                {
                    // The password was right; what is missing is the enrolment the partner demands: forbidden, not unknown.
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor enrolment required",
                        detail: AccountService.EnrollmentRequiredMessage, extensions: new Dictionary<string, object?> { ["mfaEnrollmentRequired"] = true });
                }

                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in failed",
                    detail: AccountService.RefusedMessage);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            // One allowance per address, shared with the sign-in page (its form posts carry the same policy).
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Auth");

        // Anonymous like sign-in, and limited like it: each call may send a mail.
        app.MapPost("/api/auth/forgot-password", static async (ForgotPasswordRequest request, PasswordLinkService links, CancellationToken ct) =>
            {
                await links.ForgotAsync(request, ct);
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Auth");
        app.MapPost("/api/auth/reset-password", static async (ResetPasswordRequest request, PasswordLinkService links, CancellationToken ct) =>
            {
                await links.ResetAsync(request, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Auth");

        // Portal sign-out is a form post from the layout, so a link cannot sign someone out.
        app.MapPost("/Account/Logout", async (HttpContext context, AccountService accounts, ICurrentUser user) =>
        {
            await accounts.SignOutAsync(user.UserId, user.Email);
            return Results.LocalRedirect("/Account/Login");
        }).RequireAuthorization();
    }
}
