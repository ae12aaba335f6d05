using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// Which reverse proxies may tell the portal the client's address and scheme (<c>X-Forwarded-For</c>,
/// <c>X-Forwarded-Proto</c>, optionally <c>X-Forwarded-Host</c>). Off by default: trusted from anyone else, those
/// headers would let a caller pick its own address (rate limits) and scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.4</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies live in, as CIDR, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Also take the host from <c>X-Forwarded-Host</c> (only hosts in <c>AllowedHosts</c>, when that is set).</summary>
    public bool ForwardHost { get; set; }
}

public static class ForwardedHeadersRegistration
{
    public static WebApplicationBuilder AddPortalForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>()
            .BindConfiguration(ForwardedHeadersSettings.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>, IOptions<HostFilteringOptions>>((options, settings, hostFiltering) =>
        {
            var proxies = settings.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | (proxies.ForwardHost ? ForwardedHeaders.XForwardedHost : ForwardedHeaders.None);
            // Only the configured proxies: the framework's default trusts loopback, which on a shared host is anyone.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // AllowedHosts as the host filter reads it (the framework binds the key); "*" alone is no limit.
            var allowedHosts = hostFiltering.Value.AllowedHosts.Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
            if (allowedHosts is not ["*"])
            {
                foreach (var host in allowedHosts)
                {
                    options.AllowedHosts.Add(host);
                }
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so cookies, HSTS, redirects and rate limits see the client, not the proxy.</summary>
    public static void UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
    }

    private sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
    {
        public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
        {
            var failures = new List<string>();
            if (options.Enabled && options.KnownProxies.Count == 0 && options.KnownNetworks.Count == 0)
            {
                failures.Add("ForwardedHeaders:Enabled is true but neither ForwardedHeaders:KnownProxies nor ForwardedHeaders:KnownNetworks is set: "
                    + "name the reverse proxies whose X-Forwarded-* headers the portal may trust.");
            }

            failures.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
                .Select(p => $"ForwardedHeaders:KnownProxies: '{p}' is not an IP address."));
            failures.AddRange(options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))
                .Select(n => $"ForwardedHeaders:KnownNetworks: '{n}' is not a network in CIDR form (e.g. 10.0.0.0/24)."));
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
