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

    [Fact]
    public async Task ReadTurn_OneBatchReadsAheadAtATime_WhileAnotherWrites()
    {
        using var gate = new FeedWriteGate();
        await gate.WaitTurnAsync(CancellationToken.None);
        await gate.WaitReadTurnAsync(CancellationToken.None);

        var secondReader = gate.WaitReadTurnAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(secondReader.IsCompleted);

        gate.EndReadTurn();
        await secondReader.WaitAsync(TimeSpan.FromSeconds(5));
        var writer = gate.WaitTurnAsync(CancellationToken.None);
        Assert.False(writer.IsCompleted);
        gate.EndTurn();
        await writer.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
