using Bunit;
using ImeiPortal.Components.Shared;
using ImeiPortal.Features.Exports;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Components;

/// <summary>The export button asks the export service for its list's kind and filters, shows progress, and hands the file over once.</summary>
public sealed class ExportButtonsTests(PortalFactory factory) : ComponentTests(factory)
{
    private const string DownloadPrefix = "/download/exports/";

    [Fact]
    public async Task Export_Csv_ShowsProgressWhileItRunsAndPreparesTheFiltersRowsForTheUser()
    {
        await SignInAsync(Roles.PartnerUser);
        var network = "export-" + Guid.NewGuid().ToString("N")[..8];
        var matching = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            matching.Add((await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network)).Iccid.ToString());
        }

        var other = (await AlarmTestData.AddSimAsync(Factory, T.PartnerA.Id, T.CustomerA1.Id, network: network + "-other")).Iccid.ToString();
        // The browser's download stays pending until the test lets it finish, so the running state can be seen.
        var downloadStarted = new TaskCompletionSource<JSRuntimeInvocation>(TaskCreationOptions.RunContinuationsAsynchronously);
        var download = Ui.JSInterop.SetupVoid("portal.download", invocation => downloadStarted.TrySetResult(invocation) || true);
        var cut = Ui.Render<ExportButtons>(p => p.Add(b => b.Kind, ExportKind.Sims).Add(b => b.Filters, new ExportFilters(Network: network)));

        cut.Find("#export-csv").Click();

        var url = Assert.IsType<string>((await downloadStarted.Task.WaitAsync(TimeSpan.FromSeconds(10))).Arguments[0]);
        cut.WaitForAssertion(() => Assert.Contains("3 of 3 rows", cut.Find("#export-progress").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#export-csv"));
        Assert.StartsWith(DownloadPrefix, url, StringComparison.Ordinal);
        var prepared = Assert.IsType<PreparedExports.Prepared>(Prepared.Take(url[DownloadPrefix.Length..], Circuit.GetRequiredService<ICurrentUser>().UserId));
        var csv = await File.ReadAllTextAsync(prepared.Path);
        File.Delete(prepared.Path);
        Assert.EndsWith(".csv", prepared.FileName, StringComparison.Ordinal);
        Assert.All(matching, iccid => Assert.Contains(iccid, csv, StringComparison.Ordinal));
        Assert.DoesNotContain(other, csv, StringComparison.Ordinal);

        download.SetVoidResult();
        cut.WaitForElement("#export-csv");
        Assert.Empty(cut.FindAll("#export-progress"));
    }

    [Fact]
    public async Task Export_Xlsx_PreparesAnExcelFileOfTheKindAsked()
    {
        await SignInAsync(Roles.PartnerUser);
        var cut = Ui.Render<ExportButtons>(p => p.Add(b => b.Kind, ExportKind.Customers));

        cut.Find("#export-xlsx").Click();

        cut.WaitForAssertion(() => Assert.Single(Ui.JSInterop.Invocations, i => i.Identifier == "portal.download"));
        var url = Assert.IsType<string>(Ui.JSInterop.Invocations.Single(i => i.Identifier == "portal.download").Arguments[0]);
        var prepared = Assert.IsType<PreparedExports.Prepared>(Prepared.Take(url[DownloadPrefix.Length..], Circuit.GetRequiredService<ICurrentUser>().UserId));
        File.Delete(prepared.Path);
        Assert.Equal((ExportService.ContentType(ExportFormat.Xlsx), true), (prepared.ContentType, prepared.FileName.StartsWith("customers-", StringComparison.Ordinal)));
        cut.WaitForElement("#export-xlsx");
    }

    [Fact]
    public async Task Export_ServiceRefusesTheFilters_SaysWhyAndStartsNoDownload()
    {
        await SignInAsync(Roles.PartnerUser);
        var cut = Ui.Render<ExportButtons>(p => p.Add(b => b.Kind, ExportKind.Notifications)
            .Add(b => b.Filters, new ExportFilters(From: DateTime.UtcNow, To: DateTime.UtcNow.AddDays(-1))));

        cut.Find("#export-csv").Click();

        cut.WaitForAssertion(() => Assert.Contains(Toasts,
            m => m.StartsWith("Export failed" + ImeiPortal.Components.Shared.Toasts.Separator, StringComparison.Ordinal) && m.Contains("to must not be before from", StringComparison.Ordinal)));
        Assert.DoesNotContain(Ui.JSInterop.Invocations, i => i.Identifier == "portal.download");
        cut.WaitForElement("#export-csv");
    }

    private PreparedExports Prepared => Circuit.GetRequiredService<PreparedExports>();
}
