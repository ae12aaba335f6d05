using ImeiPortal.Components.Dialogs;
using ImeiPortal.Components.Shared;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Exports;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Sims;

/// <summary>
/// The SIM list: filtering, sorting and paging happen in the database (it must stay fast at a million SIMs);
/// the page only holds the current page and the selection. It follows the change hub for the SIMs it shows, so a
/// row the network or an order changes updates without a reload.
/// </summary>
public partial class SimList : IDisposable
{
    private const int DefaultPageSize = 50;
    private static readonly IReadOnlyList<int> PageSizes = [25, 50, 100, 200];

    // Null until the first page is read.
    private PagedResult<SimDto>? _page;
    // The names of the shown rows' customers, read with each page (the pickers search the server themselves).
    private IReadOnlyDictionary<int, string> _customerNames = new Dictionary<int, string>();
    private IReadOnlyList<PartnerDto> _partners = [];
    private IList<SimDto> _selected = [];

    // Instead of ticked rows: every SIM the filters match, or a pasted list of ICCIDs.
    private bool _allMatching;
    private BulkSelection? _pasted;
    private bool _loading;
    // The pickers render their options only while open (each option is a component an open list would keep).
    private bool _partnerFilterOpen, _statusFilterOpen, _imeiStatusFilterOpen;
    private string? _search, _network, _tag, _sort;
    private SimStatus? _status;
    private ImeiStatus? _imeiStatus;
    private int? _customerId, _partnerId, _bulkCustomerId;
    private bool? _frequent, _modelChanged;
    private ImeiStatus? _bulkImeiStatus;
    private int _pageNumber = 1, _pageSize = 50;
    private IDisposable? _subscription;
    private volatile bool _closed;

    // The ICCIDs on screen, read by the hub's thread: replaced whole, never changed in place.
    private volatile HashSet<string> _shown = new(StringComparer.Ordinal);

    [Inject] private SimService Sims { get; set; } = default!;
    [Inject] private BulkJobService BulkJobs { get; set; } = default!;
    [Inject] private CustomerService Customers { get; set; } = default!;
    [Inject] private PartnerService Partners { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private LiveChanges Changes { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private BrowserTime Time { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    // The list's state lives in the URL, under GET /api/sims's names: a reload, a shared link or Back shows the same list.
    [SupplyParameterFromQuery(Name = "search")] private string? SearchQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] private string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "imeiStatus")] private string? ImeiStatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "customerId")] private int? CustomerIdQuery { get; set; }
    [SupplyParameterFromQuery(Name = "tag")] private string? TagQuery { get; set; }
    [SupplyParameterFromQuery(Name = "network")] private string? NetworkQuery { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] private string? SortQuery { get; set; }
    [SupplyParameterFromQuery(Name = "page")] private int? PageQuery { get; set; }
    [SupplyParameterFromQuery(Name = "pageSize")] private int? PageSizeQuery { get; set; }
    [SupplyParameterFromQuery(Name = "partnerId")] private int? PartnerIdQuery { get; set; }
    [SupplyParameterFromQuery(Name = "frequentImeiChanges")] private bool? FrequentQuery { get; set; }
    [SupplyParameterFromQuery(Name = "modelChanged")] private bool? ModelChangedQuery { get; set; }

    private bool _read;
    private int _fetches;

    private ExportFilters ExportFilters => new(_search, _status, _imeiStatus, _customerId, _network, _tag, _sort,
        PartnerId: _partnerId, FrequentImeiChanges: _frequent, ModelChanged: _modelChanged);

    private SimQuery Query => new(_search, _status, _imeiStatus, _customerId, _network, _tag, _sort, _pageNumber, _pageSize, _partnerId, _frequent, _modelChanged);

    private bool IsAdmin => CurrentUser.Level == TenantLevel.Platform;

    private IReadOnlyList<SimDto> PageItems => _page?.Items ?? [];

    private bool? AllOnPageSelected => PageItems.Count == 0 ? false
        : PageItems.All(s => _selected.Contains(s)) ? true
        : PageItems.Any(s => _selected.Contains(s)) ? null : false;

    protected override async Task OnInitializedAsync()
    {
        // The URL's list before anything awaits: the first render (and the first read after it) may come before
        // OnParametersSetAsync, and must not show the unfiltered list.
        Show(FromUrl());
        if (IsAdmin)
        {
            _partners = await Partners.ListAsync();
        }
    }

    /// <summary>The URL changed (a link, Back, or this page's own change): show what it says, reading again only if it differs.</summary>
    protected override async Task OnParametersSetAsync()
    {
        var asked = FromUrl();
        if (asked == Query)
        {
            return;
        }

        Show(asked);
        if (_read)
        {
            await FetchAsync();
        }
    }

    private void Show(SimQuery asked)
    {
        (_search, _status, _imeiStatus, _customerId, _network, _tag, _sort, _pageNumber, _pageSize) =
            (asked.Search, asked.Status, asked.ImeiStatus, asked.CustomerId, asked.Network, asked.Tag, asked.Sort, asked.Page, asked.PageSize);
        (_partnerId, _frequent, _modelChanged) = (asked.PartnerId, asked.FrequentImeiChanges, asked.ModelChanged);
        ClearSelection();
    }

    /// <summary>What the URL asks for; a value the list cannot show (an unknown status or sort) is left out, not an error.</summary>
    private SimQuery FromUrl() => new(
        FormText.OrNull(SearchQuery),
        Enum.TryParse<SimStatus>(StatusQuery, ignoreCase: true, out var status) ? status : null,
        Enum.TryParse<ImeiStatus>(ImeiStatusQuery, ignoreCase: true, out var imeiStatus) ? imeiStatus : null,
        CustomerIdQuery,
        FormText.OrNull(NetworkQuery),
        FormText.OrNull(TagQuery),
        SortQuery is { } sort && SimQuery.Sorts.Contains(sort) ? sort : null,
        PageQuery is > 0 ? PageQuery.Value : 1,
        PageSizeQuery is { } size && PageSizes.Contains(size) ? size : DefaultPageSize,
        PartnerIdQuery,
        OnlyIf(FrequentQuery == true),
        OnlyIf(ModelChangedQuery == true));

    /// <summary>Puts the list's state in the URL as a new history entry, so Back returns to the previous list.</summary>
    private void ShowInUrl()
    {
        var query = Query;
        var url = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["search"] = query.Search,
            ["status"] = query.Status?.ToString(),
            ["imeiStatus"] = query.ImeiStatus?.ToString(),
            ["customerId"] = query.CustomerId,
            ["tag"] = query.Tag,
            ["network"] = query.Network,
            ["sort"] = query.Sort,
            ["page"] = query.Page == 1 ? null : query.Page,
            ["pageSize"] = query.PageSize == DefaultPageSize ? null : query.PageSize,
            ["partnerId"] = query.PartnerId,
            ["frequentImeiChanges"] = query.FrequentImeiChanges is true ? "true" : null,
            ["modelChanged"] = query.ModelChanged is true ? "true" : null,
        });
        if (url != Navigation.Uri)
        {
            Navigation.NavigateTo(url);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Read after the first render, so the filters show at once and the rows follow.
        if (firstRender)
        {
            _subscription = Changes.Follow<PortalChange>(Shows, () => _closed ? Task.CompletedTask : InvokeAsync(async () =>
            {
                await FetchAsync();
                StateHasChanged();
            }));
            await FetchAsync();
            _read = true;
            StateHasChanged();
            // The rows' times are this page's markup (LocalTime.For): it follows the browser's zone as LocalTime does.
            Time.Changed += TimeZoneKnown;
            await Time.DetectAsync();
        }
    }

    private void TimeZoneKnown() => _ = _closed ? Task.CompletedTask : InvokeAsync(StateHasChanged);

    /// <summary>A filter changed: apply it and start again at the first page, with no selection.</summary>
    private async Task SetAsync(Action apply)
    {
        apply();
        _pageNumber = 1;
        ClearSelection();
        await FetchAsync();
        ShowInUrl();
    }

    private async Task SortAsync(string? sort)
    {
        _sort = sort;
        _pageNumber = 1;
        await FetchAsync();
        ShowInUrl();
    }

    private async Task PageAsync((int Page, int PageSize) to)
    {
        (_pageNumber, _pageSize) = to;
        await FetchAsync();
        ShowInUrl();
    }

    private async Task FetchAsync()
    {
        _loading = true;
        // Reads may overlap (a filter changed while a live change re-reads): only the latest one's rows are shown.
        var fetch = ++_fetches;
        var query = Query;
        PagedResult<SimDto>? page = null;
        IReadOnlyDictionary<int, string>? names = null;
        await UiErrors.RunAsync(Toasts, async () =>
        {
            page = await Sims.ListAsync(query);
            names = await Customers.NamesAsync(page.Items.Select(s => s.CustomerId));
        });
        if (fetch != _fetches)
        {
            return;
        }

        if (page is not null && names is not null)
        {
            (_page, _customerNames) = (page, names);
        }

        _shown = PageItems.Select(s => s.Iccid).ToHashSet(StringComparer.Ordinal);
        // Selection survives paging by ICCID, since each page brings new row objects.
        var selected = _selected.Select(s => s.Iccid).ToHashSet(StringComparer.Ordinal);
        _selected = [.. _selected.Where(s => !PageItems.Any(p => p.Iccid == s.Iccid)), .. PageItems.Where(p => selected.Contains(p.Iccid))];
        _loading = false;
    }

    /// <summary>A change to a SIM on screen: its row, or its pending orders.</summary>
    private bool Shows(PortalChange change) => change switch
    {
        SimChanged sim => _shown.Contains(sim.Iccid),
        OrderChanged order => _shown.Contains(order.Iccid),
        _ => false,
    };

    public void Dispose()
    {
        _closed = true;
        _subscription?.Dispose();
        Time.Changed -= TimeZoneKnown;
        GC.SuppressFinalize(this);
    }

    private bool IsSelected(SimDto sim) => _selected.Any(s => s.Iccid == sim.Iccid);

    private void Select(SimDto sim, bool select)
    {
        var existing = _selected.FirstOrDefault(s => s.Iccid == sim.Iccid);
        if (select && existing is null)
        {
            _selected.Add(sim);
        }
        else if (!select && existing is not null)
        {
            _selected.Remove(existing);
        }
    }

    private void SelectPage(bool select)
    {
        foreach (var sim in PageItems)
        {
            Select(sim, select);
        }
    }

    private string PartnerPicked(int? partnerId) =>
        partnerId is null ? "" : _partners.FirstOrDefault(p => p.Id == partnerId)?.Name ?? partnerId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A flag filter is on or off: off leaves it out of the query (and the URL) rather than asking for "not flagged".</summary>
    private static bool? OnlyIf(bool on) => on ? true : null;

    private string CustomerName(int? customerId) =>
        customerId is null ? "—" : _customerNames.GetValueOrDefault(customerId.Value) ?? customerId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool CanBulk => CurrentUser.Has(Permission.ManageSims) || CurrentUser.Has(Permission.ChangeImeiStatus)
        || CurrentUser.Has(Permission.PlaceLifecycleOrders) || CurrentUser.Has(Permission.Unbar);

    private int SelectionCount => _allMatching ? _page?.Total ?? 0 : _pasted?.Iccids?.Count ?? _selected.Count;

    // Offered once the whole page is ticked and the filters match more than the page shows. Not on an estimated total:
    // it is only ever beyond the most a bulk change takes, and "all N" would name a count nobody made.
    private bool CanSelectAllMatching => !_allMatching && _pasted is null && AllOnPageSelected == true && _page is { } page && page.Total > _selected.Count
        && !TotalIsEstimate;

    private bool TotalIsEstimate => _page?.TotalIsEstimate == true;

    private BulkSelection Selection => _allMatching ? new BulkSelection(Filter: Query)
        : _pasted ?? new BulkSelection([.. _selected.Select(s => s.Iccid)]);

    private void SelectAllMatching() => (_allMatching, _pasted) = (true, null);

    private void ClearSelection() => (_selected, _allMatching, _pasted) = ([], false, null);

    private async Task PasteAsync()
    {
        var dialog = await Dialogs.ShowAsync<PasteIccidsDialog>("Select SIMs by ICCID", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if ((await dialog.Result)?.Data is BulkSelection pasted)
        {
            (_selected, _allMatching, _pasted) = ([], false, pasted);
        }
    }

    /// <summary>
    /// Previews the change over the whole selection, asks to confirm when it is risky or large, then starts it as a
    /// background job; the jobs panel above the list follows it.
    /// </summary>
    private async Task PreviewAsync(BulkCommand command)
    {
        var selection = Selection;
        BulkPreview? preview = null;
        if (!await UiErrors.RunAsync(Toasts, async () => preview = await BulkJobs.PreviewAsync(selection, command)) || preview is null)
        {
            return;
        }

        var consequence = Consequence(command.Action);
        if (consequence is not null || preview.Total > SimBulkService.ConfirmAbove)
        {
            var dialog = await Dialogs.ShowAsync<BulkPreviewDialog>($"{BulkJobService.Describe(command, preview.Total)}: confirm",
                new DialogParameters<BulkPreviewDialog> { { d => d.Preview, preview }, { d => d.Consequence, consequence } },
                new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
            if ((await dialog.Result)?.Data is not true)
            {
                return;
            }
        }

        await UiErrors.RunAsync(Toasts, async () =>
        {
            var job = await BulkJobs.StartAsync(selection, command);
            Toasts.Say(Severity.Info, $"{job.Description}: started");
            ClearSelection();
        });
    }

    /// <summary>What a risky action does to service, said in its confirmation (DOMAIN.md's order semantics).</summary>
    internal static string? Consequence(BulkAction action) => action switch
    {
        BulkAction.Bar => "Barred SIMs lose service (their data sessions are rejected) until someone unbars them.",
        BulkAction.Deactivate => "Deactivated SIMs lose service until someone activates them again; their IMEI status stays as it is.",
        BulkAction.Unbar => "Unbarred SIMs get service again; Differed SIMs are locked again as the option says.",
        _ => null,
    };
}
