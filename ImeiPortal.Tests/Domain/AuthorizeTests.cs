using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

public class AuthorizeTests
{
    private static readonly string Lock = TestIds.Imei(TestIds.TacA, 11);
    private static readonly string Other = TestIds.Imei(TestIds.TacB, 22);

    public static TheoryData<SimStatus> NotActive => [SimStatus.Inventory, SimStatus.Suspended, SimStatus.Barred, SimStatus.Deactivated];

    [Theory]
    [MemberData(nameof(NotActive))]
    public void AuthorizeDataSession_SimNotActive_RejectsEvenTheLockedDevice(SimStatus status)
    {
        // Neutral would accept any device, so only the SIM status can explain a rejection.
        var builder = status == SimStatus.Inventory ? SimBuilder.InInventory() : SimBuilder.Active().SeenIn(Lock);
        var sim = (status switch
        {
            SimStatus.Suspended => builder.Suspended(),
            SimStatus.Barred => builder.Barred(byImeiLock: false),
            SimStatus.Deactivated => builder.Deactivated(),
            _ => builder,
        }).Build();

        var (decision, code, reason) = sim.AuthorizeDataSession(Lock);

        Assert.Equal(SessionDecision.Reject, decision);
        Assert.Equal(status switch
        {
            SimStatus.Suspended => SessionReasonCode.SimSuspended,
            SimStatus.Barred => SessionReasonCode.SimBarred,
            SimStatus.Deactivated => SessionReasonCode.SimDeactivated,
            _ => SessionReasonCode.SimNotActive,
        }, code);
        Assert.Contains(status == SimStatus.Inventory ? "NOT ACTIVATED" : status.ToString().ToUpperInvariant(), reason.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeDataSession_BarredByImeiLock_SaysSo()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock, Other).Barred(byImeiLock: true).Build();

        var (decision, code, reason) = sim.AuthorizeDataSession(Lock);

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.SimBarred), (decision, code));
        Assert.Contains("barred by the IMEI lock", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ImeiStatus.Neutral)]
    [InlineData(ImeiStatus.Armed)]
    [InlineData(ImeiStatus.Pairing)]
    public void AuthorizeDataSession_NoLockEnforced_AcceptsAnyDevice(ImeiStatus status)
    {
        var sim = SimBuilder.Active().SeenIn(Lock).WithImeiStatus(ImeiStatus.Locked).WithImeiStatus(ImeiStatus.Neutral).Build();
        if (status != ImeiStatus.Neutral)
        {
            sim.ChangeImeiStatus(status);
        }

        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(Other).Decision);
        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(null).Decision);
        Assert.Equal(SessionReasonCode.Accepted, sim.AuthorizeDataSession(Other).ReasonCode);
    }

    [Fact]
    public void AuthorizeDataSession_LockedMatchingDevice_Accepts()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock).Build();

        var (decision, code, reason) = sim.AuthorizeDataSession(Lock);

        Assert.Equal((SessionDecision.Accept, SessionReasonCode.Accepted), (decision, code));
        Assert.Contains(Lock, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeDataSession_LockedImeisvOfLockedDevice_Accepts()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock).Build();

        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(TestIds.Imeisv(Lock, "42")).Decision);
    }

    [Theory]
    [InlineData(ImeiStatus.Locked)]
    [InlineData(ImeiStatus.Differed)]
    public void AuthorizeDataSession_Mismatch_RejectsNamingBothImeis(ImeiStatus status)
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock);
        if (status == ImeiStatus.Differed)
        {
            builder.SeenIn(Other);
        }

        var sim = builder.Build();
        Assert.Equal(status, sim.ImeiStatus);

        var (decision, code, reason) = sim.AuthorizeDataSession(Other);

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.ImeiMismatch), (decision, code));
        Assert.Contains(Other, reason, StringComparison.Ordinal);
        Assert.Contains(Lock, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeDataSession_DifferedBackInLockDevice_Accepts()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock, Other).Build();

        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(Lock).Decision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000000000000000")]
    public void AuthorizeDataSession_LockedImeiNotProvided_Rejects(string? presented)
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock).Build();

        var (decision, code, reason) = sim.AuthorizeDataSession(presented);

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.ImeiNotProvided), (decision, code));
        Assert.StartsWith("IMEI not provided", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeDataSession_LockedMalformedImei_RejectsWithoutThrowing()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock).Build();

        var (decision, code, reason) = sim.AuthorizeDataSession("12345");

        Assert.Equal((SessionDecision.Reject, SessionReasonCode.ImeiMismatch), (decision, code));
        Assert.Contains("invalid", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeDataSession_DoesNotChangeTheSim()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Lock).Build();
        var version = sim.Version;

        sim.AuthorizeDataSession(Other);

        Assert.Equal((version, Lock, ImeiStatus.Locked), (sim.Version, sim.Imei, sim.ImeiStatus));
    }
}
