namespace ImeiPortal.Domain.Sims;

/// <summary>What the portal knows about an IMEI lock trigger when it scores it; the feed gathers these per batch.</summary>
/// <param name="TacChanged">The new device is another model than the previous one.</param>
/// <param name="NewImeiOnOtherSims">The new IMEI was seen on another SIM in the last <see cref="TheftRisk.OtherSimWindow"/> (one phone, several stolen SIMs).</param>
/// <param name="TacNewToCustomer">No other SIM of the customer is in a device of the new model.</param>
/// <param name="FrequentImeiChanges">The SIM changed devices more than twice in 48 hours.</param>
/// <param name="OutsideAllowedTacs">The customer's lock policy lists its models and the new one is not among them.</param>
public sealed record RiskSignals(bool TacChanged, bool NewImeiOnOtherSims, bool TacNewToCustomer, bool FrequentImeiChanges, bool OutsideAllowedTacs);

/// <summary>A trigger's theft risk, 0 to 100, and the reasons that make it up, in words.</summary>
public sealed record RiskScore(int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// The theft risk score: the only place its weights live (the README's "Theft risk" table repeats them).
/// Every trigger starts from <see cref="BaseWeight"/> (a locked SIM is in a device it is not locked to); each signal adds
/// its weight; the sum is capped at 100. The heaviest signals are the ones a legitimate swap rarely shows: the same
/// phone carrying several of the fleet's SIMs, and a model the customer's fleet does not use.
/// </summary>
public static class TheftRisk
{
    public const int BaseWeight = 10;
    public const int TacChangedWeight = 25;
    public const int NewImeiOnOtherSimsWeight = 35;
    public const int TacNewToCustomerWeight = 15;
    public const int FrequentImeiChangesWeight = 10;
    public const int OutsideAllowedTacsWeight = 25;
    public const int MaxScore = 100;

    public static readonly TimeSpan OtherSimWindow = TimeSpan.FromDays(7);

    public static RiskScore Score(RiskSignals signals)
    {
        var reasons = new List<string> { "Seen in a device the SIM is not locked to" };
        var score = BaseWeight;
        Add(signals.TacChanged, TacChangedWeight, "The device model (TAC) changed");
        Add(signals.NewImeiOnOtherSims, NewImeiOnOtherSimsWeight, "The new device carried another SIM in the last 7 days");
        Add(signals.TacNewToCustomer, TacNewToCustomerWeight, "No other SIM of the customer is in this device model");
        Add(signals.FrequentImeiChanges, FrequentImeiChangesWeight, "Frequent IMEI changes (more than 2 in 48 hours)");
        Add(signals.OutsideAllowedTacs, OutsideAllowedTacsWeight, "The device model is outside the customer's allowed models");
        return new RiskScore(Math.Min(score, MaxScore), reasons);

        void Add(bool present, int weight, string reason)
        {
            if (present)
            {
                score += weight;
                reasons.Add(reason);
            }
        }
    }
}
