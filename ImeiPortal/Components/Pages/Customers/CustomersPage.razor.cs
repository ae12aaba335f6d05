using ImeiPortal.Components.Dialogs;
using ImeiPortal.Components.Shared;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Exports;
using ImeiPortal.Features.Partners;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace ImeiPortal.Components.Pages.Customers;

public sealed partial class CustomersPage
{
    [Inject] private CustomerService Customers { get; set; } = default!;
    [Inject] private PartnerService Partners { get; set; } = default!;
    [Inject] private NotificationService Notify { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    private readonly FormErrors _errors = new();
    private RadzenDataGrid<CustomerDto>? _grid;
    private IReadOnlyList<CustomerDto>? _rows; // null until loaded: the grid calls LoadData only while it has no data
    private IReadOnlyList<PartnerDto> _partners = [];
    private int _total;
    private bool _loading;
    private string _search = "", _tag = "", _name = "", _tags = "";
    private int? _partnerId, _partnerFilter;

    private bool CanManage => CurrentUser.Has(Permission.ManageCustomers);

    protected override async Task OnInitializedAsync()
    {
        if (CurrentUser.Level == TenantLevel.Platform)
        {
            _partners = await Partners.ListAsync();
        }
    }

    private string PartnerName(int id) => _partners.FirstOrDefault(p => p.Id == id)?.Name ?? $"#{id}";

    private Task ApplyAsync() => _grid!.FirstPage(true);

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        await UiErrors.RunAsync(Notify, async () =>
        {
            var size = args.Top ?? 25;
            var page = await Customers.ListAsync(new CustomerQuery(_search, _partnerFilter, _tag, (args.Skip ?? 0) / size + 1, size));
            (_rows, _total) = (page.Items, page.Total);
        });
        _loading = false;
    }

    private async Task CreateAsync()
    {
        if (await UiErrors.RunFormAsync(Notify, _errors, async () =>
            {
                var created = await Customers.CreateAsync(new CreateCustomerRequest(_name, _partnerId, FormText.Tags(_tags)));
                Notify.Notify(NotificationSeverity.Success, $"Customer {created.Name} added.");
            }))
        {
            _name = _tags = "";
            await _grid!.Reload();
        }
    }

    private async Task EditAsync(CustomerDto customer)
    {
        var saved = await Dialogs.OpenAsync<CustomerEditDialog>($"Edit {customer.Name}",
            new Dictionary<string, object?> { [nameof(CustomerEditDialog.Customer)] = customer }, new DialogOptions { Width = "480px" });
        if (saved is CustomerDto)
        {
            await _grid!.Reload();
        }
    }

    private async Task ServicesAsync(CustomerDto customer) =>
        await Dialogs.OpenAsync<CustomerServicesDialog>($"Services of {customer.Name}",
            new Dictionary<string, object?> { [nameof(CustomerServicesDialog.CustomerId)] = customer.Id }, new DialogOptions { Width = "640px" });

    private async Task DeleteAsync(CustomerDto customer)
    {
        if (await Dialogs.Confirm($"Delete the customer \"{customer.Name}\"? Only a customer without SIMs and users can be deleted.", "Delete customer",
                new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Keep it" }) != true)
        {
            return;
        }

        await UiErrors.RunAsync(Notify, async () =>
        {
            await Customers.DeleteAsync(customer.Id);
            Notify.Notify(NotificationSeverity.Success, $"Customer {customer.Name} deleted.");
            await _grid!.Reload();
        });
    }
}
