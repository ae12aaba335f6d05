using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

/// <summary>Data sessions under allowed IMEIs, model scope, swap windows and the "IMEI not provided" policy.</summary>
public class LockPolicyAuthorizeTests
{
    private static readonly string L = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string B = TestIds.Imei(TestIds.TacA, 3);
    private static readonly string C = TestIds.Imei(TestIds.TacB, 4);

    private static readonly LockPolicy AcceptWithoutImei = new(new HashSet<string>(), LockScope.Device, ImeiNotProvidedPolicy.Accept);

    [Fact]
    public void Authorize_AllowedImei_Accepted()
    {
        var sim = Locked();
        sim.ChangeLockSettings([C], null);

        var decision = sim.AuthorizeDataSession(C);

        Assert.Equal(SessionReasonCode.Accepted, decision.ReasonCode);
    }

    [Fact]
    public void Authorize_ModelScope_SameModelAcceptedOtherModelRejected()
    {
        var sim = Locked();
        sim.ChangeLockSettings(null, LockScope.Model);

        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(B).Decision);
        Assert.Equal(SessionReasonCode.ImeiMismatch, sim.AuthorizeDataSession(C).ReasonCode);
    }

    [Fact]
    public void Authorize_OpenSwapWindowOfThatModel_AcceptedOnlyWhileOpenAndOfThatModel()
    {
        var sim = Locked();
        sim.AuthorizeSwap(2, TestIds.TacB, "WO-7", TestIds.T0);

        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(C, now: TestIds.T0.AddHours(1)).Decision);
        Assert.Equal(SessionReasonCode.ImeiMismatch, sim.AuthorizeDataSession(B, now: TestIds.T0.AddHours(1)).ReasonCode);
        Assert.Equal(SessionReasonCode.ImeiMismatch, sim.AuthorizeDataSession(C, now: TestIds.T0.AddHours(3)).ReasonCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000000000000000")]
    public void Authorize_NoImeiWithAcceptPolicy_AcceptedOnLockedOnly(string? presented)
    {
        var locked = Locked();
        var differed = Locked();
        differed.ApplyDetection(C, TestIds.T0.AddDays(1));

        Assert.Equal(SessionDecision.Accept, locked.AuthorizeDataSession(presented, AcceptWithoutImei).Decision);
        Assert.Equal(SessionReasonCode.ImeiNotProvided, locked.AuthorizeDataSession(presented).ReasonCode);
        Assert.Equal(SessionReasonCode.ImeiNotProvided, differed.AuthorizeDataSession(presented, AcceptWithoutImei).ReasonCode);
    }

    private static Sim Locked() => SimBuilder.Active(enableImeiLock: true).SeenIn(L).Build();
}
