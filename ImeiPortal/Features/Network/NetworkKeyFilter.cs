using System.Security.Cryptography;
using System.Text;

namespace ImeiPortal.Features.Network;

/// <summary>
/// The network feed authenticates with a shared key in <c>X-Network-Key</c>, not a user token: it is a
/// machine, and it must keep working when users and passwords change.
/// </summary>
public sealed class NetworkKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string Header = "X-Network-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var expected = configuration["Network:ApiKey"];
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        // No configured key means the feed is closed, never open.
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: $"A valid {Header} header is required for the network feed.");
        }

        return await next(context);
    }

    /// <summary>The group every network endpoint lives in: key-checked, rate limited, no user token.</summary>
    public static RouteGroupBuilder MapNetworkGroup(WebApplication app) =>
        app.MapGroup("/api/network")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<NetworkKeyFilter>()
            .RequireRateLimiting(Security.RateLimits.NetworkFeed)
            .WithTags("Network");
}
