using ImeiPortal.Components.Dialogs;
using ImeiPortal.Components.Shared;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Journal;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using ImeiPortal.Components.Layout;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Sims;

/// <summary>
/// One SIM: its IMEI lock, lifecycle, orders, detections, alarms and journal. Offers only the changes the
/// domain allows now and the caller's roles permit. It re-reads the SIM whenever a change to it or to its orders
/// commits (the network completing an order, the feed seeing a new device), so the user sees the change land.
/// </summary>
public partial class SimDetails : IDisposable
{
    private SimDetailsDto? _details;
    private IReadOnlyList<OrderDto> _orders = [];
    private PagedResult<NotificationDto> _notifications = new([], 0);
    private PagedResult<JournalEntryDto> _journal = new([], 0);
    private bool _notFound;
    private bool _enableImeiLock = true;
    private volatile bool _closed;
    private IDisposable? _subscription;
    private long? _subscribedSimId;
    private List<ChartSeries<double>> _usageSeries = [];
    private string[] _usageLabels = [];

    private static readonly ChartOptions UsageOptions = new() { ChartPalette = [PortalTheme.Blue] };

    [Parameter] public string Iccid { get; set; } = "";

    [Inject] private SimService Sims { get; set; } = default!;
    [Inject] private OrderService Orders { get; set; } = default!;
    [Inject] private NotificationHistoryService Notifications { get; set; } = default!;
    [Inject] private JournalService Journal { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private LiveChanges Changes { get; set; } = default!;

    private IEnumerable<OrderType> LifecycleOrders => _details!.AllowedOrders
        .Where(order => CurrentUser.Has(OrderService.RequiredPermission(order)));

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _details = await Sims.GetDetailsAsync(Iccid);
        }
        catch (NotFoundException)
        {
            _notFound = true;
            return;
        }

        // Every fifth day is labelled: thirty labels overlap at the card's width.
        _usageLabels = [.. _details.DailyUsage.Select((d, i) => i % 5 == 0 ? d.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")];
        _usageSeries = [new ChartSeries<double> { Name = "MB", Data = _details.DailyUsage.Select(d => d.Megabytes).ToArray() }];
        _orders = await Orders.ListForSimAsync(Iccid);
        _notifications = await Notifications.ListAsync(new NotificationQuery(Iccid: Iccid, PageSize: 20));
        _journal = await Journal.ListAsync(new JournalQuery(Entity: "Sim", EntityId: _details.SimId.ToString(System.Globalization.CultureInfo.InvariantCulture), PageSize: 20));
        SubscribeTo(_details.SimId);
    }

    private void SubscribeTo(long simId)
    {
        // A prerendered page is thrown away at once: only the live circuit listens.
        if (_subscribedSimId == simId || _closed || !RendererInfo.IsInteractive)
        {
            return;
        }

        _subscription?.Dispose();
        _subscribedSimId = simId;
        _subscription = Changes.Follow<PortalChange>(
            change => change is SimChanged sim && sim.SimId == simId || change is OrderChanged order && order.SimId == simId,
            () => _closed ? Task.CompletedTask : InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            }));
    }

    private async Task ChangeImeiStatusAsync(ImeiStatus target)
    {
        // Dropping the lock is the one IMEI change that leaves the SIM unprotected: ask first, saying so.
        if (target == ImeiStatus.Neutral && await Dialogs.ShowMessageBoxAsync("Stop the IMEI lock",
                "Set the IMEI status to Neutral? The lock is no longer enforced: any device may open data sessions with this SIM. "
                + "The IMEI and lock are kept for reference; a barred SIM stays barred.",
                yesText: "Set Neutral", cancelText: "Keep the lock") != true)
        {
            return;
        }

        await PlaceAsync(new PlaceOrderRequest(OrderType.ImeiStatus, target), $"IMEI status → {target}");
    }

    /// <summary>Whether this order is already on its way: its button waits for it instead of queuing another.</summary>
    private bool Pending(OrderType type, ImeiStatus? target = null) =>
        _orders.Any(o => o.State == OrderState.Pending && o.Type == type && (type != OrderType.ImeiStatus || o.ImeiStatus == target));

    private async Task PlaceLifecycleAsync(OrderType order)
    {
        switch (order)
        {
            case OrderType.Unbar:
                var unbar = await Dialogs.ShowAsync<UnbarDialog>("Unbar SIM",
                    new DialogParameters<UnbarDialog> { { d => d.Sim, _details!.Sim } },
                    new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
                switch ((await unbar.Result)?.Data)
                {
                    case UnbarOption option:
                        await PlaceAsync(new PlaceOrderRequest(OrderType.Unbar, UnbarOption: option), $"Unbar ({UnbarOptionText.Of(option)})");
                        break;
                    case UnbarDialog.PlainUnbar:
                        await PlaceAsync(new PlaceOrderRequest(OrderType.Unbar), "Unbar");
                        break;
                }

                break;
            case OrderType.Deactivate:
                if (await Dialogs.ShowMessageBoxAsync("Deactivate SIM",
                        "Deactivate this SIM? It stops working until it is reactivated. The IMEI status stays as it is.",
                        yesText: "Deactivate", cancelText: "Keep active") == true)
                {
                    await PlaceAsync(new PlaceOrderRequest(OrderType.Deactivate), "Deactivate");
                }

                break;
            case OrderType.Bar:
                if (await Dialogs.ShowMessageBoxAsync("Bar SIM",
                        "Bar this SIM? It can no longer open data sessions until it is unbarred. The IMEI lock stays as it is.",
                        yesText: "Bar", cancelText: "Keep active") == true)
                {
                    await PlaceAsync(new PlaceOrderRequest(OrderType.Bar), "Bar");
                }

                break;
            case OrderType.Suspend:
                if (await Dialogs.ShowMessageBoxAsync("Suspend SIM",
                        "Suspend this SIM? Its data sessions are rejected until it is resumed.",
                        yesText: "Suspend", cancelText: "Keep active") == true)
                {
                    await PlaceAsync(new PlaceOrderRequest(OrderType.Suspend), "Suspend");
                }

                break;
            case OrderType.Activate:
                await PlaceAsync(new PlaceOrderRequest(OrderType.Activate, EnableImeiLock: _enableImeiLock), _enableImeiLock ? "Activate with IMEI locking" : "Activate");
                break;
            default:
                await PlaceAsync(new PlaceOrderRequest(order), order.ToString());
                break;
        }
    }

    private async Task PlaceAsync(PlaceOrderRequest request, string label)
    {
        if (await UiErrors.RunAsync(Toasts, () => Orders.PlaceAsync(Iccid, request)))
        {
            Toasts.Say(Severity.Info, $"{label}: order placed", "The SIM changes when the network completes it.");
            await LoadAsync();
        }
    }

    private static string TargetHelp(ImeiStatus target) => target switch
    {
        ImeiStatus.Armed => "Lock to the next device the SIM is seen in.",
        ImeiStatus.Locked => "Lock to the IMEI seen last.",
        ImeiStatus.Neutral => "Stop enforcing the lock; IMEI and lock are kept for reference. Does not unbar a barred SIM.",
        ImeiStatus.Pairing => "Accept any device and save each one seen; switch back to Locked once the new device is in.",
        _ => "",
    };

    private static string Describe(OrderDto order) => order.Type switch
    {
        OrderType.ImeiStatus => $"IMEI status → {order.ImeiStatus}",
        OrderType.Unbar when order.UnbarOption is { } option => $"Unbar ({UnbarOptionText.Of(option)})",
        OrderType.Activate when order.EnableImeiLock => "Activate with IMEI locking",
        _ => order.Label is { } label ? $"{order.Type} ({label})" : order.Type.ToString(),
    };

    /// <summary>The model's name from the catalogue when it has one; the TAC alone otherwise.</summary>
    private static string ModelText(SimDto sim) => sim switch
    {
        { DeviceModel: { } model } => $"{model.Manufacturer} {model.Model} (TAC {model.Tac})",
        { Imei: { Length: >= 8 } imei } => $"TAC {imei[..8]}",
        _ => "—",
    };

    private static Color StatusColor(SimStatus status) => status switch
    {
        SimStatus.Active => Color.Success,
        SimStatus.Barred or SimStatus.Deactivated => Color.Error,
        SimStatus.Suspended => Color.Warning,
        _ => Color.Default,
    };

    private static Color OrderColor(OrderType order) => order switch
    {
        OrderType.Deactivate or OrderType.Bar => Color.Error,
        OrderType.Suspend => Color.Warning,
        _ => Color.Primary,
    };

    public void Dispose()
    {
        _closed = true;
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
