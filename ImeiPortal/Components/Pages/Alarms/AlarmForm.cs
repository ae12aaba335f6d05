using ImeiPortal.Components.Shared;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Alarms;

namespace ImeiPortal.Components.Pages.Alarms;

/// <summary>Which SIMs an IMEI status change alarm watches, as the form asks it.</summary>
public enum AlarmScope
{
    AllMySims,
    Customer,
    SimList,
}

/// <summary>The editor's state: text boxes as typed, turned into the service's request only on save.</summary>
public sealed class AlarmForm
{
    public AlarmType? Type { get; set; }
    public string Name { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public int? PartnerId { get; set; }
    public AlarmScope Scope { get; set; } = AlarmScope.AllMySims;
    public int? CustomerId { get; set; }
    public string Iccids { get; set; } = "";
    public AlarmAction Action { get; set; } = AlarmAction.Notify;
    public IReadOnlyCollection<string> UserIds { get; set; } = [];
    public string Emails { get; set; } = "";
    public string WebhookUrl { get; set; } = "";
    public long? ThresholdMb { get; set; }
    public SimStatus? FilterStatus { get; set; }
    public ImeiStatus? FilterImeiStatus { get; set; }
    public string FilterNetwork { get; set; } = "";
    public string FilterTag { get; set; } = "";
    public int? ActionDelayMinutes { get; set; } = 0;
    public int? MinRiskScore { get; set; } = 0;

    public bool IsUsage => Type is AlarmType.SingleSim or AlarmType.StaticPool or AlarmType.DynamicPool;

    /// <summary>
    /// Whether the form asks for the partner: only an Admin chooses one, and an alarm on one customer's SIMs takes
    /// its partner from that customer.
    /// </summary>
    public bool AsksPartner(TenantLevelView level) =>
        level.ChoosesPartner && !(Type == AlarmType.ImeiStatusChange && Scope == AlarmScope.Customer);

    public static AlarmForm From(AlarmDto a) => new()
    {
        Type = a.Type,
        Name = a.Name,
        Enabled = a.Enabled,
        PartnerId = a.PartnerId,
        Scope = a.Iccids.Count > 0 ? AlarmScope.SimList : a.CustomerId is not null ? AlarmScope.Customer : AlarmScope.AllMySims,
        CustomerId = a.CustomerId,
        Iccids = string.Join('\n', a.Iccids),
        Action = a.Action,
        UserIds = a.Recipients.UserIds ?? [],
        Emails = string.Join('\n', a.Recipients.Emails ?? []),
        WebhookUrl = a.Recipients.WebhookUrl ?? "",
        ThresholdMb = a.ThresholdMb,
        FilterStatus = a.Filter?.Status,
        FilterImeiStatus = a.Filter?.ImeiStatus,
        FilterNetwork = a.Filter?.Network ?? "",
        FilterTag = a.Filter?.Tag ?? "",
        ActionDelayMinutes = a.ActionDelayMinutes,
        MinRiskScore = a.MinRiskScore,
    };

    /// <summary>
    /// Only the fields the chosen type uses are sent, so a value typed before switching type or scope does not
    /// come back as an error about a field the user no longer sees.
    /// </summary>
    public SaveAlarmRequest ToRequest(TenantLevelView level)
    {
        var iccids = Split(Iccids);
        var usesIccids = Type is AlarmType.SingleSim or AlarmType.StaticPool || (Type == AlarmType.ImeiStatusChange && Scope == AlarmScope.SimList);
        var usesCustomer = level.ChoosesCustomer && (Type == AlarmType.DynamicPool || (Type == AlarmType.ImeiStatusChange && Scope == AlarmScope.Customer));
        return new SaveAlarmRequest(
            Type,
            Name,
            // A partner chosen before the scope moved to one customer is no longer shown, so it is not sent either.
            level.ChoosesPartner && !AsksPartner(level) ? null : PartnerId,
            usesCustomer ? CustomerId : null,
            usesIccids ? iccids : [],
            Type == AlarmType.ImeiStatusChange ? Action : AlarmAction.Notify,
            Enabled,
            new AlarmRecipients(UserIds.ToList(), Split(Emails), string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl.Trim()),
            IsUsage ? ThresholdMb : null,
            Type == AlarmType.DynamicPool
                ? new AlarmFilter(FilterStatus, FilterImeiStatus, FormText.OrNull(FilterNetwork), FormText.OrNull(FilterTag))
                : null,
            Type == AlarmType.ImeiStatusChange && Action != AlarmAction.Notify ? ActionDelayMinutes : null,
            Type == AlarmType.ImeiStatusChange ? MinRiskScore : null);
    }

    private static List<string> Split(string text) =>
        text.Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>The editor's dry run sentence, in the words of issue 15: what the alarm would have done over the range.</summary>
public static class DryRunText
{
    public static string Describe(AlarmDryRunResult result, AlarmAction action, int days)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fired = $"In the last {days} days this alarm would have fired {Times(result.WouldFire)}";
        return action switch
        {
            AlarmAction.Bar => $"{fired} and barred {Sims(result.Actions.Bar)}.",
            AlarmAction.Deactivate => $"{fired} and deactivated {Sims(result.Actions.Deactivate)}.",
            _ => $"{fired} (notifications only).",
        };

        static string Times(int n) => n == 1 ? "once" : $"{n} times";
        static string Sims(int n) => n == 1 ? "1 SIM" : $"{n} SIMs";
    }
}

/// <summary>What the signed-in user's tenant level lets the form offer.</summary>
public readonly record struct TenantLevelView(bool ChoosesPartner, bool ChoosesCustomer);
