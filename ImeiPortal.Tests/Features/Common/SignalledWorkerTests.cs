using ImeiPortal.Data.Changes;
using ImeiPortal.Features.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImeiPortal.Tests.Features.Common;

public sealed class SignalledWorkerTests
{
    [Fact]
    public async Task Round_Throws_RunsAgainSoonNotAtThePoll()
    {
        using var hub = new ChangeHub(NullLogger<ChangeHub>.Instance);
        using var worker = new FailingOnceWorker(hub);
        await worker.StartAsync(CancellationToken.None);

        // The poll is an hour away: only the retry after the failed round can run the second round.
        var second = await Task.WhenAny(worker.SecondRound.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        await worker.StopAsync(CancellationToken.None);

        Assert.Same(worker.SecondRound.Task, second);
        Assert.Equal(1, worker.Failures);
    }

    [Fact]
    public async Task Timer_GoesOffBeforeTheClockSaysDue_TheNextWakeUpIsArmedNotLost()
    {
        using var hub = new ChangeHub(NullLogger<ChangeHub>.Instance);
        using var worker = new DueLaterWorker(hub, new SlowClock());
        await worker.StartAsync(CancellationToken.None);

        // The poll is an hour away: only the timer can run the round that finds the work due.
        var due = await Task.WhenAny(worker.DueRound.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        await worker.StopAsync(CancellationToken.None);

        // Without the timer clearing its armed time when it goes off, this waited for the poll (failed at 10 s).
        Assert.Same(worker.DueRound.Task, due);
    }

    /// <summary>A clock that runs at 90 % of real time, so a timer armed for its "one second from now" goes off early by its reading.</summary>
    private sealed class SlowClock : TimeProvider
    {
        private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
        private readonly long _started = global::System.Diagnostics.Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => _start + global::System.Diagnostics.Stopwatch.GetElapsedTime(_started) * 0.9;
    }

    /// <summary>Work due one second after the first round; a round before that asks to run again soon, as orders do.</summary>
    private sealed class DueLaterWorker(IChangeHub hub, TimeProvider clock) : SignalledWorker<SimChanged>(hub)
    {
        private DateTimeOffset? _due;

        public TaskCompletionSource DueRound { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override TimeProvider Clock => clock;

        protected override TimeSpan PollInterval => TimeSpan.FromHours(1);

        protected override Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            _due ??= now + TimeSpan.FromSeconds(1);
            if (now >= _due)
            {
                DueRound.TrySetResult();
                return Task.FromResult<TimeSpan?>(null);
            }

            return Task.FromResult<TimeSpan?>(_due - now < SoonestRetry ? SoonestRetry : _due - now);
        }

        protected override void LogFailedRound(Exception exception)
        {
        }
    }

    private sealed class FailingOnceWorker(IChangeHub hub) : SignalledWorker<SimChanged>(hub)
    {
        private int _rounds;

        public TaskCompletionSource SecondRound { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Failures { get; private set; }

        protected override TimeProvider Clock => TimeProvider.System;

        protected override TimeSpan PollInterval => TimeSpan.FromHours(1);

        protected override Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _rounds) == 1)
            {
                throw new InvalidOperationException("database is locked");
            }

            SecondRound.TrySetResult();
            return Task.FromResult<TimeSpan?>(null);
        }

        protected override void LogFailedRound(Exception exception) => Failures++;
    }
}
