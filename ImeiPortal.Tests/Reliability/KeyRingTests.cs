using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// The data protection key ring lives in the database, so what one instance protected (a bearer token here; cookies
/// and webhook secrets alike) another instance on the same database reads.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly PortalFactory _first = new();
    private readonly ConfiguredPortalFactory _second;

    public KeyRingTests() =>
        _second = new ConfiguredPortalFactory(_first.SharedStore);

    [Fact]
    public async Task Token_IssuedByOneInstance_IsAcceptedByAnotherOnTheSameDatabase()
    {
        var login = await _first.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.Password });
        var token = (await login.Content.ReadFromJsonAsync<PortalFactory.TokenResponse>())!.AccessToken;

        var other = _second.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await other.GetAsync("/api/partners");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await _first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()) >= 1);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}
