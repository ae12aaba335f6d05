using ImeiPortal.Features.Network;

namespace ImeiPortal.Tests.Features.Network;

public sealed class FeedWriteGateTests
{
    [Fact]
    public void ChangedSince_BatchesCommittedAfterTheMark_ReturnsOnlyTheirSims()
    {
        using var gate = new FeedWriteGate();
        gate.Committed(new HashSet<long> { 1, 2 });
        var mark = gate.Mark();
        gate.Committed(new HashSet<long> { 3 });
        gate.Committed(new HashSet<long> { 4, 5 });

        Assert.Equal([3, 4, 5], gate.ChangedSince(mark)!.Order());
        Assert.Empty(gate.ChangedSince(gate.Mark())!);
    }

    [Fact]
    public void ChangedSince_MarkOlderThanWhatIsRemembered_ReturnsNull()
    {
        using var gate = new FeedWriteGate();
        var mark = gate.Mark();
        for (var i = 0; i < 40; i++)
        {
            gate.Committed(new HashSet<long> { i });
        }

        Assert.Null(gate.ChangedSince(mark));
    }
}
