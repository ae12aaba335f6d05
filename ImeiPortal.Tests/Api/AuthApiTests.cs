using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

public sealed class AuthApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Login_ValidAdmin_ReturnsBearerTokenThatOpensTheApi()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<PortalFactory.TokenResponse>();
        Assert.False(string.IsNullOrEmpty(token!.AccessToken));
        Assert.True(token.ExpiresIn > 0);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/partners")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401ProblemAndJournalsTheFailure()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = PortalFactory.AdminEmail, password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var failures = await factory.WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "User.SignInFailed" && j.UserEmail == PortalFactory.AdminEmail));
        Assert.True(failures >= 1);
    }

    [Fact]
    public async Task Login_UnknownUser_Returns401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "nobody@nowhere.test", password = "whatever1" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksOutEvenTheRightPassword()
    {
        var email = $"lockout-{Guid.NewGuid():N}@a.test";
        await CreateAdminAsync(email);
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The same answer as a wrong password: a lock must not reveal that the account exists.
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AccountService.RefusedMessage, problem.GetProperty("detail").GetString());
        Assert.True(await factory.WithDbAsync(db => db.Journal.AnyAsync(j => j.Action == "User.LockedOut" && j.UserEmail == email)));
    }

    [Fact]
    public async Task Login_InactiveUser_Returns401()
    {
        var email = $"inactive-{Guid.NewGuid():N}@a.test";
        var id = await CreateAdminAsync(email);
        await factory.AsSystemAsync(sp => sp.GetRequiredService<UserService>().UpdateAsync(id, new UpdateUserRequest(null, false)));

        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/partners")]
    [InlineData("/api/customers")]
    [InlineData("/api/users")]
    public async Task Api_WithoutToken_Returns401Problem(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_WithPortalCookieOnly_IsNotEnough()
    {
        // The API takes bearer tokens only: a cookie riding along a cross-site request must not act.
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "ImeiPortal.Auth=forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/partners")).StatusCode);
    }

    [Fact]
    public async Task NoSelfRegistration_EndpointDoesNotExist()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = "x@y.test", password = "Secret123!" });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.Unauthorized);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "x@y.test")));
    }

    [Fact]
    public async Task OpenApi_SignedIn_IsServed()
    {
        var response = await (await factory.ClientAsAsync(PortalFactory.AdminEmail)).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/customers", out _));
    }

    private Task<string> CreateAdminAsync(string email) =>
        factory.AsSystemAsync(async sp => (await sp.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.Admin], null, null))).Id);
}
