using System.Net.Http.Headers;
using System.Security.Claims;
using System.Net.Http.Json;
using ImeiPortal.Data;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// The real app on a fresh database per factory (SQLite file, or a PostgreSQL database: see <see cref="TestDatabase"/>),
/// with provisioning immediate and the seed admin set. Each test class gets its own database, so tests never see each
/// other's data; a factory whose settings name a connection string (a second host on another's store) makes none.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.imeiportal.test";
    public const string Password = "Test!2026-portal";
    public const string NetworkKey = "test-network-key";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;

    /// <summary>This factory's own store, made on first use.</summary>
    public TestDatabase Database => _database ??= TestDatabase.Create(_folder);

    /// <summary>Settings that point another host at this factory's store.</summary>
    public IDictionary<string, string?> SharedStore => Database.Settings;

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Extra settings for a test class (e.g. a provisioning delay).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        var settings = Settings;
        builder.UseSetting("Database:Provider", TestDatabase.Provider.ToString());
        if (!settings.ContainsKey("ConnectionStrings:Portal"))
        {
            builder.UseSetting("ConnectionStrings:Portal", Database.ConnectionString);
        }

        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", Password);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Provisioning:DelaySeconds", "0");
        builder.UseSetting("Network:ApiKey", NetworkKey);
        builder.UseSetting("RateLimiting:LoginPerMinute", "100000");
        builder.UseSetting("RateLimiting:NetworkPerSecond", "100000");
        // Mail goes to the test's own folder, never into the source tree.
        builder.UseSetting("Smtp:PickupDirectory", MailFolder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs <paramref name="work"/> with services acting as the system (platform admin).</summary>
    public async Task<T> AsSystemAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(CurrentUser.ForSystem("test"));
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="work"/> in a scope as the user of <paramref name="email"/>, with the claims a real sign-in gives.</summary>
    public async Task<T> AsUserAsync<T>(string email, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(await PrincipalAsync(scope.ServiceProvider, email));
        return await work(scope.ServiceProvider);
    }

    /// <summary>The principal a sign-in gives the user of <paramref name="email"/>.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string email)
    {
        var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    public async Task<HttpClient> ClientAsAsync(string email, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public HttpClient NetworkClient(string key = NetworkKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Network-Key", key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine is left for the OS temp cleaner.
            }
        }
    }

    public sealed record TokenResponse(string AccessToken, long ExpiresIn);
}
