using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Api;

/// <summary>A bearer token ends with the user's deactivation, role change or password change, not at its expiry.</summary>
public sealed class TokenRevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Token_CustomerAdminDeactivated_NextCallIs401()
    {
        var (_, customerId) = await TenantAsync();
        var (id, email) = await CreateUserAsync(Roles.CustomerAdmin, null, customerId);
        var client = await factory.ClientAsAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users")).StatusCode);

        var admin = await factory.ClientAsAsync(PortalFactory.AdminEmail);
        (await admin.PutAsJsonAsync($"/api/users/{id}", new { active = false })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/users", new { email = $"new-{Guid.NewGuid():N}@a.test", password = PortalFactory.Password, roles = new[] { Roles.CustomerAdmin } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_PartnerAdminDemoted_NextCreateCustomerIs401()
    {
        var (partnerId, _) = await TenantAsync();
        var (id, email) = await CreateUserAsync(Roles.PartnerAdmin, partnerId, null);
        var client = await factory.ClientAsAsync(email);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/customers", new { name = "Before", partnerId })).StatusCode);

        var admin = await factory.ClientAsAsync(PortalFactory.AdminEmail);
        (await admin.PutAsJsonAsync($"/api/users/{id}", new { roles = new[] { Roles.PartnerReadOnly } })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/customers", new { name = "After", partnerId })).StatusCode);
    }

    [Fact]
    public async Task Token_PasswordChanged_NextCallIs401()
    {
        var (partnerId, _) = await TenantAsync();
        var (id, email) = await CreateUserAsync(Roles.PartnerUser, partnerId, null);
        var client = await factory.ClientAsAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sims")).StatusCode);

        // The change-password page calls the account service inside its own request.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id);
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().ChangePasswordAsync(user!, PortalFactory.Password, "Changed!2026-portal");
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sims")).StatusCode);
    }

    [Fact]
    public async Task Token_UserUnchanged_KeepsWorking()
    {
        var (partnerId, _) = await TenantAsync();
        var (_, email) = await CreateUserAsync(Roles.PartnerUser, partnerId, null);
        var client = await factory.ClientAsAsync(email);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sims")).StatusCode);
        }
    }

    [Fact]
    public async Task Token_PastItsExpiry_Is401AndWithinIt_Works()
    {
        // The stale-token check hands the handler the ticket it read, so the expiry is checked there, not by the handler.
        var (partnerId, _) = await TenantAsync();
        var (_, email) = await CreateUserAsync(Roles.PartnerUser, partnerId, null);
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await PortalFactory.PrincipalAsync(scope.ServiceProvider, email);
        var bearer = factory.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        HttpClient ClientWithTokenUntil(DateTimeOffset expiresAt)
        {
            var client = factory.CreateClient();
            var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer.BearerTokenProtector.Protect(ticket));
            return client;
        }

        var expired = await ClientWithTokenUntil(DateTimeOffset.UtcNow.AddSeconds(-1)).GetAsync("/api/sims");
        var current = await ClientWithTokenUntil(DateTimeOffset.UtcNow.AddMinutes(10)).GetAsync("/api/sims");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    private Task<(int PartnerId, int CustomerId)> TenantAsync() => factory.AsSystemAsync(async services =>
    {
        var partner = await services.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest("Revocation " + Guid.NewGuid().ToString("N")[..8]));
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(new CreateCustomerRequest("Revocation customer", partner.Id, null));
        return (partner.Id, customer.Id);
    });

    private Task<(string Id, string Email)> CreateUserAsync(string role, int? partnerId, int? customerId) => factory.AsSystemAsync(async services =>
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@revocation.test";
        var created = await services.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [role], partnerId, customerId));
        return (created.Id, email);
    });
}
