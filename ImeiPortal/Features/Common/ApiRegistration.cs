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
        // Refusals are answered here, inside the exception handler: .NET 9's handler logs every exception it sees as an
        // unhandled error with its stack trace, and a 400/404/409 is an expected answer, not a fault.
        app.UseMiddleware<ExpectedProblemMiddleware>();
        // Empty 401/404/405 answers from /api become problem details; pages keep their own error UI.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        // Refuse a declared oversize body before reading it; Kestrel's own limit also catches chunked bodies.
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                await Security.HttpProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"The body may be at most {MaxRequestBodyBytes / 1024 / 1024} MB; send large feeds in batches.");
                return;
            }

            await next();
        });
    }

    /// <summary>The API description is for integrators who have an account; anyone may read it while developing.</summary>
    public static void MapPortalOpenApi(this WebApplication app)
    {
        var description = app.MapOpenApi();
        if (!app.Environment.IsDevelopment())
        {
            description.RequireAuthorization(Security.SecurityRegistration.SignedInPolicy);
        }
    }

    public static RouteGroupBuilder MapPortalApiGroup(this WebApplication app) =>
        app.MapGroup("/api").RequireAuthorization(Security.SecurityRegistration.ApiPolicy).DisableAntiforgery();
}

/// <summary>The one table of which exceptions are expected answers (400, 403, 404, 409, 413) and how they read.</summary>
internal static class ApiProblems
{
    /// <summary>The problem for an expected refusal, or null for a fault.</summary>
    public static ProblemDetails? ForRefusal(Exception exception) => exception switch
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
        _ => null,
    };

    /// <summary>The store refused a write for want of space: the caller may retry later, an operator must act.</summary>
    public static ProblemDetails StoreFull() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Store full",
        Detail = "The portal's store is full: nothing was saved. Retry once an operator has freed space.",
    };

    public static bool IsApi(string? path) => path is not null && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

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

/// <summary>Answers an API refusal as problem details and logs it at Information, without a stack trace.</summary>
internal sealed partial class ExpectedProblemMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<ExpectedProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (ApiProblems.IsApi(context.Request.Path.Value) && !context.Response.HasStarted
            && ApiProblems.ForRefusal(exception) is { } problem)
        {
            LogRefusal(logger, problem.Status!.Value, context.Request.Method, context.Request.Path.Value!, problem.Detail);
            // As the exception handler would: nothing half-written by the endpoint goes out with the problem.
            context.Response.Clear();
            context.Response.StatusCode = problem.Status.Value;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }
        catch (Exception exception) when (ApiProblems.IsApi(context.Request.Path.Value) && !context.Response.HasStarted
            && Data.StoreFullDetector.FindCause(exception) is { } cause)
        {
            // A real fault, logged as one: with the store's own error, not what wrapped it on the way up (a failed
            // rollback reads "cannot rollback"), since that is what an operator must act on.
            LogStoreFull(logger, cause, context.Request.Method, context.Request.Path.Value!);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = ApiProblems.StoreFull(), Exception = exception });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is full; {Method} {Path} was refused with 503")]
    private static partial void LogStoreFull(ILogger logger, Exception cause, string method, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Status} to {Method} {Path}: {Detail}")]
    private static partial void LogRefusal(ILogger logger, int status, string method, string path, string? detail);
}

/// <summary>
/// Turns a fault on /api into a 500 problem and logs it as the one error it is (since .NET 10 the exception handler
/// middleware no longer logs what a handler handled).
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already re-pointed the request at /Error; the original path says who asked.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!ApiProblems.IsApi(path))
        {
            return false;
        }

        // A refusal raised outside ExpectedProblemMiddleware's reach still gets its own answer.
        var problem = ApiProblems.ForRefusal(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
            problem = new ProblemDetails { Status = 500, Title = "Unexpected error" };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
