using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

public class TheftRiskTests
{
    [Fact]
    public void Score_NoSignal_IsTheBaseWithOneReason()
    {
        var risk = TheftRisk.Score(new RiskSignals(false, false, false, false, false));

        Assert.Equal(TheftRisk.BaseWeight, risk.Score);
        Assert.Single(risk.Reasons);
    }

    [Fact]
    public void Score_EachSignal_AddsItsWeightAndReason()
    {
        var tac = TheftRisk.Score(new RiskSignals(true, false, false, false, false));
        var shared = TheftRisk.Score(new RiskSignals(false, true, false, false, false));
        var outside = TheftRisk.Score(new RiskSignals(false, false, false, false, true));

        Assert.Equal(TheftRisk.BaseWeight + TheftRisk.TacChangedWeight, tac.Score);
        Assert.Equal(TheftRisk.BaseWeight + TheftRisk.NewImeiOnOtherSimsWeight, shared.Score);
        Assert.Equal(TheftRisk.BaseWeight + TheftRisk.OutsideAllowedTacsWeight, outside.Score);
        Assert.Contains(tac.Reasons, r => r.Contains("model", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(shared.Reasons, r => r.Contains("another SIM", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_EverySignal_IsCappedAt100WithAllReasons()
    {
        var risk = TheftRisk.Score(new RiskSignals(true, true, true, true, true));

        Assert.Equal(100, risk.Score);
        Assert.Equal(6, risk.Reasons.Count);
    }
}
