using Microsoft.Extensions.FileProviders;
using MudBlazor;
using MudBlazor.Services;

namespace ImeiPortal.Components;

public static class UiRegistration
{
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        // Package assets (MudBlazor's CSS and JS) come from the static web assets manifest; outside Development
        // ASP.NET Core reads it only when asked, and `dotnet run`/tests run from the build output.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.PreventDuplicates = false;
            o.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
        builder.Services.AddScoped<Shared.UnreadNotifications>();
        builder.Services.AddScoped<Shared.BrowserTime>();
        builder.Services.AddScoped<Shared.BrowserConnection>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(s => s.GetRequiredService<Shared.BrowserConnection>());
        builder.Services.AddScoped<Shared.LiveChanges>();
        return builder;
    }

    public static void UsePortalUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            // Defence in depth for every page and API answer. Set as the answer starts, so they replace Blazor's own
            // frame-ancestors policy and survive an error answer clearing the response.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // A page that renders its own inline script (the API reference) marks it with a per-request nonce.
                headers.ContentSecurityPolicy = context.Items.TryGetValue(ScriptNonceKey, out var nonce) && nonce is string value
                    ? ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{value}'", StringComparison.Ordinal)
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next();
        });
        // An unknown page answers 404 with the branded page (Pages/NotFound) in its body. Registered on the app itself,
        // not inside a UseWhen branch: a branch gets no global route builder (WebApplication removes it from branches),
        // so its re-executed request is never routed to /not-found and the 404 goes out empty. Instead the feature is
        // switched off below for what must stay as it is: the API's problem details, framework and brand files, and
        // anything but a GET (a re-executed POST would meet the page's antiforgery check).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || IsApiOrAsset(context.Request.Path))
            {
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            }

            return next(context);
        });
        app.MapStaticAssets();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "brand")),
            RequestPath = "/brand",
        });
    }

    private static bool IsApiOrAsset(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/brand");

    /// <summary>Where a page leaves the nonce of its inline scripts (the key Scalar's API reference uses).</summary>
    public const string ScriptNonceKey = Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey;

    /// <summary>
    /// Scripts only from the portal (blazor.web.js, MudBlazor.min.js, portal.js: none uses eval or inline script).
    /// MudBlazor's theme provider writes its palette as an inline style element and its components (popovers, grids)
    /// position themselves with style attributes, as Blazor's reconnect dialog does, so styles allow inline.
    /// 'self' covers the circuit's same-origin WebSocket (CSP 3).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static void MapPortalUi(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o =>
        {
            o.ContentSecurityFrameAncestorsPolicy = "'none'";
            // Render batches still go compressed, but each message on its own: kept between messages (the default),
            // the deflate state cost every open circuit about 300 KB (bench/README.md, memory per circuit).
            o.ConfigureWebSocketAcceptContext = (_, accept) =>
            {
                accept.DangerousEnableCompression = true;
                accept.DisableServerContextTakeover = true;
                return Task.CompletedTask;
            };
        });
}
