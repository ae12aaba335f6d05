using ImeiPortal.Features.Common;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Users;

/// <summary>Passwords have at least 12 characters and are none of the 10,000 most common ones.</summary>
public sealed class PasswordPolicyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Create_ElevenCharacterPassword_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync("Abcdefgh1!x"));

        Assert.Contains("12", string.Join(" ", error.Errors["password"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Qwerty123456")]
    [InlineData("1qaZ2wsx3edC")]
    [InlineData("1Qaz2wsx3edc4rfv")]
    public async Task Create_CommonPasswordOfTwelveOrMore_IsRefusedAsCommon(string password)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(password));

        Assert.Contains("common", string.Join(" ", error.Errors["password"]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_LongUncommonPassword_IsAccepted()
    {
        var created = await CreateAsync("Harbour!Lamp-42");

        Assert.False(string.IsNullOrEmpty(created.Id));
    }

    private Task<UserDto> CreateAsync(string password) => factory.AsSystemAsync(services =>
        services.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest($"policy-{Guid.NewGuid():N}@a.test", password, [Roles.Admin], null, null)));
}
