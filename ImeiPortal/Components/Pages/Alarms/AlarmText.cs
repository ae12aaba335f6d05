using ImeiPortal.Domain.Alarms;

namespace ImeiPortal.Components.Pages.Alarms;

/// <summary>What each alarm type and action means, in the words of the portals the product unites.</summary>
public static class AlarmText
{
    public static string Title(AlarmType type) => type switch
    {
        AlarmType.ImeiStatusChange => "SIM IMEI status change",
        AlarmType.SingleSim => "Single SIM usage",
        AlarmType.StaticPool => "Static pool usage",
        AlarmType.DynamicPool => "Dynamic pool usage",
        _ => type.ToString(),
    };

    public static string Describe(AlarmType type) => type switch
    {
        AlarmType.ImeiStatusChange =>
            "Fires when a Locked SIM is seen in another device (IMEI status Locked → Differed). It can also bar or deactivate the SIM.",
        AlarmType.SingleSim => "Fires when one SIM's data usage in a month passes a threshold.",
        AlarmType.StaticPool => "Fires when the combined monthly usage of a fixed list of SIMs passes a threshold.",
        AlarmType.DynamicPool => "Fires when the combined monthly usage of the SIMs matching a filter passes a threshold; SIMs join and leave the pool as they match.",
        _ => "",
    };

    public static string Title(AlarmAction action) => action switch
    {
        AlarmAction.Notify => "Notify only",
        AlarmAction.Bar => "Bar the SIM",
        AlarmAction.Deactivate => "Deactivate the SIM",
        _ => action.ToString(),
    };

    public static string Describe(AlarmAction action) => action switch
    {
        AlarmAction.Notify => "Recipients are told; the SIM keeps working in the new device.",
        AlarmAction.Bar =>
            "An \"IMEI lock bar\" order is placed. Bar orders take the network's usual lead time, so some data may pass before the bar completes. Unbar later keeping the lock or updating it to the new device.",
        AlarmAction.Deactivate =>
            "A Deactivate order is placed: the SIM status becomes Deactivated, the IMEI status stays (e.g. Differed). Set the IMEI status back to Neutral before reusing the SIM.",
        _ => "",
    };
}
