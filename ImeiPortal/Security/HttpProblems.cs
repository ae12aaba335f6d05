namespace ImeiPortal.Security;

/// <summary>
/// Answers a request that stops before any endpoint runs (no key, too many requests, body too large) with RFC 7807
/// problem details, like every other refusal. Lives here because the earliest of those answers are the security
/// layer's, and the API registration already builds on this folder.
/// </summary>
public static class HttpProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
