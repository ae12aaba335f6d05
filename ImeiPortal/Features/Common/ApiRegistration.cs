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
        // Refuse a declared oversize body before reading it; Kestrel's own limit also catches chunked bodies.
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"The body may be at most {MaxRequestBodyBytes / 1024 / 1024} MB; send large feeds in batches.",
                    },
                });
                return;
            }

            await next();
        });
    }

    public static RouteGroupBuilder MapPortalApiGroup(this WebApplication app) =>
        app.MapGroup("/api").RequireAuthorization(Security.SecurityRegistration.ApiPolicy).DisableAntiforgery();
}

/// <summary>Turns the service layer's exceptions into RFC 7807 answers.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already re-pointed the request at /Error; the original path says who asked.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (path is null || !path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
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
            _ when Data.StoreFullDetector.FindCause(exception) is not null => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Store full",
                Detail = "The portal's store is full: nothing was saved. Retry once an operator has freed space.",
            },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error" },
        };

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // The store's own error, not what wrapped it: that is what an operator must act on.
            logger.LogError(Data.StoreFullDetector.FindCause(exception), "The store is full; a write on {Path} was refused", path);
        }
        else if (problem.Status == 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
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
