using ImeiPortal.Domain.Sims;
using static ImeiPortal.Domain.Sims.ImeiStatus;

namespace ImeiPortal.Tests.Domain;

/// <summary>Every manual (order) IMEI status change from every status, with and without a known IMEI where that can differ.</summary>
public class ManualTransitionTableTests
{
    private static readonly string DeviceA = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string DeviceB = TestIds.Imei(TestIds.TacA, 2);

    // The rules of DOMAIN.md "Manual transitions", written out rather than derived from the code under test.
    private static readonly Dictionary<(ImeiStatus From, bool ImeiKnown), ImeiStatus[]> AllowedTargets = new()
    {
        [(Neutral, false)] = [Armed, Pairing],
        [(Neutral, true)] = [Armed, Locked, Pairing],
        [(Armed, false)] = [Neutral],
        [(Armed, true)] = [Neutral],
        [(Locked, true)] = [Neutral, Pairing],
        [(Differed, true)] = [Neutral, Armed, Pairing],
        [(Pairing, false)] = [Neutral],
        [(Pairing, true)] = [Neutral, Locked],
    };

    public static TheoryData<ImeiStatus, bool, ImeiStatus, bool, string> Cases
    {
        get
        {
            var data = new TheoryData<ImeiStatus, bool, ImeiStatus, bool, string>();
            foreach (var ((from, imeiKnown), allowed) in AllowedTargets)
            {
                foreach (var to in Enum.GetValues<ImeiStatus>())
                {
                    data.Add(from, imeiKnown, to, allowed.Contains(to), string.Join(",", allowed));
                }
            }

            return data;
        }
    }

    [Fact]
    public void Cases_CoverEveryPairOfStatuses() =>
        Assert.Equal(
            Enum.GetValues<ImeiStatus>().Length * Enum.GetValues<ImeiStatus>().Length,
            Cases.Select(row => ((ImeiStatus)row[0], (ImeiStatus)row[2])).Distinct().Count());

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChangeImeiStatus_FromTo_AllowedOrRefusedWithAllowedList(ImeiStatus from, bool imeiKnown, ImeiStatus to, bool allowed, string allowedList)
    {
        var sim = Reach(from, imeiKnown);
        var (imeiBefore, lockBefore, versionBefore) = (sim.Imei, sim.ImeiLock, sim.Version);

        Assert.Equal(allowedList, string.Join(",", sim.AllowedImeiTargets()));

        if (allowed)
        {
            sim.ValidateImeiStatusChange(to);
            sim.ChangeImeiStatus(to);

            Assert.Equal(to, sim.ImeiStatus);
            Assert.Equal(imeiBefore, sim.Imei);
            // Only a move to Locked takes a new lock: the device the SIM is in now.
            Assert.Equal(to == Locked ? imeiBefore : lockBefore, sim.ImeiLock);
            Assert.Equal(versionBefore + 1, sim.Version);
        }
        else
        {
            var refused = Assert.Throws<TransitionRefusedException>(() => sim.ChangeImeiStatus(to));
            Assert.Throws<TransitionRefusedException>(() => sim.ValidateImeiStatusChange(to));

            Assert.Equal("IMEI status", refused.Subject);
            Assert.Equal(from.ToString(), refused.From);
            Assert.Equal(to.ToString(), refused.To);
            Assert.Equal(allowedList, string.Join(",", refused.Allowed));
            Assert.Contains($"cannot change from {from} to {to}", refused.Message, StringComparison.Ordinal);
            Assert.EndsWith($"Allowed: {allowedList.Replace(",", ", ", StringComparison.Ordinal)}.", refused.Message, StringComparison.Ordinal);
            Assert.Equal(from, sim.ImeiStatus);
            Assert.Equal(lockBefore, sim.ImeiLock);
            Assert.Equal(versionBefore, sim.Version);
        }

        Assert.Equal(SimStatus.Active, sim.Status);
    }

    [Fact]
    public void ChangeImeiStatus_NeutralToLockedWithoutImei_SaysWhy()
    {
        var sim = SimBuilder.Active().Build();

        var refused = Assert.Throws<TransitionRefusedException>(() => sim.ChangeImeiStatus(Locked));

        Assert.Equal("IMEI status cannot change from Neutral to Locked (no IMEI has been seen yet to lock to). Allowed: Armed, Pairing.", refused.Message);
    }

    [Fact]
    public void ChangeImeiStatus_ArmedToLocked_MessageMatchesSpecExample()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).Build();

        var refused = Assert.Throws<TransitionRefusedException>(() => sim.ChangeImeiStatus(Locked));

        Assert.Equal("IMEI status cannot change from Armed to Locked. Allowed: Neutral.", refused.Message);
    }

    private static Sim Reach(ImeiStatus status, bool imeiKnown)
    {
        var builder = SimBuilder.Active();
        if (imeiKnown)
        {
            builder.SeenIn(DeviceA);
        }

        return (status switch
        {
            Neutral => builder,
            Armed => builder.WithImeiStatus(Armed),
            Locked => builder.WithImeiStatus(Locked),
            Differed => builder.WithImeiStatus(Locked).SeenIn(DeviceB),
            Pairing => builder.WithImeiStatus(Pairing),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        }).Build();
    }
}
