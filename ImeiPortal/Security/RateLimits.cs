using System.Threading.RateLimiting;
using ImeiPortal.Features.Common;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>Throttles password guessing and a runaway network feed (429 with problem details).</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string NetworkFeed = "network";

    public static WebApplicationBuilder AddPortalRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalOptions<RateLimitOptions>(RateLimitOptions.Section);
        builder.Services.AddRateLimiter(options =>
        {
            // The API login and the sign-in page's form post share this policy, so one partition (client address) holds
            // both; showing the sign-in form (GET) is not a guess and is not counted.
            options.AddPolicy(Login, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("show")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(context).LoginPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // A valid key is counted by its name; anything else by address, so made-up keys cannot each get a fresh bucket.
            // This limiter runs before authorization, so calls with a wrong key are limited too.
            options.AddPolicy(NetworkFeed, context => RateLimitPartition.GetFixedWindowLimiter(
                NetworkKeyAuthentication.Identify(context.Request.Headers[NetworkKeyAuthentication.Header].ToString(), NetworkKeyAuthentication.ConfiguredKey(context)) is { } key
                    ? "key:" + key
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(context).NetworkPerSecond, Window = TimeSpan.FromSeconds(1) }));
            options.OnRejected = (context, _) => new ValueTask(
                HttpProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", "Slow down and retry shortly."));
        });
        return builder;
    }

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
}
