using Bunit;
using ImeiPortal.Components.Pages.DeviceModels;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The device models page previews an import (rejected rows with their problem) before importing, and lists the catalogue.</summary>
public sealed class DeviceModelsPageTests(PortalFactory factory) : ComponentTests(factory)
{
    [Fact]
    public async Task Import_CsvWithABadRow_PreviewNamesTheRowThenImportsTheGoodOnes()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var tac = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cut = RenderInLayout<DeviceModelsPage>();
        cut.WaitForElement("#catalogue-text");

        cut.Enter("catalogue-text", $"tac,manufacturer,model\n{tac},Acme,Tracker 2\n123,Bad,Row");
        cut.Find("#catalogue-preview").Click();

        cut.WaitForAssertion(() => Assert.Contains("1 model(s) will be imported; 1 line(s) rejected.", cut.Find("#catalogue-preview-summary").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("2", cut.Find("#catalogue-rejected tbody tr").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty((await Models.ListAsync(tac)).Items);

        cut.Find("#catalogue-import-button").Click();

        cut.WaitForAssertion(() => Assert.Contains(Toasts, m => m.StartsWith("Imported 1 device model(s)", StringComparison.Ordinal)));
        var imported = Assert.Single((await Models.ListAsync(tac)).Items);
        Assert.Equal(("Acme", "Tracker 2", T.PartnerA.Id), (imported.Manufacturer, imported.Model, imported.PartnerId!.Value));
    }

    [Fact]
    public async Task Page_PartnerUser_ListsWithoutImport()
    {
        await SignInAsync(Roles.PartnerUser);

        var cut = RenderInLayout<DeviceModelsPage>();

        cut.WaitForElement("#device-models-grid");
        Assert.Empty(cut.FindAll("#catalogue-import"));
    }

    [Fact]
    public void CatalogueText_JsonArray_ParsedLikeTheApi()
    {
        var items = CatalogueText.Parse("""[{"tac":"35209900","manufacturer":"A","model":"B"}]""");

        Assert.Equal([new DeviceModelItem("35209900", "A", "B")], items);
    }

    private DeviceModelService Models => Circuit.GetRequiredService<DeviceModelService>();
}
