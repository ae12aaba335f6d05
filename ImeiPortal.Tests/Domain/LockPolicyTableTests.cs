using ImeiPortal.Domain.Sims;
using static ImeiPortal.Domain.Sims.ImeiStatus;

namespace ImeiPortal.Tests.Domain;

/// <summary>The lock settings a Locked SIM can carry, against the detections that matter to them.</summary>
public enum LockSetting
{
    /// <summary>Device scope, no allowed IMEIs, no swap window: today's lock.</summary>
    Plain,

    /// <summary>Device C is one of the SIM's allowed IMEIs.</summary>
    AllowedImeiC,

    /// <summary>Model scope: the lock is TacA (the model of L).</summary>
    ModelScope,

    /// <summary>A 4-hour swap window for any model.</summary>
    SwapAnyModel,

    /// <summary>A 4-hour swap window for TacB only (the model of C).</summary>
    SwapTacB,

    /// <summary>A 4-hour swap window for TacA only.</summary>
    SwapTacA,

    /// <summary>A 1-hour swap window, and the detection comes 2 hours later.</summary>
    SwapExpired,
}

/// <summary>
/// Allowed IMEIs, model scope and swap windows on a Locked SIM (locked to L, last seen in L; B is another unit of L's
/// model, C a unit of another model). Extends <see cref="DetectionTableTests"/>: every row that does not alarm keeps
/// the SIM Locked, every alarm row moves it to Differed with one trigger.
/// </summary>
public class LockPolicyTableTests
{
    private static readonly string L = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string B = TestIds.Imei(TestIds.TacA, 3);
    private static readonly string C = TestIds.Imei(TestIds.TacB, 4);

    public static TheoryData<LockSetting, string, ImeiStatus, string, bool, bool> Cases => new()
    {
        // setting, device seen, status after, lock after, trigger, swap window still open
        { LockSetting.Plain, "B", Differed, "L", true, false },
        { LockSetting.Plain, "C", Differed, "L", true, false },
        { LockSetting.AllowedImeiC, "C", Locked, "L", false, false },
        { LockSetting.AllowedImeiC, "B", Differed, "L", true, false },
        { LockSetting.ModelScope, "B", Locked, "L", false, false },
        { LockSetting.ModelScope, "C", Differed, "L", true, false },
        { LockSetting.SwapAnyModel, "C", Locked, "C", false, false },
        { LockSetting.SwapAnyModel, "B", Locked, "B", false, false },
        { LockSetting.SwapAnyModel, "L", Locked, "L", false, true },
        { LockSetting.SwapTacB, "C", Locked, "C", false, false },
        { LockSetting.SwapTacB, "B", Differed, "L", true, true },
        { LockSetting.SwapTacA, "C", Differed, "L", true, true },
        { LockSetting.SwapExpired, "C", Differed, "L", true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApplyDetection_LockedWithSetting_MovesAsSpecified(LockSetting setting, string device, ImeiStatus statusAfter, string lockAfter, bool trigger, bool windowOpen)
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();
        var at = builder.Tick();
        switch (setting)
        {
            case LockSetting.AllowedImeiC:
                sim.ChangeLockSettings([C], null);
                break;
            case LockSetting.ModelScope:
                sim.ChangeLockSettings(null, LockScope.Model);
                break;
            case LockSetting.SwapAnyModel:
                sim.AuthorizeSwap(4, null, "WO-1", at);
                break;
            case LockSetting.SwapTacB:
                sim.AuthorizeSwap(4, TestIds.TacB, "WO-1", at);
                break;
            case LockSetting.SwapTacA:
                sim.AuthorizeSwap(4, TestIds.TacA, "WO-1", at);
                break;
            case LockSetting.SwapExpired:
                sim.AuthorizeSwap(1, null, "WO-1", at);
                at = at.AddHours(2);
                break;
            default:
                break;
        }

        var seen = Device(device);
        var outcome = sim.ApplyDetection(seen, at.AddMinutes(1));

        Assert.Equal(statusAfter, sim.ImeiStatus);
        Assert.Equal(Device(lockAfter), sim.ImeiLock);
        Assert.Equal(seen, sim.Imei);
        Assert.Equal(trigger, outcome.Trigger is not null);
        Assert.Equal(windowOpen, sim.SwapWindowUntil is not null);
        // The journal tells a swap from a silent lock move by the outcome's reference.
        Assert.Equal(lockAfter != "L", outcome.SwapReference == "WO-1");
    }

    [Fact]
    public void ApplyDetection_ArmedInModelOutsideAllowedTacs_StaysArmedAndFlagsTheModelOnce()
    {
        var builder = SimBuilder.Active(enableImeiLock: true);
        var sim = builder.Build();
        var policy = new LockPolicy(new HashSet<string> { TestIds.TacA }, LockScope.Device, ImeiNotProvidedPolicy.Reject);

        var first = sim.ApplyDetection(C, builder.Tick(), policy);
        var again = sim.ApplyDetection(C, builder.Tick(), policy);
        var allowed = sim.ApplyDetection(L, builder.Tick(), policy);

        Assert.True(first.UnexpectedModel);
        Assert.Equal(Armed, first.StatusAfter);
        Assert.False(again.UnexpectedModel);
        Assert.False(allowed.UnexpectedModel);
        Assert.Equal(Locked, sim.ImeiStatus);
        Assert.Equal(L, sim.ImeiLock);
        Assert.All(new[] { first, again, allowed }, o => Assert.Null(o.Trigger));
    }

    [Fact]
    public void ApplyDetection_ArmedWithEmptyAllowedTacs_LocksToAnyModel()
    {
        var builder = SimBuilder.Active(enableImeiLock: true);
        var sim = builder.Build();

        var outcome = sim.ApplyDetection(C, builder.Tick(), LockPolicy.Default);

        Assert.False(outcome.UnexpectedModel);
        Assert.Equal(C, sim.ImeiLock);
    }

    [Fact]
    public void AuthorizeSwap_NotLocked_IsRefusedNamingTheStatus()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).Build();

        var refused = Assert.Throws<TransitionRefusedException>(() => sim.AuthorizeSwap(4, null, null, TestIds.T0));

        Assert.Contains("Armed", refused.Message, StringComparison.Ordinal);
        Assert.Null(sim.SwapWindowUntil);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(73, null)]
    [InlineData(4, "1234567")]
    [InlineData(4, "1234567a")]
    public void AuthorizeSwap_HoursOrTacOutOfRange_IsRefusedAndNothingChanges(int hours, string? tac)
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();
        var version = sim.Version;

        Assert.ThrowsAny<Exception>(() => sim.AuthorizeSwap(hours, tac, null, builder.Clock));

        Assert.Null(sim.SwapWindowUntil);
        Assert.Equal(version, sim.Version);
    }

    [Fact]
    public void AuthorizeSwap_TacWithBlanksAround_StoresItTrimmedLikeALockPolicyDoes()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();

        sim.AuthorizeSwap(4, $" {TestIds.TacB} ", null, builder.Clock);

        Assert.Equal(TestIds.TacB, sim.SwapWindowTac);
    }

    [Fact]
    public void ChangeImeiStatus_AwayFromLocked_ClosesTheSwapWindow()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();
        sim.AuthorizeSwap(4, null, "WO-1", builder.Clock);

        sim.ChangeImeiStatus(Neutral);

        Assert.Null(sim.SwapWindowUntil);
        Assert.Null(sim.SwapWindowReference);
    }

    [Fact]
    public void ChangeLockSettings_ElevenImeisOrABadOne_IsRefusedAndTheListStays()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(L).Build();
        sim.ChangeLockSettings([C], null);

        Assert.Throws<ArgumentException>(() => sim.ChangeLockSettings([.. Enumerable.Range(10, 11).Select(i => TestIds.Imei(TestIds.TacB, i))], null));
        Assert.Throws<FormatException>(() => sim.ChangeLockSettings(["12345"], null));

        Assert.Equal([C], sim.AllowedImeis);
    }

    [Fact]
    public void ChangeLockSettings_ImeisvAndDuplicates_StoresEachDeviceOnce()
    {
        var sim = SimBuilder.Active().Build();

        sim.ChangeLockSettings([TestIds.Imeisv(C, "07"), C, B], LockScope.Model);

        Assert.Equal([B, C], sim.AllowedImeis);
        Assert.Equal(LockScope.Model, sim.LockScope);
    }

    [Fact]
    public void Activate_WithCustomerDefaultScope_TakesTheScope()
    {
        var sim = SimBuilder.InInventory().Build();

        sim.Activate(enableImeiLock: true, lockScope: LockScope.Model);

        Assert.Equal(LockScope.Model, sim.LockScope);
    }

    private static string Device(string name) => name switch
    {
        "L" => L,
        "B" => B,
        "C" => C,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

/// <summary>The orders of the lock policies: a swap authorisation and a withdrawn (cancelled) delayed action.</summary>
public class LockPolicyOrderTests
{
    private static readonly string L = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string C = TestIds.Imei(TestIds.TacB, 4);

    [Fact]
    public void AuthorizeSwapOrder_Applied_OpensTheWindowFromCompletion()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();
        var order = new ImeiPortal.Domain.Orders.Order(sim, ImeiPortal.Domain.Orders.OrderType.AuthorizeSwap, builder.Clock, builder.Clock, "u1",
            swap: new ImeiPortal.Domain.Orders.SwapRequest(6, TestIds.TacB, "WO-9"));

        order.ApplyTo(sim, null, builder.Clock.AddMinutes(5));

        Assert.Equal(builder.Clock.AddMinutes(5).AddHours(6), sim.SwapWindowUntil);
        Assert.Equal(TestIds.TacB, sim.SwapWindowTac);
        Assert.Equal("WO-9", sim.SwapWindowReference);
    }

    [Fact]
    public void Cancel_Pending_IsCancelledWithItsReasonAndCannotComplete()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(L).Build();
        var order = new ImeiPortal.Domain.Orders.Order(sim, ImeiPortal.Domain.Orders.OrderType.Bar, TestIds.T0, TestIds.T0.AddMinutes(30), "alarm:1");

        order.Cancel("The SIM was seen in its lock device again.", TestIds.T0.AddMinutes(10));

        Assert.Equal(ImeiPortal.Domain.Orders.OrderState.Cancelled, order.State);
        Assert.Equal("The SIM was seen in its lock device again.", order.Reason);
        Assert.Throws<InvalidOperationException>(() => order.Complete(TestIds.T0.AddMinutes(30)));
    }

    [Fact]
    public void ApplyDetection_DifferedBackInLockOrAllowedDevice_SaysSo()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(L);
        var sim = builder.Build();
        var spare = TestIds.Imei(TestIds.TacA, 9);
        sim.ChangeLockSettings([spare], null);
        sim.ApplyDetection(C, builder.Tick());

        var back = sim.ApplyDetection(spare, builder.Tick());
        var again = sim.ApplyDetection(spare, builder.Tick());
        var thief = sim.ApplyDetection(C, builder.Tick());

        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);
        Assert.True(back.BackInLockDevice);
        Assert.False(again.BackInLockDevice);
        Assert.False(thief.BackInLockDevice);
    }
}
