using ImeiPortal.Data.Changes;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImeiPortal.Tests.Data;

public sealed class ChangeHubTests : IDisposable
{
    private readonly ChangeHub _hub = new(NullLogger<ChangeHub>.Instance);

    [Fact]
    public async Task Publish_SlowSubscriber_DoesNotDelayThePublisherOrOtherSubscribers()
    {
        using var release = new ManualResetEventSlim();
        var slowCalls = 0;
        var slowCalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = _hub.Subscribe<SimChanged>(_ =>
        {
            Interlocked.Increment(ref slowCalls);
            slowCalled.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(60));
            return Task.CompletedTask;
        });
        using var fast = new ChangeRecorder<SimChanged>(_hub, _ => true);

        // Publish must not wait for a subscriber: the slow one stays blocked until released, so the loop ending at all
        // (within a generous bound, not a speed target) shows that it never waited for it.
        var publishing = Task.Run(() =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                _hub.Publish(Sim(i));
            }
        });
        try
        {
            Assert.True(await Task.WhenAny(publishing, Task.Delay(TimeSpan.FromSeconds(20))) == publishing, "Publish waited for the blocked subscriber");
            Assert.True(await fast.WaitForAsync(c => c.SimId == 10_000, TimeSpan.FromSeconds(10)));
            // The slow subscriber's own delivery may start after the fast one has had everything (CI, a busy machine):
            // it is called once, and stays in that call, however many changes are published meanwhile.
            await slowCalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, Volatile.Read(ref slowCalls));
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Subscribe_SubscriberFallsBehind_KeepsTheNewestChangesAndDropsTheOldest()
    {
        using var release = new SemaphoreSlim(0);
        var batches = new List<IReadOnlyList<SimChanged>>();
        using var subscription = _hub.Subscribe<SimChanged>(async batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            await release.WaitAsync();
        });
        _hub.Publish(Sim(0));
        await WaitUntilAsync(() => batches.Count == 1);

        for (var i = 1; i <= ChangeHub.Capacity * 4; i++)
        {
            _hub.Publish(Sim(i));
        }

        release.Release(2);
        await WaitUntilAsync(() => batches.Count == 2);
        var second = batches[1];
        Assert.Equal(ChangeHub.Capacity, second.Count);
        Assert.Equal(ChangeHub.Capacity * 4, second[^1].SimId);
    }

    [Fact]
    public async Task Subscribe_Filter_OnlyMatchingChangesOfTheTypeArrive()
    {
        using var recorder = new ChangeRecorder<SimChanged>(_hub, c => c.Iccid == "b");

        _hub.Publish([Sim(1, "a"), new OrderChanged(1, 2, "b", ImeiPortal.Domain.Orders.OrderState.Pending, DateTime.UtcNow), Sim(2, "b")]);

        Assert.True(await recorder.WaitForAsync(c => c.SimId == 2, TimeSpan.FromSeconds(10)));
        Assert.Equal([2L], recorder.Received.Select(c => c.SimId));
    }

    [Fact]
    public void IsWatched_SubscribersOfTheTypeOrABaseType_AreSeenUntilDisposed()
    {
        Assert.False(_hub.IsWatched<SimChanged>());

        using (_hub.Subscribe<DeliveryDue>(_ => Task.CompletedTask))
        {
            Assert.False(_hub.IsWatched<SimChanged>());
        }

        var sims = _hub.Subscribe<SimChanged>(_ => Task.CompletedTask);
        Assert.True(_hub.IsWatched<SimChanged>());
        sims.Dispose();
        Assert.False(_hub.IsWatched<SimChanged>());

        using (_hub.Subscribe<PortalChange>(_ => Task.CompletedTask))
        {
            Assert.True(_hub.IsWatched<SimChanged>());
        }
    }

    [Fact]
    public async Task Dispose_Subscription_UnsubscribesAndReceivesNothingMore()
    {
        var calls = 0;
        var subscription = _hub.Subscribe<SimChanged>(_ =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });
        Assert.Equal(1, _hub.SubscriberCount);

        subscription.Dispose();
        _hub.Publish(Sim(1));
        await Task.Delay(200);

        Assert.Equal(0, _hub.SubscriberCount);
        Assert.Equal(0, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task Publish_HandlerAndFilterThrow_OtherSubscribersStillReceive()
    {
        using var badFilter = _hub.Subscribe<SimChanged>(_ => throw new InvalidOperationException("filter"), _ => Task.CompletedTask);
        using var badHandler = _hub.Subscribe<SimChanged>(_ => throw new InvalidOperationException("handler"));
        using var recorder = new ChangeRecorder<SimChanged>(_hub, _ => true);

        _hub.Publish(Sim(1));
        _hub.Publish(Sim(2));

        Assert.True(await recorder.WaitForAsync(c => c.SimId == 2, TimeSpan.FromSeconds(10)));
    }

    public void Dispose() => _hub.Dispose();

    private static SimChanged Sim(long id, string iccid = "8944000000000000001") => new(id, iccid, 1, null);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
