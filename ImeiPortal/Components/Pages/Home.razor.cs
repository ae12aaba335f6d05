using ImeiPortal.Components.Layout;
using ImeiPortal.Components.Shared;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Dashboard;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages;

/// <summary>
/// The dashboard: counts that link to the SIM list with their filter. It follows the change hub, so a theft the network
/// reports shows in the counts and lists without a reload.
/// </summary>
public partial class Home : IDisposable
{
    private static readonly ChartOptions BlueBars = new() { ChartPalette = [PortalTheme.Blue] };
    private static readonly ChartOptions SlateBars = new() { ChartPalette = [PortalTheme.Slate] };
    private static readonly ChartOptions RedBars = new() { ChartPalette = [PortalTheme.Red] };

    private DashboardSummary? _summary;
    private List<ChartSeries<double>> _imeiSeries = [];
    private string[] _imeiLabels = [];
    private List<ChartSeries<double>> _simSeries = [];
    private string[] _simLabels = [];
    private List<ChartSeries<double>> _triggerSeries = [];
    private string[] _triggerLabels = [];

    private IDisposable? _subscription;
    private volatile bool _closed;

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private LiveChanges Changes { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Show(await Dashboard.GetAsync());
        // A prerendered page is thrown away at once: only the live circuit listens.
        if (RendererInfo.IsInteractive)
        {
            _subscription = Changes.Follow<PortalChange>(Counts, () => _closed ? Task.CompletedTask : InvokeAsync(async () =>
            {
                Show(await Dashboard.GetAsync());
                StateHasChanged();
            }));
        }
    }

    /// <summary>What the dashboard counts: the user's SIMs, their alarms, and orders (which carry no tenant; a re-read shows only the user's).</summary>
    private bool Counts(PortalChange change) => change switch
    {
        SimChanged sim => CurrentUser.Sees(sim.PartnerId, sim.CustomerId),
        NotificationCreated notification => CurrentUser.Sees(notification.PartnerId, notification.CustomerId),
        OrderChanged => true,
        _ => false,
    };

    public void Dispose()
    {
        _closed = true;
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Show(DashboardSummary summary)
    {
        _summary = summary;
        _imeiLabels = [.. summary.ByImeiStatus.Select(s => s.Label)];
        _imeiSeries = [new ChartSeries<double> { Name = "SIMs", Data = summary.ByImeiStatus.Select(s => (double)s.Count).ToArray() }];
        _simLabels = [.. summary.BySimStatus.Select(s => s.Label)];
        _simSeries = [new ChartSeries<double> { Name = "SIMs", Data = summary.BySimStatus.Select(s => (double)s.Count).ToArray() }];
        // Every fifth day counted back from today (30 labels overlap); month and day only: the year is never in doubt.
        var days = summary.TriggersPerDay.Count;
        _triggerLabels = [.. summary.TriggersPerDay.Select((d, i) => (days - 1 - i) % 5 == 0 ? d.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")];
        _triggerSeries = [new ChartSeries<double> { Name = "Triggers", Data = summary.TriggersPerDay.Select(d => (double)d.Count).ToArray() }];
    }

    private int TriggersTotal => _summary!.TriggersPerDay.Sum(d => d.Count);

    private int Count(ImeiStatus status) => _summary!.ByImeiStatus.First(s => s.Status == status).Count;

    // A bar is a question ("which ones?"): clicking it opens the SIM list with that filter.
    private void OpenImeiStatus(int index)
    {
        if (index >= 0 && index < _imeiLabels.Length)
        {
            Navigation.NavigateTo($"/sims?imeiStatus={_imeiLabels[index]}");
        }
    }

    private void OpenSimStatus(int index)
    {
        if (index >= 0 && index < _simLabels.Length)
        {
            Navigation.NavigateTo($"/sims?status={_simLabels[index]}");
        }
    }
}
