using ImeiPortal.Components;
using ImeiPortal.Data;
using ImeiPortal.Features;
using ImeiPortal.Features.Auth;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Demo;
using ImeiPortal.Features.Operations;
using ImeiPortal.Security;

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
builder.AddPortalOperations();

var app = builder.Build();

await app.MigratePortalDataAsync();
await app.SeedPortalAsync();

app.UsePortalForwardedHeaders();
app.UsePortalLocalRedirects();
app.UsePortalApi();
app.UsePortalUi();
app.UseAuthentication();
// Before authorization, so a call refused for its credentials still counts against its limit.
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapPortalOpenApi();
app.MapPortalAuthApi();
app.MapPortalFeatureApis();
app.MapPortalOperationsApi();
app.MapPortalUi();

await app.RunAsync();

/// <summary>Entry point; public so the test host can start the real app.</summary>
public partial class Program;
