using ImeiPortal.Data;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// Every API call with a bearer token reads its user's state through the provider's look-up, past EF: it must read what
/// the user row holds now, on either provider (TokenRevocationTests check what the API does with it).
/// </summary>
public sealed class UserStateLookupTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task FindAsync_ActiveUser_ReadsItsStamp_ThenDeactivated_ReadsInactiveWithTheNewStamp()
    {
        var email = $"lookup-{Guid.NewGuid():N}@users.test";
        var id = await Factory.AsSystemAsync(async sp =>
            (await sp.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [Roles.PartnerUser], T.PartnerA.Id, null))).Id);

        var active = await FindAsync(id);
        Assert.Equal(new UserState(true, await StampAsync(id)), active);

        await Factory.AsSystemAsync(async sp => await sp.GetRequiredService<UserService>().UpdateAsync(id, new UpdateUserRequest(Roles: null, Active: false)));

        var inactive = await FindAsync(id);
        Assert.Equal(new UserState(false, await StampAsync(id)), inactive);
        Assert.NotEqual(active?.SecurityStamp, inactive?.SecurityStamp);
    }

    [Fact]
    public async Task FindAsync_UnknownId_FindsNothing() =>
        Assert.Null(await FindAsync(Guid.NewGuid().ToString()));

    private Task<UserState?> FindAsync(string id) =>
        Factory.AsSystemAsync(async sp => await sp.GetRequiredService<IUserStateLookup>().FindAsync(id, CancellationToken.None));

    private Task<string?> StampAsync(string id) =>
        Factory.AsSystemAsync(async sp => (await sp.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id))!.SecurityStamp);
}
