using ImeiPortal.Components.Shared;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Features.ApiKeys;
using ImeiPortal.Features.Partners;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ImeiPortal.Components.Pages.ApiKeys;

public partial class ApiKeysPage
{
    private static readonly string[] ScopeNames = [.. ApiKeyPermissions.Names(ApiKeyScopes.Read | ApiKeyScopes.Orders | ApiKeyScopes.Alarms | ApiKeyScopes.Feed)];

    private IReadOnlyList<ApiKeyDto> _keys = [];
    private IReadOnlyList<PartnerDto> _partners = [];
    private int? _partnerId, _customerId;
    private string _name = "";
    private IReadOnlyCollection<string> _scopes = [];
    private DateTime? _expires;
    private string? _createdKey;
    private string? _createdName;
    private bool _copied;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private PartnerService Partners { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _keys = await Keys.ListAsync();
        if (CurrentUser.Has(Permission.ManageUsers) && CurrentUser.Level == TenantLevel.Platform)
        {
            _partners = await Partners.ListAsync();
        }
    }

    // An Admin's key belongs to the platform, a partner, or one of its customers; a partner's admin picks only the customer.
    private string OwnTenant => _partnerId is not null ? "the partner" : CurrentUser.Level == TenantLevel.Platform ? "the platform" : "your partner";

    private void PartnerChosen(int? partnerId)
    {
        _partnerId = partnerId;
        _customerId = null;
    }

    private string PartnerName(int? id) => id is { } v ? _partners.FirstOrDefault(p => p.Id == v)?.Name ?? "" : "";

    private async Task CreateAsync() => await UiErrors.RunAsync(Toasts, async () =>
    {
        // The page shows UTC times, so the picked day is a UTC day: the key works to its end.
        DateTime? expiresAt = _expires is { } day ? DateTime.SpecifyKind(day.Date.AddDays(1), DateTimeKind.Utc) : null;
        var created = await Keys.CreateAsync(new CreateApiKeyRequest(_name, [.. _scopes], _customerId is null ? _partnerId : null, _customerId, expiresAt));
        _createdKey = created.Key;
        _createdName = _name;
        _copied = false;
        _name = "";
        _scopes = [];
        _expires = null;
        _partnerId = _customerId = null;
        _keys = await Keys.ListAsync();
    });

    private async Task RevokeAsync(ApiKeyDto key)
    {
        if (await Dialogs.ShowMessageBoxAsync("Revoke API key",
                $"Revoke \"{key.Name}\"? Integrations using it are refused from their next call; this cannot be undone.",
                yesText: "Revoke", cancelText: "Keep the key") != true)
        {
            return;
        }

        await UiErrors.RunAsync(Toasts, async () =>
        {
            await Keys.RevokeAsync(key.Id);
            _keys = await Keys.ListAsync();
            Toasts.Add($"API key \"{key.Name}\" revoked.", Severity.Success);
        });
    }

    private void ForgetKey()
    {
        _createdKey = null;
        _createdName = null;
    }

    private async Task CopyAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", _createdKey);
            _copied = true;
        }
        catch (JSException)
        {
            // No clipboard (a plain-http page): the text box still lets the user select and copy it.
            _copied = false;
        }
    }

    private static string Tenant(ApiKeyDto key) =>
        key.CustomerId is not null ? $"Customer {key.TenantName}" : key.PartnerId is not null ? $"Partner {key.TenantName}" : key.TenantName;
}
