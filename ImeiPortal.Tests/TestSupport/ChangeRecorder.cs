using System.Collections.Concurrent;
using ImeiPortal.Data.Changes;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>Records the changes a hub hands to one subscription, and waits for the one a test expects.</summary>
internal sealed class ChangeRecorder<T> : IDisposable
    where T : PortalChange
{
    private readonly ConcurrentQueue<T> _received = new();
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _arrived = new(0);

    public ChangeRecorder(IChangeHub hub, Func<T, bool> filter)
    {
        _subscription = hub.Subscribe(filter, batch =>
        {
            foreach (var change in batch)
            {
                _received.Enqueue(change);
            }

            _arrived.Release();
            return Task.CompletedTask;
        });
    }

    public IReadOnlyCollection<T> Received => [.. _received];

    /// <summary>Waits until a received change matches, or the timeout passes; true when it arrived.</summary>
    public async Task<bool> WaitForAsync(Func<T, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_received.Any(match))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                return _received.Any(match);
            }
        }

        return true;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _arrived.Dispose();
    }
}
