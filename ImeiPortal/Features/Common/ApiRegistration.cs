using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Routing;

namespace ImeiPortal.Features.Common;

public static class ApiRegistration
{
    /// <summary>Largest request body accepted (a 10,000-item feed batch is about 1.5 MB).</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    public static WebApplicationBuilder AddPortalApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            // A misspelt field is a mistake the caller wants to hear about, not a silently ignored value.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Binding failures throw, so the exception handler can explain them as problem details.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static void UsePortalApi(this WebApplication app)
    {
        // API errors are answered by ProblemExceptionHandler; anything else re-renders the error page.
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        // Empty 401/404/405 answers from /api become problem details; pages keep their own error UI.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
    }

    public static RouteGroupBuilder MapPortalApiGroup(this WebApplication app) =>
        app.MapGroup("/api").RequireAuthorization(Security.SecurityRegistration.ApiPolicy).DisableAntiforgery();
}

/// <summary>Turns the service layer's exceptions into RFC 7807 answers.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already rewritten Request.Path to the error page; the original path is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ProblemDetails problem = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors) { Status = 400, Title = "Invalid input", Detail = v.Message },
            NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found", Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = 403, Title = "Forbidden", Detail = f.Message },
            ConflictException c => Conflict(c),
            Domain.Sims.TransitionRefusedException t => Conflict(new ConflictException(t.Message, t.Allowed)),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = b.InnerException is System.Text.Json.JsonException json ? $"{b.Message} {json.Message}" : b.Message,
            },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error" },
        };

        if (problem.Status == 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Conflict(ConflictException c)
    {
        var problem = new ProblemDetails { Status = 409, Title = "Conflict", Detail = c.Message };
        if (c.Allowed is not null)
        {
            problem.Extensions["allowed"] = c.Allowed;
        }

        return problem;
    }
}
