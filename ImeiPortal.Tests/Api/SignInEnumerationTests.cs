using System.Net;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

/// <summary>A refused sign-in does not tell whether the account exists: same answer and the same work (a password hash check).</summary>
public sealed class SignInEnumerationTests(SignInPortalFactory factory) : IClassFixture<SignInPortalFactory>
{
    private const string Wrong = "Wrong!2026-portal";

    [Fact]
    public async Task Login_UnknownWrongLockedOrInactive_SameProblem()
    {
        var client = factory.ClientFrom("203.0.113.1");
        var active = await CreateUserAsync(active: true);
        var inactive = await CreateUserAsync(active: false);
        var locked = await LockedUserAsync(client);

        var unknown = await SignInPortalFactory.ApiLoginAsync(client, $"nobody-{Guid.NewGuid():N}@x.test", Wrong);
        var wrong = await SignInPortalFactory.ApiLoginAsync(client, active, Wrong);
        var lockedOut = await SignInPortalFactory.ApiLoginAsync(client, locked, PortalFactory.Password);
        var notActive = await SignInPortalFactory.ApiLoginAsync(client, inactive, PortalFactory.Password);

        Assert.All(new[] { unknown, wrong, lockedOut, notActive }, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.Status));
        Assert.Equal(wrong.Problem, unknown.Problem);
        Assert.Equal(wrong.Problem, lockedOut.Problem);
        Assert.Equal(wrong.Problem, notActive.Problem);
        Assert.DoesNotContain("lock", wrong.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInPage_UnknownWrongOrLocked_SameMessage()
    {
        var client = factory.ClientFrom("203.0.113.2");
        var active = await CreateUserAsync(active: true);
        var locked = await LockedUserAsync(client);

        var unknown = await SignInPortalFactory.PageLoginAsync(client, $"nobody-{Guid.NewGuid():N}@x.test", Wrong);
        var wrong = await SignInPortalFactory.PageLoginAsync(client, active, Wrong);
        var lockedOut = await SignInPortalFactory.PageLoginAsync(client, locked, PortalFactory.Password);

        Assert.NotNull(wrong.Error);
        Assert.Equal(wrong.Error, unknown.Error);
        Assert.Equal(wrong.Error, lockedOut.Error);
    }

    [Fact]
    public async Task Login_UnknownInactiveOrLocked_ChecksAPasswordHashLikeAWrongPassword()
    {
        var client = factory.ClientFrom("203.0.113.3");
        var active = await CreateUserAsync(active: true);
        var inactive = await CreateUserAsync(active: false);
        var locked = await LockedUserAsync(client);

        var wrong = await HashChecksOfAsync(() => SignInPortalFactory.ApiLoginAsync(client, active, Wrong));
        var unknown = await HashChecksOfAsync(() => SignInPortalFactory.ApiLoginAsync(client, $"nobody-{Guid.NewGuid():N}@x.test", Wrong));
        var notActive = await HashChecksOfAsync(() => SignInPortalFactory.ApiLoginAsync(client, inactive, PortalFactory.Password));
        var lockedOut = await HashChecksOfAsync(() => SignInPortalFactory.ApiLoginAsync(client, locked, PortalFactory.Password));
        var page = await HashChecksOfAsync(() => SignInPortalFactory.PageLoginAsync(client, $"nobody-{Guid.NewGuid():N}@x.test", Wrong));

        Assert.Equal(1, wrong);
        Assert.Equal(wrong, unknown);
        Assert.Equal(wrong, notActive);
        Assert.Equal(wrong, lockedOut);
        Assert.Equal(wrong, page);
    }

    private async Task<int> HashChecksOfAsync<T>(Func<Task<T>> signIn)
    {
        var before = factory.PasswordChecks.Count;
        await signIn();
        return factory.PasswordChecks.Count - before;
    }

    private async Task<string> LockedUserAsync(HttpClient client)
    {
        var email = await CreateUserAsync(active: true);
        for (var i = 0; i < 5; i++)
        {
            await SignInPortalFactory.ApiLoginAsync(client, email, Wrong);
        }

        return email;
    }

    private Task<string> CreateUserAsync(bool active) => factory.AsSystemAsync(async services =>
    {
        var users = services.GetRequiredService<UserService>();
        var email = $"enumeration-{Guid.NewGuid():N}@a.test";
        var created = await users.CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.Admin], null, null));
        if (!active)
        {
            await users.UpdateAsync(created.Id, new UpdateUserRequest(null, false));
        }

        return email;
    });
}
