using ImeiPortal.Components.Shared;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ImeiPortal.Components.Pages.Alarms;

public sealed partial class AlarmEditor
{
    private static readonly SimStatus[] SimStatuses = Enum.GetValues<SimStatus>();
    private static readonly ImeiStatus[] ImeiStatuses = Enum.GetValues<ImeiStatus>();

    private readonly FormErrors _errors = new();
    private AlarmForm _form = new();
    private IReadOnlyList<PartnerDto> _partners = [];
    private IReadOnlyList<UserDto> _users = [];
    private bool _loading = true;
    private bool _saving;
    private bool _rotating;
    private bool _hasWebhook;
    private bool _dryRunning;
    private string? _dryRun;
    private IReadOnlyList<string> _dryRunIccids = [];

    private const int DryRunDays = 30;

    // Shown once, after creation or a rotation; never loaded again.
    private string? _webhookSecret;

    [Parameter] public int? Id { get; set; }

    [Inject] private AlarmService Alarms { get; set; } = default!;
    [Inject] private PartnerService Partners { get; set; } = default!;
    [Inject] private CustomerService Customers { get; set; } = default!;
    [Inject] private UserService Users { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;
    [Inject] private AlarmDryRunService DryRuns { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private bool IsNew => Id is null;

    private bool CanManage => CurrentUser.Has(Permission.ManageAlarms);

    private TenantLevelView Level => new(CurrentUser.Level == TenantLevel.Platform, CurrentUser.Level is TenantLevel.Platform or TenantLevel.Partner);

    private string AllMySimsText => CurrentUser.Level switch
    {
        TenantLevel.Customer => "All my SIMs",
        TenantLevel.Partner => "All SIMs (every customer)",
        _ => "All SIMs of the chosen partner (every customer)",
    };

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _errors.Clear();
        var loaded = await UiErrors.RunAsync(Toasts, async () =>
        {
            _users = (await Users.ListAsync(new UserQuery(PageSize: PageRequest.MaxPageSize))).Items;
            if (Level.ChoosesPartner)
            {
                _partners = await Partners.ListAsync();
            }

            _form = Id is { } id ? AlarmForm.From(await Alarms.GetAsync(id)) : new AlarmForm { PartnerId = CurrentUser.PartnerId };
            _hasWebhook = !string.IsNullOrWhiteSpace(_form.WebhookUrl);
        });
        if (!loaded && Id is not null)
        {
            Navigation.NavigateTo("/alarms");
        }

        _loading = false;
    }

    private async Task RotateSecretAsync()
    {
        var sure = await Dialogs.ShowMessageBoxAsync("Rotate secret",
            "Rotate the webhook secret? The current one stops verifying with the next delivery; give the receiver the new one.",
            yesText: "Rotate", cancelText: "Cancel");
        if (sure != true || Id is not { } id)
        {
            return;
        }

        _rotating = true;
        await UiErrors.RunAsync(Toasts, async () => _webhookSecret = (await Alarms.RotateWebhookSecretAsync(id)).Secret);
        _rotating = false;
    }

    /// <summary>
    /// The partner whose customers the picker offers: the one chosen, or (editing) the alarm's own, which cannot
    /// change. None while an Admin's new alarm on one customer's SIMs takes its partner from the customer.
    /// </summary>
    private int? CustomersOfPartner => _form.AsksPartner(Level) || !IsNew ? _form.PartnerId : null;

    private async Task ChoosePartnerAsync(int? partnerId)
    {
        _form.PartnerId = partnerId;
        if (partnerId is not null && _form.CustomerId is { } customerId && !await IsCustomerOfAsync(customerId, partnerId.Value))
        {
            // The save would refuse a customer of another partner; the picker now offers the new partner's.
            _form.CustomerId = null;
        }
    }

    private async Task<bool> IsCustomerOfAsync(int customerId, int partnerId)
    {
        try
        {
            return (await Customers.GetAsync(customerId)).PartnerId == partnerId;
        }
        catch (NotFoundException)
        {
            // Deleted meanwhile: nothing to keep.
            return false;
        }
    }

    private void ChooseType(AlarmType type)
    {
        _form.Type = type;
        _errors.Clear();
        if (string.IsNullOrWhiteSpace(_form.Name))
        {
            _form.Name = AlarmText.Title(type);
        }
    }

    /// <summary>Replays the alarm as filled in over the stored detections, before it is saved; nothing is stored.</summary>
    private async Task DryRunAsync()
    {
        _dryRunning = true;
        _dryRun = null;
        await UiErrors.RunFormAsync(Toasts, _errors, async () =>
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            var result = await DryRuns.RunAsync(new AlarmDryRunRequest(ValidatedRequest(), now.AddDays(-DryRunDays), now));
            _dryRun = DryRunText.Describe(result, _form.Action, DryRunDays);
            _dryRunIccids = result.Iccids;
        });
        _dryRunning = false;
    }

    private SaveAlarmRequest ValidatedRequest()
    {
        if (_form.Type == AlarmType.ImeiStatusChange && _form.Scope == AlarmScope.Customer && _form.CustomerId is null)
        {
            // Without a customer the rule would silently widen to every SIM of the partner.
            throw new ValidationFailedException("customerId", "Choose the customer whose SIMs this alarm watches.");
        }

        return _form.ToRequest(Level);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var saved = await UiErrors.RunFormAsync(Toasts, _errors, async () =>
        {
            var request = ValidatedRequest();
            var alarm = Id is { } id ? await Alarms.UpdateAsync(id, request) : await Alarms.CreateAsync(request);
            _webhookSecret = alarm.WebhookSecret;
            Toasts.Say(Severity.Success, $"Alarm {alarm.Name} {(IsNew ? "created" : "saved")}.");
        });
        _saving = false;
        if (saved && _webhookSecret is null)
        {
            Navigation.NavigateTo("/alarms");
        }
    }
}
