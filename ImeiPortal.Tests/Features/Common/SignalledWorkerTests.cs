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
