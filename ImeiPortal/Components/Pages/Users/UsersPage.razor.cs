using System.Globalization;
using ImeiPortal.Components.Shared;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Users;

// Inside the namespace: the Roles page (Pages/Roles.razor) would hide the constants otherwise.
using Roles = ImeiPortal.Security.Roles;

/// <summary>
/// The tenant a new user belongs to decides which roles they may hold: an Admin picks the partner (none: a platform
/// user) and, within it, the customer (none: a partner user); a partner's admin picks only the customer. The roles
/// offered follow that choice, so a partner role is never offered for a customer user and the other way round.
/// </summary>
public sealed partial class UsersPage
{
    private const int PageSize = 50;

    private PagedResult<UserDto> _page = new([], 0);
    private int _pageNumber = 1;
    private string _search = "";
    // The names of the listed users' customers and of the one chosen for a new user (the picker searches the server).
    private IReadOnlyDictionary<int, string> _customerNames = new Dictionary<int, string>();
    private IReadOnlyList<PartnerDto> _partners = [];
    private string _email = "", _password = "";
    private bool _invite = true;
    private int? _partnerId, _customerId;
    private IReadOnlyCollection<string> _roles = [];

    [Inject] private UserService Users { get; set; } = default!;

    [Inject] private CustomerService Customers { get; set; } = default!;

    [Inject] private PartnerService Partners { get; set; } = default!;

    [Inject] private ISnackbar Toasts { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>Preselects the partner (from the partners page's onboarding).</summary>
    [SupplyParameterFromQuery(Name = "partnerId")] public int? PartnerIdFromQuery { get; set; }

    private TenantLevel NewUserLevel =>
        CurrentUser.Level == TenantLevel.Customer || _customerId is not null ? TenantLevel.Customer
        : CurrentUser.Level == TenantLevel.Partner || _partnerId is not null ? TenantLevel.Partner
        : TenantLevel.Platform;

    private IReadOnlyList<string> GrantableRoles => NewUserLevel switch
    {
        TenantLevel.Customer => Roles.CustomerRoles,
        TenantLevel.Partner => Roles.PartnerRoles,
        _ => [Roles.Admin],
    };

    private bool ShowsCustomerField => CurrentUser.Level == TenantLevel.Partner || (CurrentUser.Level == TenantLevel.Platform && _partnerId is not null);

    private string LevelHint => NewUserLevel switch
    {
        TenantLevel.Customer => $"A user of customer {CustomerName(_customerId)}: customer roles.",
        TenantLevel.Partner when CurrentUser.Level == TenantLevel.Platform => $"A user of partner {PartnerName(_partnerId)}: partner roles. Choose a customer for a customer user.",
        TenantLevel.Partner => "A user of your partner: partner roles. Choose a customer for a customer user.",
        _ => "A platform user (Admin). Choose a partner for a partner's or a customer's user.",
    };

    protected override async Task OnInitializedAsync()
    {
        if (!CurrentUser.Has(Permission.ManageUsers))
        {
            return;
        }

        if (CurrentUser.Level == TenantLevel.Platform)
        {
            _partners = await Partners.ListAsync();
            _partnerId = _partners.Any(p => p.Id == PartnerIdFromQuery) ? PartnerIdFromQuery : null;
        }

        await ReloadAsync();
    }

    private Task ApplyAsync() => LoadAsync(1);

    // After a change the page stays where it is: the user just edited stays in sight.
    private Task ReloadAsync() => LoadAsync(_pageNumber);

    private async Task LoadAsync(int page)
    {
        _pageNumber = page;
        _page = await Users.ListAsync(new UserQuery(Search: FormText.OrNull(_search), Page: page, PageSize: PageSize));
        _customerNames = await Customers.NamesAsync([.. _page.Items.Select(u => u.CustomerId), _customerId]);
    }

    private void PartnerChosen(int? partnerId)
    {
        _partnerId = partnerId;
        _customerId = null;
        KeepGrantableRoles();
    }

    private async Task CustomerChosenAsync(int? customerId)
    {
        _customerId = customerId;
        KeepGrantableRoles();
        if (customerId is { } id && !_customerNames.ContainsKey(id))
        {
            // The hint names the chosen customer, who may have no user listed yet.
            _customerNames = _customerNames.Concat(await Customers.NamesAsync([id])).ToDictionary();
        }
    }

    private void RolesChosen(IEnumerable<string> roles) => _roles = [.. roles];

    // Another tenant level offers other roles: a choice made for the previous level would be refused.
    private void KeepGrantableRoles() => _roles = [.. _roles.Where(r => GrantableRoles.Contains(r))];

    private async Task CreateAsync() => await UiErrors.RunAsync(Toasts, async () =>
    {
        var invited = _invite || string.IsNullOrEmpty(_password);
        var created = await Users.CreateAsync(new CreateUserRequest(_email, invited ? null : _password, [.. _roles], _partnerId, _customerId));
        Toasts.Say(Severity.Success, invited ? $"User {created.Email} created; the invitation to set a password is on its way." : $"User {created.Email} created.");
        _email = _password = "";
        _roles = [];
        await ReloadAsync();
    });

    private string CustomerName(int? id) =>
        id is { } v ? _customerNames.GetValueOrDefault(v) ?? v.ToString(CultureInfo.InvariantCulture) : "—";

    private string PartnerName(int? id) =>
        id is { } v ? _partners.FirstOrDefault(p => p.Id == v)?.Name ?? v.ToString(CultureInfo.InvariantCulture) : "—";

    private static IReadOnlyList<string> RolesFor(UserDto user) =>
        user.CustomerId is not null ? Roles.CustomerRoles : user.PartnerId is not null ? Roles.PartnerRoles : [Roles.Admin];

    private async Task SetRolesAsync(UserDto user, IEnumerable<string> roles) => await UiErrors.RunAsync(Toasts, async () =>
    {
        await Users.UpdateAsync(user.Id, new UpdateUserRequest([.. roles], null));
        Toasts.Say(Severity.Success, $"Roles of {user.Email} updated.");
        await ReloadAsync();
    });

    private async Task ResetTwoFactorAsync(UserDto user)
    {
        if (await Dialogs.ShowMessageBoxAsync("Reset two-factor sign-in",
                $"Reset two-factor sign-in of {user.Email}? Their authenticator and recovery codes stop working and their sessions end; "
                + "they sign in with the password alone, or enrol again if their partner requires it.",
                yesText: "Reset", cancelText: "Cancel") != true)
        {
            return;
        }

        await UiErrors.RunAsync(Toasts, async () =>
        {
            await Users.ResetTwoFactorAsync(user.Id);
            Toasts.Say(Severity.Success, $"Two-factor sign-in of {user.Email} reset.");
            await ReloadAsync();
        });
    }

    private async Task SetActiveAsync(UserDto user, bool active) => await UiErrors.RunAsync(Toasts, async () =>
    {
        await Users.UpdateAsync(user.Id, new UpdateUserRequest(null, active));
        await ReloadAsync();
    });
}
