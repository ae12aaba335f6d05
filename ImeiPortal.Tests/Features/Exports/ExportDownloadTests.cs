using System.Net;
using ImeiPortal.Features.Exports;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Features.Exports;

/// <summary>The download of an export a page prepared in the background: once, and only to the user who made it.</summary>
public sealed class ExportDownloadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Download_OwnPreparedFile_ServesItOnceThen404()
    {
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == PortalFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var token = await PrepareAsync(adminId, "iccid\n8944\n");
        var client = await CookieClientAsync(PortalFactory.AdminEmail);

        using var first = await client.GetAsync($"/download/exports/{token}");
        using var second = await client.GetAsync($"/download/exports/{token}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sims.csv", first.Content.Headers.ContentDisposition?.FileNameStar ?? first.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("iccid\n8944\n", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task Download_SomeoneElsesFile_Returns404()
    {
        var token = await PrepareAsync("another-user", "secret\n");
        var client = await CookieClientAsync(PortalFactory.AdminEmail);

        using var response = await client.GetAsync($"/download/exports/{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A client carrying the portal's sign-in cookie, as a browser does after signing in (the download is for pages).</summary>
    private async Task<HttpClient> CookieClientAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await PortalFactory.PrincipalAsync(scope.ServiceProvider, email);
        var cookie = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var value = cookie.TicketDataFormat.Protect(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Cookie.Name}={value}");
        return client;
    }

    private async Task<string> PrepareAsync(string userId, string content)
    {
        var exports = factory.Services.GetRequiredService<PreparedExports>();
        var (token, path) = exports.Reserve("csv");
        await File.WriteAllTextAsync(path, content);
        exports.Publish(token, new PreparedExports.Prepared(path, "sims.csv", "text/csv", userId, DateTime.UtcNow));
        return token;
    }
}
