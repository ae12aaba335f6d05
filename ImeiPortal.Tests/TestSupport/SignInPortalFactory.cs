using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The app for sign-in tests: the test server has no client address, so a test names one in
/// <see cref="AddressHeader"/>; every password hash check is counted, to prove that refusals do the same work.
/// </summary>
public class SignInPortalFactory : PortalFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public PasswordChecks PasswordChecks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(PasswordChecks);
            services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<PortalUser>, CountingPasswordHasher>());
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>POSTs the API login; returns the status and the problem's title and detail (null on success).</summary>
    public static async Task<(HttpStatusCode Status, string? Problem)> ApiLoginAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return (response.StatusCode, null);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("title").GetString() + " | " + problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// Posts the sign-in page's form as a browser does (antiforgery token from a GET first); returns the status and the
    /// error the page shows (null when there is none, e.g. after a successful sign-in).
    /// </summary>
    public static async Task<(HttpStatusCode Status, string? Error)> PageLoginAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        var error = Regex.Match(page, "id=\"login-error\"[^>]*>([^<]*)<");
        return (response.StatusCode, error.Success ? WebUtility.HtmlDecode(error.Groups[1].Value).Trim() : null);
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CountingPasswordHasher(PasswordChecks checks, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
        : PasswordHasher<PortalUser>(options)
    {
        public override PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            checks.Increment();
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>How many password hashes the app has verified.</summary>
public sealed class PasswordChecks
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
