using System.Security.Claims;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Users;

/// <summary>An open page (a circuit's authentication state) loses a user who was demoted or deactivated within seconds.</summary>
public sealed class CircuitRevalidationTests(CircuitRevalidationTests.Fixture factory) : IClassFixture<CircuitRevalidationTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:RevalidationSeconds"] = "1" };
    }

    [Theory]
    [InlineData("demote")]
    [InlineData("deactivate")]
    [InlineData("reset")] // the password reset by mailed link, as the reset page and API do it
    public async Task Circuit_UserDemotedDeactivatedOrPasswordReset_SignedOutWithinSeconds(string change)
    {
        var (id, email) = await CreatePartnerAdminAsync();
        await using var circuit = factory.Services.CreateAsyncScope();
        var state = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedOut = new TaskCompletionSource();
        state.AuthenticationStateChanged += async task =>
        {
            if ((await task).User.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult();
            }
        };
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalOfAsync(id))));

        if (change == "reset")
        {
            await factory.AsSystemAsync(async services =>
            {
                var users = services.GetRequiredService<UserManager<PortalUser>>();
                var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id))!);
                await services.GetRequiredService<ImeiPortal.Features.Auth.PasswordLinkService>().ResetAsync(new(email,
                    Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token)), "Reset!2026-portal-new"));
                return true;
            });
        }
        else
        {
            await factory.AsSystemAsync(services => services.GetRequiredService<UserService>().UpdateAsync(id, change == "demote"
                ? new UpdateUserRequest([Roles.PartnerReadOnly], null)
                : new UpdateUserRequest(null, false)));
        }

        var finished = await Task.WhenAny(signedOut.Task, Task.Delay(TimeSpan.FromSeconds(15)));
        Assert.Same(signedOut.Task, finished);
    }

    [Fact]
    public async Task Circuit_UserUnchanged_StaysSignedIn()
    {
        var (id, _) = await CreatePartnerAdminAsync();
        await using var circuit = factory.Services.CreateAsyncScope();
        var state = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedOut = false;
        state.AuthenticationStateChanged += async task => signedOut |= (await task).User.Identity?.IsAuthenticated != true;
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalOfAsync(id))));

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.False(signedOut);
        Assert.True((await state.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    private async Task<ClaimsPrincipal> PrincipalOfAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user!);
    }

    private Task<(string Id, string Email)> CreatePartnerAdminAsync() => factory.AsSystemAsync(async services =>
    {
        var partner = await services.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest("Circuit " + Guid.NewGuid().ToString("N")[..8]));
        var email = $"circuit-{Guid.NewGuid():N}@a.test";
        var created = await services.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.PartnerAdmin], partner.Id, null));
        return (created.Id, email);
    });
}
