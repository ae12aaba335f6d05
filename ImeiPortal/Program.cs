using ImeiPortal.Components;
using ImeiPortal.Data;
using ImeiPortal.Features;
using ImeiPortal.Features.Auth;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;

if (await PortalCommands.TryRunAsync(args))
{
    return;
}

// Settings are read at start (a change means a restart). Reloading them on change would watch the content root with a
// file watcher, and the SQLite database usually lives under it: every write to its log then woke the watcher, about
// 30,000 events per detection batch (bench/README.md).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

builder.AddPortalData();
builder.AddPortalForwardedHeaders();
builder.AddPortalSecurity();
builder.AddPortalRateLimits();
builder.AddPortalApi();
builder.AddPortalFeatures();
builder.AddPortalUi();

var app = builder.Build();

await app.InitialisePortalDataAsync();

app.UsePortalForwardedHeaders();
app.UsePortalLocalRedirects();
app.UsePortalApi();
app.UsePortalUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapPortalOpenApi();
app.MapPortalAuthApi();
app.MapPortalFeatureApis();
app.MapPortalUi();

await app.RunAsync();

/// <summary>Entry point; public so the test host can start the real app.</summary>
public partial class Program;
