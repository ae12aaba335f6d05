using ImeiPortal.Components.Layout;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Dashboard;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages;

/// <summary>The dashboard: counts that link to the SIM list with their filter.</summary>
public partial class Home
{
    private static readonly ChartOptions BlueBars = new() { ChartPalette = [PortalTheme.Blue] };
    private static readonly ChartOptions SlateBars = new() { ChartPalette = [PortalTheme.Slate] };

    private DashboardSummary? _summary;
    private List<ChartSeries<double>> _imeiSeries = [];
    private string[] _imeiLabels = [];
    private List<ChartSeries<double>> _simSeries = [];
    private string[] _simLabels = [];

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync() => Show(await Dashboard.GetAsync());

    private void Show(DashboardSummary summary)
    {
        _summary = summary;
        _imeiLabels = [.. summary.ByImeiStatus.Select(s => s.Label)];
        _imeiSeries = [new ChartSeries<double> { Name = "SIMs", Data = summary.ByImeiStatus.Select(s => (double)s.Count).ToArray() }];
        _simLabels = [.. summary.BySimStatus.Select(s => s.Label)];
        _simSeries = [new ChartSeries<double> { Name = "SIMs", Data = summary.BySimStatus.Select(s => (double)s.Count).ToArray() }];
    }

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
