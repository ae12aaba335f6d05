using System.Threading.Channels;

namespace ImeiPortal.Data.Changes;

/// <summary>
/// The in-process <see cref="IChangeHub"/>. Each subscriber gets its own bounded channel and a pump that calls its
/// handler: publishing is a filter and a non-blocking write per subscriber, so a slow page or a busy worker never slows
/// the feed that publishes. A subscriber that falls behind loses its oldest changes (it still gets the newest), which is
/// all a subscriber that re-reads needs.
/// </summary>
public sealed class ChangeHub(ILogger<ChangeHub> logger) : IChangeHub, IDisposable
{
    /// <summary>Changes a subscriber may have waiting before the oldest are dropped.</summary>
    public const int Capacity = 256;

    private readonly Lock _lock = new();
    private Subscription[] _subscriptions = [];

    /// <summary>How many subscriptions are open (pages that did not unsubscribe would show here).</summary>
    public int SubscriberCount => Volatile.Read(ref _subscriptions).Length;

    public void Publish(IReadOnlyCollection<PortalChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var subscriptions = Volatile.Read(ref _subscriptions);
        if (subscriptions.Length == 0)
        {
            return;
        }

        foreach (var change in changes)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Offer(change);
            }
        }
    }

    public bool IsWatched<T>()
        where T : PortalChange =>
        Array.Exists(Volatile.Read(ref _subscriptions), s => s.Takes(typeof(T)));

    public IDisposable Subscribe<T>(Func<T, bool> filter, Func<IReadOnlyList<T>, Task> handler)
        where T : PortalChange
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription<T>(this, filter, handler);
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        subscription.Start();
        return subscription;
    }

    public void Dispose()
    {
        Subscription[] all;
        lock (_lock)
        {
            all = _subscriptions;
            _subscriptions = [];
        }

        foreach (var subscription in all)
        {
            subscription.Close();
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions.Where(s => !ReferenceEquals(s, subscription))];
        }
    }

    private abstract class Subscription
    {
        public abstract void Offer(PortalChange change);

        public abstract bool Takes(Type changeType);

        public abstract void Close();
    }

    private sealed class Subscription<T>(ChangeHub hub, Func<T, bool> filter, Func<IReadOnlyList<T>, Task> handler) : Subscription, IDisposable
        where T : PortalChange
    {
        private readonly Channel<T> _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });

        private volatile bool _closed;

        public void Start() =>
            // On the thread pool, not on the subscriber's synchronization context (a page's renderer).
            _ = Task.Run(PumpAsync);

        public override bool Takes(Type changeType) => !_closed && typeof(T).IsAssignableFrom(changeType);

        public override void Offer(PortalChange change)
        {
            if (change is not T typed || _closed)
            {
                return;
            }

            bool accepted;
            try
            {
                accepted = filter(typed);
            }
#pragma warning disable CA1031 // A subscriber's faulty filter must not stop the publisher or the other subscribers.
            catch (Exception e)
#pragma warning restore CA1031
            {
                hub.LogFilterFailed(e, typeof(T).Name);
                return;
            }

            if (accepted)
            {
                _channel.Writer.TryWrite(typed);
            }
        }

        public override void Close()
        {
            _closed = true;
            _channel.Writer.TryComplete();
        }

        public void Dispose()
        {
            hub.Remove(this);
            Close();
        }

        private async Task PumpAsync()
        {
            var reader = _channel.Reader;
            while (await reader.WaitToReadAsync())
            {
                var batch = new List<T>();
                while (reader.TryRead(out var change))
                {
                    batch.Add(change);
                }

                if (_closed)
                {
                    return;
                }

                try
                {
                    await handler(batch);
                }
#pragma warning disable CA1031 // One failed handler call (a page gone mid-render) must not end the subscription.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    hub.LogHandlerFailed(e, typeof(T).Name);
                }
            }
        }
    }

    private void LogFilterFailed(Exception e, string change) => logger.LogWarning(e, "A {Change} subscriber's filter failed; the change was not offered to it", change);

    private void LogHandlerFailed(Exception e, string change) => logger.LogWarning(e, "A {Change} subscriber failed to handle changes", change);
}
