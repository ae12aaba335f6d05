using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Data.Changes;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Features.DeviceModels;

/// <summary>The SIM list's model names are remembered between requests and forgotten when the catalogue changes.</summary>
public sealed class DeviceModelNamesTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [Fact]
    public async Task List_ShownOnce_RemembersTheModelWithoutAskingTheCatalogueAgain()
    {
        var (iccid, tac) = await SimInNewModelAsync();
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        (await client.PostAsJsonAsync("/api/device-models", new[] { new { tac, manufacturer = "Acme", model = "Tracker 1" } })).EnsureSuccessStatusCode();
        Assert.Equal("Tracker 1", (await ListAsync(client, iccid)).DeviceModel?.Model);

        // No database to ask: what the page read is remembered.
        var remembered = await Factory.Services.GetRequiredService<DeviceModelNames>().LookupAsync(null!, [(T.PartnerA.Id, tac)], CancellationToken.None);

        Assert.Equal("Tracker 1", remembered[(T.PartnerA.Id, tac)].Model);
    }

    [Fact]
    public async Task List_ModelImportedAfterTheTacWasShownUnknown_ShowsTheImportedName()
    {
        var (iccid, tac) = await SimInNewModelAsync();
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Null((await ListAsync(client, iccid)).DeviceModel);

        (await client.PostAsJsonAsync("/api/device-models", new[] { new { tac, manufacturer = "Acme", model = "Tracker 2" } })).EnsureSuccessStatusCode();

        Assert.Equal("Tracker 2", (await ListAsync(client, iccid)).DeviceModel?.Model);
    }

    [Fact]
    public async Task DeviceModelsChanged_FromAnotherInstance_ForgetsWhatWasRemembered()
    {
        var (iccid, tac) = await SimInNewModelAsync();
        var client = await Factory.ClientAsAsync(Tenants.EmailA(Roles.PartnerAdmin));
        Assert.Null((await ListAsync(client, iccid)).DeviceModel);
        // Another instance's import: the row arrives in the database, the change through the hub (as the relay hands it on).
        await Factory.WithDbAsync(async db =>
        {
            db.DeviceModels.Add(new ImeiPortal.Domain.Devices.DeviceModel(T.PartnerA.Id, tac, "Acme", "Relayed"));
            return await db.SaveChangesAsync();
        });
        Assert.Null((await ListAsync(client, iccid)).DeviceModel);

        Factory.Services.GetRequiredService<IChangeHub>().Publish(new DeviceModelsChanged());

        // The hub hands changes to subscribers off the publisher's thread.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await ListAsync(client, iccid)).DeviceModel?.Model != "Relayed")
        {
            Assert.True(DateTime.UtcNow < deadline, "The model names were not forgotten within 10 s of the change.");
            await Task.Delay(50);
        }
    }

    private async Task<(string Iccid, string Tac)> SimInNewModelAsync()
    {
        var iccid = await EngineData.CreateActiveSimAsync(Factory, T.PartnerA.Id);
        // A TAC of its own: the classes' tests share one portal, and one test's import must not name another's SIM.
        var imei = EngineData.NewImei("35" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await Factory.NetworkClient().PostAsJsonAsync("/api/network/detections", new[] { EngineData.Detection(iccid, imei, DateTime.UtcNow.AddMinutes(-1)) })).EnsureSuccessStatusCode();
        return (iccid, imei[..8]);
    }

    private static async Task<SimDto> ListAsync(HttpClient client, string iccid)
    {
        var page = await (await client.GetAsync($"/api/sims?search={iccid}")).ReadAsync<ImeiPortal.Features.Common.PagedResult<SimDto>>(HttpStatusCode.OK);
        return Assert.Single(page.Items);
    }
}
