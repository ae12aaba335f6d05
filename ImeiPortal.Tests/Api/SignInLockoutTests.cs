using System.Net;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

/// <summary>Failed sign-ins lock an account for the address they came from only, and the user is told by email.</summary>
public sealed class SignInLockoutTests(SignInPortalFactory factory) : IClassFixture<SignInPortalFactory>
{
    private const string Wrong = "Wrong!2026-portal";

    [Fact]
    public async Task Login_FiveFailuresFromOneAddress_LocksOnlyThatAddressAndMailsTheUserOnce()
    {
        var email = await CreateUserAsync();
        var attacker = factory.ClientFrom("203.0.113.66");
        var owner = factory.ClientFrom("198.51.100.7");
        var wrong = default((HttpStatusCode Status, string? Problem));
        for (var i = 0; i < 6; i++)
        {
            wrong = await SignInPortalFactory.ApiLoginAsync(attacker, email, Wrong);
        }

        var attackerRight = await SignInPortalFactory.ApiLoginAsync(attacker, email, PortalFactory.Password);
        var attackerPage = await SignInPortalFactory.PageLoginAsync(attacker, email, PortalFactory.Password);
        var ownerRight = await SignInPortalFactory.ApiLoginAsync(owner, email, PortalFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, attackerRight.Status);
        Assert.Equal(wrong.Problem, attackerRight.Problem);
        Assert.NotNull(attackerPage.Error);
        Assert.Equal(HttpStatusCode.OK, ownerRight.Status);
        var mails = MailsTo(email);
        var mail = Assert.Single(mails);
        Assert.Contains("203.0.113.66", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FourFailuresThenRightPassword_SignsInAndStartsAfresh()
    {
        var email = await CreateUserAsync();
        var client = factory.ClientFrom("203.0.113.67");
        for (var i = 0; i < 4; i++)
        {
            await SignInPortalFactory.ApiLoginAsync(client, email, Wrong);
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInPortalFactory.ApiLoginAsync(client, email, PortalFactory.Password)).Status);
        for (var i = 0; i < 4; i++)
        {
            await SignInPortalFactory.ApiLoginAsync(client, email, Wrong);
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInPortalFactory.ApiLoginAsync(client, email, PortalFactory.Password)).Status);
        Assert.Empty(MailsTo(email));
    }

    private List<string> MailsTo(string email) =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
                .Where(m => m.Contains("To: " + email, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    private Task<string> CreateUserAsync() => factory.AsSystemAsync(async services =>
    {
        var email = $"lockout-{Guid.NewGuid():N}@a.test";
        await services.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.Admin], null, null));
        return email;
    });
}
