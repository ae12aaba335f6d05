using System.Net;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Demo;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Features.Sims;

public sealed class DemoCatalogueFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seed:Demo"] = "true", ["Seed:DemoSims"] = "60" };
}

/// <summary>The demo ships its own device catalogue, so its SIM pages name device models out of the box.</summary>
public sealed class DemoCatalogueTests(DemoCatalogueFactory factory) : IClassFixture<DemoCatalogueFactory>
{
    [Fact]
    public async Task DemoData_SimsSeenInDemoDevices_ShowTheDemoModelNames()
    {
        var client = await factory.ClientAsAsync(Seeder.DemoUsers[0].Email, RunningPortal.DemoPassword);

        var sims = await (await client.GetAsync("/api/sims?pageSize=500")).ReadAsync<PagedResult<SimDto>>(HttpStatusCode.OK);

        var seen = sims.Items.Where(s => s.Imei is not null).ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.Contains(Seeder.DemoDeviceModels, m => m.Tac == s.DeviceModel?.Tac && m.Model == s.DeviceModel.Model));
    }
}
