using System.Globalization;
using System.Security.Claims;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.Alarms;

public class AlarmToggleTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task SetEnabled_Disable_KeepsTheRestOfTheRule()
    {
        var created = await CreateAlarmAsync();

        var toggled = await Factory.AsSystemAsync(sp => sp.GetRequiredService<AlarmService>().SetEnabledAsync(created.Id, false));
        var reread = await Factory.AsSystemAsync(sp => sp.GetRequiredService<AlarmService>().GetAsync(created.Id));

        Assert.False(toggled.Enabled);
        Assert.False(reread.Enabled);
        Assert.Equal(AlarmAction.Bar, reread.Action);
        Assert.Equal(["ops@example.com"], reread.Recipients.Emails);
    }

    [Fact]
    public async Task SetEnabled_ReadOnlyUserOfThePartner_IsForbiddenAndChangesNothing()
    {
        var created = await CreateAlarmAsync();

        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "readonly-" + Guid.NewGuid()),
            new Claim(ClaimTypes.Role, Roles.PartnerReadOnly),
            new Claim(PortalClaims.PartnerId, T.PartnerA.Id.ToString(CultureInfo.InvariantCulture)),
        ], "test")));
        var alarms = scope.ServiceProvider.GetRequiredService<AlarmService>();

        await Assert.ThrowsAsync<ForbiddenException>(() => alarms.SetEnabledAsync(created.Id, false));
        Assert.True((await alarms.GetAsync(created.Id)).Enabled);
    }

    private Task<AlarmDto> CreateAlarmAsync() =>
        Factory.AsSystemAsync(sp => sp.GetRequiredService<AlarmService>().CreateAsync(new SaveAlarmRequest(
            AlarmType.ImeiStatusChange, "Toggle " + Guid.NewGuid(), PartnerId: T.PartnerA.Id, Action: AlarmAction.Bar, Enabled: true,
            Recipients: new AlarmRecipients(Emails: ["ops@example.com"]))));
}
