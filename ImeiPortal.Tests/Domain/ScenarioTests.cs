using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

/// <summary>The stories the three seed portals tell, end to end on one SIM.</summary>
public class ScenarioTests
{
    private static readonly string Original = TestIds.Imei(TestIds.TacA, 100);
    private static readonly string Second = TestIds.Imei(TestIds.TacA, 200);
    private static readonly string Third = TestIds.Imei(TestIds.TacB, 300);
    private static readonly string Fourth = TestIds.Imei(TestIds.TacB, 400);

    [Fact]
    public void ArmThenInsert_LocksToFirstDevice()
    {
        var builder = SimBuilder.Active(enableImeiLock: true);
        var sim = builder.Build();
        Assert.Equal(ImeiStatus.Armed, sim.ImeiStatus);
        Assert.Null(sim.Imei);

        var outcome = sim.ApplyDetection(Original, builder.Tick());

        Assert.Equal(DetectionResult.Applied, outcome.Result);
        Assert.Equal((ImeiStatus.Locked, Original, Original), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
        Assert.Equal(builder.Clock, sim.ImeiLastSeenAt);
        Assert.False(outcome.TacChanged);
        Assert.Null(outcome.Trigger);
    }

    [Fact]
    public void MoveToAnotherDevice_GoesDifferedAndTriggersOnce()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original);
        var sim = builder.Build();
        var movedAt = builder.Tick();

        var outcome = sim.ApplyDetection(Third, movedAt);
        var again = sim.ApplyDetection(Third, builder.Tick());
        var fourth = sim.ApplyDetection(Fourth, builder.Tick());

        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);
        var trigger = Assert.Single(Triggers(outcome, again, fourth));
        Assert.Same(outcome.Trigger, trigger);
        Assert.Equal(new ImeiLockTriggered(sim.Id, sim.Iccid, Original, Third, Original, TacChanged: true, movedAt), trigger);
        Assert.Equal((Fourth, Original, Third), (sim.Imei, sim.ImeiLock, sim.FirstImeiAfterTrigger));
    }

    [Fact]
    public void MoveToSameModel_TriggerSaysTacUnchanged()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original);
        var sim = builder.Build();

        var outcome = sim.ApplyDetection(Second, builder.Tick());

        Assert.False(Assert.Single(Triggers(outcome)).TacChanged);
        Assert.False(outcome.TacChanged);
        Assert.False(sim.TacChanged);
    }

    [Fact]
    public void UnbarKeepLock_StillInSecondDevice_NoNewAlarm_ThirdDeviceTriggersAgain()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Second);
        var sim = builder.Build();
        // The alarm's Bar action.
        sim.Bar(byImeiLock: true);

        sim.Unbar(UnbarOption.KeepLock);
        var stillInSecond = sim.ApplyDetection(Second, builder.Tick());

        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, Original), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
        Assert.Equal(DetectionResult.Repeated, stillInSecond.Result);
        Assert.Null(stillInSecond.Trigger);

        var third = sim.ApplyDetection(Third, builder.Tick());

        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);
        var trigger = Assert.Single(Triggers(stillInSecond, third));
        Assert.Same(third.Trigger, trigger);
        Assert.Equal((Second, Third, Original), (trigger.PreviousImei, trigger.NewImei, trigger.ImeiLock));
        Assert.Equal(Third, sim.FirstImeiAfterTrigger);
    }

    [Fact]
    public void UnbarUpdateToLastSeen_LocksToFirstDeviceAfterTrigger()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Second);
        var sim = builder.Build();
        sim.Bar(byImeiLock: true);
        // Bars take time to complete: the SIM visits more devices meanwhile.
        sim.ApplyDetection(Third, builder.Tick());
        sim.ApplyDetection(Fourth, builder.Tick());

        sim.Unbar(UnbarOption.UpdateToLastSeen);

        Assert.Equal((SimStatus.Active, ImeiStatus.Locked), (sim.Status, sim.ImeiStatus));
        Assert.Equal(Second, sim.ImeiLock);
        Assert.Equal(Fourth, sim.Imei);
        Assert.False(sim.BarredByImeiLock);
        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(Second).Decision);
        Assert.Equal(SessionDecision.Reject, sim.AuthorizeDataSession(Original).Decision);
    }

    [Fact]
    public void PairingThenLock_LocksToNewDevice()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original).WithImeiStatus(ImeiStatus.Pairing);
        var sim = builder.Build();

        var paired = sim.ApplyDetection(Second, builder.Tick());
        Assert.Equal((ImeiStatus.Pairing, Second, Second), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
        Assert.Null(paired.Trigger);

        sim.ChangeImeiStatus(ImeiStatus.Locked);
        Assert.Equal((ImeiStatus.Locked, Second), (sim.ImeiStatus, sim.ImeiLock));

        var back = sim.ApplyDetection(Original, builder.Tick());
        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);
        Assert.Equal(Original, Assert.Single(Triggers(paired, back)).NewImei);
    }

    [Fact]
    public void NeutralInsertion_KeepsLockBlank()
    {
        var builder = SimBuilder.Active();
        var sim = builder.Build();

        var first = sim.ApplyDetection(Original, builder.Tick());
        var second = sim.ApplyDetection(Second, builder.Tick());

        Assert.Equal((ImeiStatus.Neutral, Second), (sim.ImeiStatus, sim.Imei));
        Assert.Null(sim.ImeiLock);
        Assert.Empty(Triggers(first, second));

        // FUSION: the lock stays blank until the status is manually changed to Locked.
        sim.ChangeImeiStatus(ImeiStatus.Locked);
        Assert.Equal(Second, sim.ImeiLock);
    }

    [Fact]
    public void DifferedToNeutral_KeepsImeiAndLock()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Third).Build();
        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);

        sim.ChangeImeiStatus(ImeiStatus.Neutral);

        Assert.Equal((ImeiStatus.Neutral, Third, Original), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
    }

    [Fact]
    public void DifferedBackInOriginalDevice_StaysDifferedUntilAnOrder()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Third);
        var sim = builder.Build();

        var outcome = sim.ApplyDetection(Original, builder.Tick());

        Assert.Equal(DetectionResult.Applied, outcome.Result);
        Assert.Equal((ImeiStatus.Differed, Original, Third), (sim.ImeiStatus, sim.Imei, sim.FirstImeiAfterTrigger));
        Assert.Null(outcome.Trigger);
    }

    [Fact]
    public void DifferedToArmed_LocksToNextDevice()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Third).WithImeiStatus(ImeiStatus.Armed);
        var sim = builder.Build();

        var outcome = sim.ApplyDetection(Fourth, builder.Tick());

        Assert.Equal((ImeiStatus.Locked, Fourth, Fourth), (sim.ImeiStatus, sim.Imei, sim.ImeiLock));
        Assert.Null(outcome.Trigger);
    }

    [Fact]
    public void DeactivateByAlarm_KeepsImeiStatus()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Second).Build();

        // The alarm's Deactivate action.
        sim.Deactivate();

        Assert.Equal((SimStatus.Deactivated, ImeiStatus.Differed), (sim.Status, sim.ImeiStatus));
        Assert.Equal((Second, Original), (sim.Imei, sim.ImeiLock));
        Assert.Equal(SessionDecision.Reject, sim.AuthorizeDataSession(Original).Decision);
    }

    [Fact]
    public void DisableLockOnBarredSim_DoesNotUnbar()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(Original, Second).Barred(byImeiLock: true).Build();

        sim.ChangeImeiStatus(ImeiStatus.Neutral);

        Assert.Equal((SimStatus.Barred, ImeiStatus.Neutral), (sim.Status, sim.ImeiStatus));
        Assert.True(sim.BarredByImeiLock);
        Assert.Equal(SessionDecision.Reject, sim.AuthorizeDataSession(Second).Decision);
    }

    [Fact]
    public void ImeisvFirmwareUpdate_IsNotADeviceChange()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(TestIds.Imeisv(Original, "01"));
        var sim = builder.Build();
        Assert.Equal((ImeiStatus.Locked, Original), (sim.ImeiStatus, sim.ImeiLock));

        var outcome = sim.ApplyDetection(TestIds.Imeisv(Original, "02"), builder.Tick());

        Assert.Equal(DetectionResult.Repeated, outcome.Result);
        Assert.False(outcome.ImeiChanged);
        Assert.Equal((ImeiStatus.Locked, Original), (sim.ImeiStatus, sim.Imei));
        Assert.Null(outcome.Trigger);
        Assert.Equal(SessionDecision.Accept, sim.AuthorizeDataSession(TestIds.Imeisv(Original, "03")).Decision);
    }

    [Fact]
    public void OutOfOrderDetection_IsIgnored()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original);
        var sim = builder.Build();
        var lastSeen = sim.ImeiLastSeenAt;

        var late = sim.ApplyDetection(Second, builder.Clock.AddSeconds(-1));

        Assert.Equal(DetectionResult.OutOfOrder, late.Result);
        Assert.Equal((ImeiStatus.Locked, Original, lastSeen), (sim.ImeiStatus, sim.Imei, sim.ImeiLastSeenAt));
        Assert.Null(late.Trigger);

        // A detection at the very same time as the last one is not "older": it applies.
        var sameTime = sim.ApplyDetection(Second, builder.Clock);
        Assert.Equal(DetectionResult.Applied, sameTime.Result);
        Assert.Equal(ImeiStatus.Differed, sim.ImeiStatus);
    }

    [Fact]
    public void NotProvidedDetection_ChangesNothingNotEvenLastSeen()
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Original);
        var sim = builder.Build();
        var (lastSeen, version) = (sim.ImeiLastSeenAt, sim.Version);

        foreach (var raw in new[] { null, "", "000000000000000", "0000000000000000" })
        {
            var outcome = sim.ApplyDetection(raw, builder.Tick());

            Assert.Equal(DetectionResult.NotProvided, outcome.Result);
            Assert.Null(outcome.NewImei);
        }

        Assert.Equal((lastSeen, version, ImeiStatus.Locked), (sim.ImeiLastSeenAt, sim.Version, sim.ImeiStatus));
    }

    [Fact]
    public void ApplyDetection_MalformedImei_ThrowsAndChangesNothing()
    {
        var builder = SimBuilder.Active(enableImeiLock: true);
        var sim = builder.Build();

        Assert.Throws<FormatException>(() => sim.ApplyDetection(TestIds.WithWrongCheckDigit(Original), builder.Tick()));
        Assert.Equal(ImeiStatus.Armed, sim.ImeiStatus);
        Assert.Null(sim.Imei);
    }

    [Fact]
    public void FirstDetection_IsNotATacChange()
    {
        var builder = SimBuilder.Active();
        var sim = builder.Build();

        var outcome = sim.ApplyDetection(Third, builder.Tick());

        Assert.True(outcome.ImeiChanged);
        Assert.False(outcome.TacChanged);
        Assert.False(sim.TacChanged);
        Assert.Equal(string.Empty, sim.RecentImeiChanges);
    }

    [Fact]
    public void TacChanged_FollowsTheLastImeiChangeOnly()
    {
        var builder = SimBuilder.Active().SeenIn(Original, Third);
        var sim = builder.Build();
        Assert.True(sim.TacChanged);

        sim.ApplyDetection(Third, builder.Tick());
        Assert.True(sim.TacChanged);

        sim.ApplyDetection(Fourth, builder.Tick());
        Assert.False(sim.TacChanged);
    }

    [Fact]
    public void FrequentChanges_ThirdChangeWithin48h_Flags()
    {
        var sim = SimBuilder.Active().SeenIn(Original).Build();
        var start = sim.LastObservedAt!.Value;

        sim.ApplyDetection(Second, start.AddHours(1));
        sim.ApplyDetection(Third, start.AddHours(20));
        Assert.False(sim.FrequentImeiChanges);

        sim.ApplyDetection(Fourth, start.AddHours(40));

        Assert.True(sim.FrequentImeiChanges);
        Assert.Equal(3, sim.RecentImeiChanges.Split(';').Length);
    }

    [Fact]
    public void FrequentChanges_ThreeChangesSpreadOverMoreThan48h_DoNotFlag()
    {
        var sim = SimBuilder.Active().SeenIn(Original).Build();
        var start = sim.LastObservedAt!.Value;

        sim.ApplyDetection(Second, start.AddHours(1));
        sim.ApplyDetection(Third, start.AddHours(30));
        sim.ApplyDetection(Fourth, start.AddHours(50));

        Assert.False(sim.FrequentImeiChanges);
        // Only the changes the window can still count are kept.
        Assert.Equal(2, sim.RecentImeiChanges.Split(';').Length);
    }

    [Fact]
    public void FrequentChanges_ManyChanges_KeepsTheStoredListShort()
    {
        var builder = SimBuilder.Active();
        var sim = builder.Build();

        for (var serial = 1; serial <= 20; serial++)
        {
            sim.ApplyDetection(TestIds.Imei(TestIds.TacA, serial), builder.Tick());
        }

        Assert.True(sim.FrequentImeiChanges);
        Assert.True(sim.RecentImeiChanges.Length <= Sim.RecentImeiChangesMaxLength);
        Assert.Equal(builder.Clock.ToString("O", System.Globalization.CultureInfo.InvariantCulture), sim.RecentImeiChanges.Split(';')[^1]);
    }

    [Fact]
    public void FrequentChanges_CalmAfterwards_ClearsOnTheNextChange()
    {
        var sim = SimBuilder.Active().SeenIn(Original, Second, Third, Fourth).Build();
        Assert.True(sim.FrequentImeiChanges);

        sim.ApplyDetection(Original, sim.LastObservedAt!.Value.AddDays(5));

        Assert.False(sim.FrequentImeiChanges);
    }

    [Fact]
    public void EveryStateChange_IncrementsVersion()
    {
        var builder = SimBuilder.InInventory();
        var sim = builder.Build();
        var versions = new List<int> { sim.Version };
        void Step(Action act)
        {
            act();
            versions.Add(sim.Version);
        }

        Step(() => sim.Activate(enableImeiLock: true));
        Step(() => sim.ApplyDetection(Original, builder.Tick()));
        Step(() => sim.ApplyDetection(Original, builder.Tick()));
        Step(() => sim.ApplyDetection(Second, builder.Tick()));
        Step(() => sim.Bar(byImeiLock: true));
        Step(() => sim.ChangeImeiStatus(ImeiStatus.Neutral));
        Step(() => sim.Unbar(null));
        Step(() => sim.Suspend());
        Step(() => sim.Resume());
        Step(() => sim.Deactivate());
        Step(() => sim.AssignCustomer(1));
        Step(() => sim.UpdateNumbers(null, null, "EE"));

        Assert.Equal(Enumerable.Range(0, versions.Count), versions);
    }

    /// <summary>The triggers raised by <paramref name="outcomes"/>, in order: a trigger travels on its outcome only.</summary>
    private static List<ImeiLockTriggered> Triggers(params DetectionOutcome[] outcomes) => [.. outcomes.Select(o => o.Trigger).OfType<ImeiLockTriggered>()];
}
