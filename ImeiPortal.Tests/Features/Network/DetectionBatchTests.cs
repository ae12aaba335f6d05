using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.Domain;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>The feed batch's decisions without a database: check, dedupe, group per SIM, order.</summary>
public sealed class DetectionBatchTests
{
    private const int Skew = 5;
    private const string Imsi = "001010000000001";
    private static readonly DateTime Latest = TestIds.T0.AddMinutes(Skew);
    private static readonly string SimA = TestIds.Iccid(1);
    private static readonly string SimB = TestIds.Iccid(2);
    private static readonly string Device = TestIds.Imei(TestIds.TacA, 1);

    [Fact]
    public void Check_BadItems_RejectedByIndexWithTheirReason()
    {
        DetectionInput[] items =
        [
            Item(SimA, "d0"),
            null!,
            new(null, SimA, Device, null),
            Item(SimA, "d3", observedAt: Latest.AddSeconds(1)),
            new(null, SimA, TestIds.WithWrongCheckDigit(Device), TestIds.T0),
            Item(SimA, new string('x', 101)),
            new(null, SimA, Device, TestIds.T0, Imsi: Imsi),
            new(null, null, Device, TestIds.T0),
            Item(SimA, "d8"),
        ];

        var batch = DetectionBatch.Check(items, Latest, Skew);
        var rejected = batch.Group(new HashSet<string>(), Sims(SimA)).Rejected;

        Assert.Equal([0, 8], batch.Candidates.Select(c => c.Index));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], rejected.Select(r => r.Index));
        Assert.Equal("An item is required.", rejected[0].Error);
        Assert.Equal("observedAt is required.", rejected[1].Error);
        Assert.Equal($"observedAt is more than {Skew} minutes in the future.", rejected[2].Error);
        Assert.Equal("detectionId must be at most 100 characters.", rejected[4].Error);
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
    }

    [Fact]
    public void Check_ObservedAtExactlyTheLatest_IsAccepted()
    {
        var batch = DetectionBatch.Check([Item(SimA, null, observedAt: Latest)], Latest, Skew);

        Assert.Single(batch.Candidates);
    }

    [Fact]
    public void Check_NotProvidedImeiAndPaddedId_AcceptedWithTheIdTrimmed()
    {
        var batch = DetectionBatch.Check([new(" d1 ", SimA, "000000000000000", TestIds.T0), new("  ", SimA, null, TestIds.T0)], Latest, Skew);

        Assert.Equal(["d1", null], batch.Candidates.Select(c => c.DetectionId));
        Assert.Equal(["d1"], batch.DetectionIds);
    }

    [Fact]
    public void Group_StoredOrRepeatedDetectionId_CountsADuplicateAndAppliesTheFirstOnce()
    {
        var batch = DetectionBatch.Check([Item(SimA, "stored"), Item(SimA, "d1"), Item(SimB, "d1"), Item(SimA, null), Item(SimA, null)], Latest, Skew);

        var grouped = batch.Group(new HashSet<string> { "stored" }, Sims(SimA, SimB));

        Assert.Equal(2, grouped.Duplicates);
        var only = Assert.Single(grouped.PerSim);
        Assert.Equal(SimA, only.Sim);
        Assert.Equal([1, 3, 4], only.Items.Select(c => c.Index));
        Assert.Empty(grouped.Rejected);
    }

    [Fact]
    public void Group_UnknownSim_RejectedWithTheKeysWordsAndItsIdStillCountsAsSeen()
    {
        var batch = DetectionBatch.Check([Item(SimB, "d1"), Item(SimA, "d1"), new(null, null, Device, TestIds.T0, Imsi: Imsi)], Latest, Skew);

        var grouped = batch.Group(new HashSet<string>(), Sims(SimA));

        Assert.Equal(1, grouped.Duplicates);
        Assert.Empty(grouped.PerSim);
        Assert.Equal([0, 2], grouped.Rejected.Select(r => r.Index));
        Assert.Equal(SimKeyLookup.UnknownIccid, grouped.Rejected[0].Error);
        Assert.Equal(SimKeyLookup.UnknownSim(new SimKey(SimKeyKind.Imsi, Imsi)), grouped.Rejected[1].Error);
    }

    [Fact]
    public void Group_SeveralSims_PerSimInObservedAtOrderThenCallOrder_SimsInFirstNamedOrder()
    {
        var t = TestIds.T0.AddMinutes(-30);
        var batch = DetectionBatch.Check(
            [Item(SimB, null, t.AddMinutes(3)), Item(SimA, null, t.AddMinutes(2)), Item(SimB, null, t.AddMinutes(1)), Item(SimB, null, t.AddMinutes(3)), Item(SimA, null, t)],
            Latest,
            Skew);

        var grouped = batch.Group(new HashSet<string>(), Sims(SimA, SimB));

        Assert.Equal([SimB, SimA], grouped.PerSim.Select(g => g.Sim));
        Assert.Equal([2, 0, 3], grouped.PerSim[0].Items.Select(c => c.Index));
        Assert.Equal([4, 1], grouped.PerSim[1].Items.Select(c => c.Index));
    }

    [Fact]
    public void WithIccids_NumbersResolved_GroupsThemWithTheSimsNamedByIccid()
    {
        var batch = DetectionBatch.Check([new(null, null, Device, TestIds.T0, Imsi: Imsi), Item(SimA, null), new(null, null, Device, TestIds.T0, Msisdn: "447900000001")], Latest, Skew);
        Assert.True(batch.NamesSimsByNumber);
        Assert.Equal([SimA], batch.Iccids);

        var resolved = batch.WithIccids(new Dictionary<SimKey, string> { [new SimKey(SimKeyKind.Imsi, Imsi)] = SimA });
        var grouped = resolved.Group(new HashSet<string>(), Sims(SimA));

        Assert.Equal([SimA], resolved.Iccids);
        Assert.Equal([0, 1], Assert.Single(grouped.PerSim).Items.Select(c => c.Index));
        Assert.Equal(2, Assert.Single(grouped.Rejected).Index);
    }

    [Fact]
    public void Check_OnlyIccids_NeedsNoNumberLookup()
    {
        Assert.False(DetectionBatch.Check([Item(SimA, null), Item(SimB, null)], Latest, Skew).NamesSimsByNumber);
    }

    private static DetectionInput Item(string iccid, string? detectionId, DateTime? observedAt = null) =>
        new(detectionId, iccid, Device, observedAt ?? TestIds.T0);

    /// <summary>The SIMs the store found, each standing for itself (its ICCID).</summary>
    private static Dictionary<string, string> Sims(params string[] iccids) => iccids.ToDictionary(i => i, i => i);
}
