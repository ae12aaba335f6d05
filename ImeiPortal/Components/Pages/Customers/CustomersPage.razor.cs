using ImeiPortal.Components.Dialogs;
using ImeiPortal.Components.Shared;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Exports;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Customers;

public sealed partial class CustomersPage
{
    [Inject] private CustomerService Customers { get; set; } = default!;
    [Inject] private PartnerService Partners { get; set; } = default!;
    [Inject] private SimCountService SimCounts { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    private readonly FormErrors _errors = new();
    private const int PageSize = 25;

    private IReadOnlyList<CustomerDto> _rows = [];
    private IReadOnlyDictionary<int, SimCounts> _counts = new Dictionary<int, SimCounts>();
    private int _page = 1;
    private IReadOnlyList<PartnerDto> _partners = [];
    private int _total;
    private bool _loading = true;
    private string _search = "", _tag = "", _name = "", _tags = "";
    private int? _partnerId, _partnerFilter;

    private bool CanManage => CurrentUser.Has(Permission.ManageCustomers);

    protected override async Task OnInitializedAsync()
    {
        if (CurrentUser.Level == TenantLevel.Platform)
        {
            _partners = await Partners.ListAsync();
        }

        await LoadAsync(1);
    }

    private SimCounts Counts(int customerId) => _counts.GetValueOrDefault(customerId, Features.Sims.SimCounts.None);

    private string PartnerName(int id) => _partners.FirstOrDefault(p => p.Id == id)?.Name ?? $"#{id}";

    private Task ApplyAsync() => LoadAsync(1);

    private async Task LoadAsync(int page)
    {
        _loading = true;
        _page = page;
        await UiErrors.RunAsync(Toasts, async () =>
        {
            var result = await Customers.ListAsync(new CustomerQuery(_search, _partnerFilter, _tag, page, PageSize));
            (_rows, _total) = (result.Items, result.Total);
            _counts = await SimCounts.ByCustomerAsync([.. _rows.Select(c => c.Id)]);
        });
        _loading = false;
    }

    private async Task CreateAsync()
    {
        if (await UiErrors.RunFormAsync(Toasts, _errors, async () =>
            {
                var created = await Customers.CreateAsync(new CreateCustomerRequest(_name, _partnerId, FormText.Tags(_tags)));
                Toasts.Say(Severity.Success, $"Customer {created.Name} added.");
            }))
        {
            _name = _tags = "";
            await LoadAsync(_page);
        }
    }

    private async Task EditAsync(CustomerDto customer)
    {
        var dialog = await Dialogs.ShowAsync<CustomerEditDialog>($"Edit {customer.Name}",
            new DialogParameters<CustomerEditDialog> { { d => d.Customer, customer } }, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if ((await dialog.Result)?.Data is CustomerDto)
        {
            await LoadAsync(_page);
        }
    }

    private async Task ServicesAsync(CustomerDto customer) =>
        await Dialogs.ShowAsync<CustomerServicesDialog>($"Services of {customer.Name}",
            new DialogParameters<CustomerServicesDialog> { { d => d.CustomerId, customer.Id } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });

    private async Task LockPolicyAsync(CustomerDto customer) =>
        await Dialogs.ShowAsync<CustomerLockPolicyDialog>($"Lock policy of {customer.Name}",
            new DialogParameters<CustomerLockPolicyDialog> { { d => d.Customer, customer } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });

    private async Task DeleteAsync(CustomerDto customer)
    {
        if (await Dialogs.ShowMessageBoxAsync("Delete customer", $"Delete the customer \"{customer.Name}\"? Only a customer without SIMs and users can be deleted.",
                yesText: "Delete", cancelText: "Keep it") != true)
        {
            return;
        }

        await UiErrors.RunAsync(Toasts, async () =>
        {
            await Customers.DeleteAsync(customer.Id);
            Toasts.Say(Severity.Success, $"Customer {customer.Name} deleted.");
            await LoadAsync(_page);
        });
    }
}
