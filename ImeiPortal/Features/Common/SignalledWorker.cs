using System.Threading.Channels;
using ImeiPortal.Data.Changes;

namespace ImeiPortal.Features.Common;

/// <summary>
/// The loop of a background worker that is woken by a committed change and polls only as a fallback: run a round, then
/// wait for a <typeparamref name="TChange"/> the worker cares about, for the time its round said work is next due, or
/// for the poll interval (work written by another instance, or a missed signal), whichever comes first. A failed round
/// is logged and the loop goes on; cancellation stops it.
/// </summary>
public abstract class SignalledWorker<TChange>(IChangeHub hub) : BackgroundService
    where TChange : PortalChange
{
    /// <summary>The soonest a round may ask to run again when its work is not due yet (or keeps failing right away).</summary>
    protected static readonly TimeSpan SoonestRetry = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// When a failed round runs again (a locked store, orders that lost every race for their SIMs): soon, since the
    /// work it could not do is still due, yet not in a tight loop. Waiting for the poll would leave due work for minutes.
    /// </summary>
    protected static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    // One pending wake covers every change that arrived meanwhile: a round reads all that is due.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _timerLock = new();
    private ITimer? _timer;
    private DateTimeOffset? _timerAt;

    /// <summary>The worker's clock (the one its rounds use), for the poll and the wake-up timer.</summary>
    protected abstract TimeProvider Clock { get; }

    /// <summary>How long the loop waits when nothing woke it.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Off: the loop does not run (tests that drive rounds themselves).</summary>
    protected virtual bool Enabled => true;

    /// <summary>Whether a round starts while earlier ones still run (a slow send must not hold up the next round).</summary>
    protected virtual bool OverlappingRounds => false;

    /// <summary>Whether a change wakes the worker. Runs on the publisher's thread: a comparison, nothing more.</summary>
    protected virtual bool Wakes(TChange change) => true;

    /// <summary>
    /// One round. Returns when to run again at the latest: <see cref="TimeSpan.Zero"/> for at once (a full batch), a
    /// time until work is due (see <see cref="Until"/>), or null to wait for a change or the poll.
    /// </summary>
    protected abstract Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Logs a round that threw; the next round retries.</summary>
    protected abstract void LogFailedRound(Exception exception);

    /// <summary>The wait until <paramref name="due"/>, at least <see cref="SoonestRetry"/>; null when nothing is due.</summary>
    protected TimeSpan? Until(DateTime? due) =>
        due is { } at ? TimeSpan.FromTicks(Math.Max((at - Clock.GetUtcNow().UtcDateTime).Ticks, SoonestRetry.Ticks)) : null;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var subscription = hub.Subscribe<TChange>(Wakes, _ =>
        {
            Wake();
            return Task.CompletedTask;
        });
        var rounds = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var round = GuardedRoundAsync(stoppingToken);
            if (OverlappingRounds)
            {
                rounds.RemoveAll(r => r.IsCompleted);
                rounds.Add(round);
            }
            else
            {
                await round;
            }

            if (!await WaitAsync(stoppingToken))
            {
                break;
            }
        }

        await Task.WhenAll(rounds);
    }

    public override void Dispose()
    {
        lock (_timerLock)
        {
            _timer?.Dispose();
            _timer = null;
        }

        base.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Wake() => _wake.Writer.TryWrite(true);

    private async Task GuardedRoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            switch (await RunRoundAsync(stoppingToken))
            {
                case { } next when next <= TimeSpan.Zero:
                    Wake();
                    break;
                case { } next:
                    WakeIn(next);
                    break;
                default:
                    break;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The worker must outlive one bad round (e.g. a locked database); it logs and tries again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailedRound(e);
            WakeIn(RetryAfterFailure);
        }
    }

    /// <summary>Arms the wake-up timer, unless an earlier wake is armed already or the poll comes first anyway.</summary>
    private void WakeIn(TimeSpan delay)
    {
        if (delay >= PollInterval)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var at = now + delay;
        lock (_timerLock)
        {
            if (_timerAt is { } armed && armed > now && armed <= at)
            {
                return;
            }

            _timerAt = at;
            _timer ??= Clock.CreateTimer(_ => Fired(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// The timer went off: nothing is armed any more. Timers and the clock do not tick alike, so one may go off a little
    /// before the time it was armed for; a round that then finds its work not yet due must be able to arm it again. While
    /// the armed time stayed set, that round's new wake-up was taken for one already armed and the work waited for the
    /// poll (orders and webhook retries seen late in CI, up to the 30 s poll).
    /// </summary>
    private void Fired()
    {
        lock (_timerLock)
        {
            _timerAt = null;
        }

        Wake();
    }

    /// <summary>Waits for a wake or the poll interval; false once the worker is stopping.</summary>
    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(PollInterval, Clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
        try
        {
            await _wake.Reader.ReadAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
