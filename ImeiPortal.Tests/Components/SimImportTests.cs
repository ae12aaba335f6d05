using Bunit;
using Bunit.Rendering;
using ImeiPortal.Components.Pages.Sims;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Components;

/// <summary>The SIM import page: a CSV file, a preview that stores nothing, then the confirmed import.</summary>
public sealed class SimImportTests(PortalFactory factory) : ComponentTests(factory)
{
    private (string Csv, string Good1, string Good2, string OtherPartners, string Duplicate) File()
    {
        var (good1, good2, other, badCustomer) = (EngineData.NewIccid(), EngineData.NewIccid(), EngineData.NewIccid(), EngineData.NewIccid());
        var csv = string.Join("\r\n",
            "iccid,customerId,network",
            $"{good1},{T.CustomerA1.Id},MultiNet",
            $"{good2},,",
            "123,,",
            $"{other},{T.CustomerB1.Id},",
            $"{badCustomer},acme,",
            $"{good1},,") + "\r\n";
        return (csv, good1, good2, other, badCustomer);
    }

    private static IRenderedComponent<ContainerFragment> Upload(IRenderedComponent<ContainerFragment> cut, string csv)
    {
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "sims.csv", contentType: "text/csv"));
        return cut;
    }

    private static List<string[]> Rows(IRenderedComponent<ContainerFragment> cut, string tableId) =>
        [.. cut.FindAll($"#{tableId} tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    private Task<int> StoredAsync(params string[] iccids) => Factory.WithDbAsync(db => db.Sims.CountAsync(s => iccids.Contains(s.Iccid)));

    [Fact]
    public async Task Upload_MixedFile_PreviewsWhatIsCreatedAndWhyTheRestIsRefusedStoringNothing()
    {
        await SignInAsync(Roles.PartnerUser);
        var (csv, good1, good2, other, badCustomer) = File();
        var cut = RenderInLayout<SimImport>();

        Upload(cut, csv);

        cut.WaitForAssertion(() => Assert.Contains("2 SIMs will be created, 4 lines will be refused", cut.Find("#import-summary").TextContent, StringComparison.Ordinal));
        Assert.Equal([[good1], [good2]], Rows(cut, "import-created"));
        var rejected = Rows(cut, "import-rejected");
        Assert.Equal(["4", "5", "6", "7"], rejected.Select(r => r[0]));
        Assert.Equal(["123", other, badCustomer, good1], rejected.Select(r => r[1]));
        Assert.Contains("iccid", rejected[0][2], StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Customer {T.CustomerB1.Id} is not a customer", rejected[1][2], StringComparison.Ordinal);
        Assert.Equal("customerId must be a number.", rejected[2][2]);
        Assert.Equal("This ICCID cannot be registered.", rejected[3][2]);
        Assert.Equal(0, await StoredAsync(good1, good2));
    }

    [Fact]
    public async Task Import_Confirmed_CreatesThePreviewedSimsAndListsTheRefusals()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var (csv, good1, good2, _, _) = File();
        var cut = RenderInLayout<SimImport>();
        Upload(cut, csv);
        cut.WaitForElement("#import-confirm");

        cut.Find("#import-confirm").Click();
        cut.Answer("Import");

        cut.WaitForAssertion(() => Assert.Contains("2 SIMs created, 4 lines refused", cut.Find("#import-summary").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#import-confirm"));
        Assert.Equal([$"/sims/{good1}", $"/sims/{good2}"], cut.FindAll("#import-created a").Select(a => a.GetAttribute("href")));
        Assert.Equal(4, Rows(cut, "import-rejected").Count);
        Assert.Equal(2, await StoredAsync(good1, good2));
        var a1 = await Factory.WithDbAsync(db => db.Sims.SingleAsync(s => s.Iccid == good1));
        Assert.Equal((T.PartnerA.Id, T.CustomerA1.Id, "MultiNet"), (a1.PartnerId, a1.CustomerId, a1.Network));
    }

    [Fact]
    public async Task Import_Cancelled_StoresNothing()
    {
        await SignInAsync(Roles.PartnerAdmin);
        var (csv, good1, good2, _, _) = File();
        var cut = RenderInLayout<SimImport>();
        Upload(cut, csv);
        cut.WaitForElement("#import-confirm").Click();

        cut.Answer("Cancel");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Equal(0, await StoredAsync(good1, good2));
        Assert.NotEmpty(cut.FindAll("#import-confirm"));
    }

    [Fact]
    public async Task Render_ReadOnlyRole_OffersNoUpload()
    {
        await SignInAsync(Roles.PartnerReadOnly);

        var cut = RenderInLayout<SimImport>();

        cut.WaitForElement("#import-not-allowed");
        Assert.Empty(cut.FindAll("#import-choose"));
    }
}
