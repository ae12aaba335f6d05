namespace ImeiPortal.Security;

/// <summary>
/// Redirects the portal issues (cookie sign-in, Blazor navigation, sign-out) are built absolute from the request's Host
/// header, which the caller chooses: a forged Host would send the user to another site. Same-site redirects go out as
/// paths instead, so the Host never reaches a Location header.
/// </summary>
public static class LocalRedirects
{
    public static void UsePortalLocalRedirects(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (Uri.TryCreate(headers.Location.ToString(), UriKind.Absolute, out var target)
                    && target.Scheme is "http" or "https"
                    && string.Equals(target.Host, context.Request.Host.Host, StringComparison.OrdinalIgnoreCase))
                {
                    headers.Location = target.PathAndQuery + target.Fragment;
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
