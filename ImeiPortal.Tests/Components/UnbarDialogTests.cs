using Bunit;
using ImeiPortal.Components.Dialogs;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ImeiPortal.Tests.Components;

/// <summary>The unbar dialog answers how the lock continues: an option only for a Differed SIM, KeepLock unless changed.</summary>
public sealed class UnbarDialogTests(PortalFactory factory) : ComponentTests(factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly string LockImei = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string SecondImei = TestIds.Imei(TestIds.TacA, 2);

    [Fact]
    public async Task Confirm_DifferedSimUntouched_AnswersKeepLock()
    {
        var (host, answer) = await OpenAsync(Sim(ImeiStatus.Differed));

        Assert.True(host.IsChecked("unbar-keep"));
        Assert.False(host.IsChecked("unbar-update"));
        host.Find("#unbar-confirm").Click();

        Assert.Equal(UnbarOption.KeepLock, await answer.WaitAsync(Patience));
    }

    [Fact]
    public async Task Confirm_DifferedSimUpdateChosen_AnswersUpdateToLastSeenAndSaysWhereTheLockMoves()
    {
        var (host, answer) = await OpenAsync(Sim(ImeiStatus.Differed));

        host.ClickRadio("unbar-update");

        host.WaitForAssertion(() => Assert.Contains($"The lock moves to {SecondImei}", host.Find("#unbar-help").TextContent, StringComparison.Ordinal));
        host.Find("#unbar-confirm").Click();
        Assert.Equal(UnbarOption.UpdateToLastSeen, await answer.WaitAsync(Patience));
    }

    [Theory]
    [InlineData(ImeiStatus.Locked)]
    [InlineData(ImeiStatus.Neutral)]
    public async Task Confirm_SimNotDiffered_OffersNoOptionAndAnswersPlainUnbar(ImeiStatus status)
    {
        var (host, answer) = await OpenAsync(Sim(status));

        Assert.Empty(host.FindAll("#unbar-options"));
        host.Find("#unbar-confirm").Click();

        Assert.Equal(UnbarDialog.PlainUnbar, await answer.WaitAsync(Patience));
    }

    /// <summary>DOMAIN.md: UpdateToLastSeen moves the lock to the first device after the trigger; label and help say the same.</summary>
    [Fact]
    public async Task Options_DifferedSim_LabelAndHelpNameTheFirstDeviceAfterTheTrigger()
    {
        var (host, _) = await OpenAsync(Sim(ImeiStatus.Differed));

        host.WaitForAssertion(() => Assert.Contains("first device seen after the trigger", host.Find("#unbar-options").TextContent, StringComparison.Ordinal));
        Assert.Contains("authorize check", host.Find("#unbar-help").TextContent, StringComparison.Ordinal);
        host.ClickRadio("unbar-update");
        host.WaitForAssertion(() => Assert.Contains("first device the SIM was seen in after the trigger", host.Find("#unbar-help").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("after the bar", host.Find("#unbar-options").TextContent + host.Find("#unbar-help").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_DifferedSim_AnswersNothing()
    {
        var (host, answer) = await OpenAsync(Sim(ImeiStatus.Differed));

        host.ClickRadio("unbar-update");
        host.Find("#unbar-cancel").Click();

        Assert.Null(await answer.WaitAsync(Patience));
    }

    /// <summary>Opens the dialog as the SIM page does, in a dialog host, and returns the host and the dialog's answer.</summary>
    private async Task<(IRenderedComponent<MudDialogProvider> Host, Task<object?> Answer)> OpenAsync(SimDto sim)
    {
        var host = Ui.Render<MudDialogProvider>();
        IDialogReference dialog = null!;
        await host.InvokeAsync(async () =>
        {
            dialog = await Ui.Services.GetRequiredService<IDialogService>()
                .ShowAsync<UnbarDialog>("Unbar SIM", new DialogParameters<UnbarDialog> { { d => d.Sim, sim } });
        });
        host.WaitForElement("#unbar-confirm");
        // Not awaited here: the answer comes when the dialog closes; a cancelled dialog answers nothing.
        return (host, AnswerAsync(dialog));
    }

    private static async Task<object?> AnswerAsync(IDialogReference dialog) =>
        await dialog.Result is { Canceled: false } result ? result.Data : null;

    private static SimDto Sim(ImeiStatus status) => new(
        TestIds.Iccid(1), Imsi: null, Msisdn: null, Network: null, PartnerId: 1, CustomerId: null, SimStatus.Barred,
        Imei: SecondImei, ImeiLock: LockImei, status, ImeiLastSeenAt: DateTime.UtcNow,
        FirstImeiAfterTrigger: status == ImeiStatus.Differed ? SecondImei : null, FrequentImeiChanges: false, TacChanged: false, PendingOrders: 0);
}
