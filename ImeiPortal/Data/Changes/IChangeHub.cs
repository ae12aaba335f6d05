namespace ImeiPortal.Data.Changes;

/// <summary>
/// Signals committed changes within this process. Features and pages depend on this interface only, so a hub that also
/// relays changes between instances (e.g. PostgreSQL LISTEN/NOTIFY) can replace the in-process one without touching them.
/// </summary>
public interface IChangeHub
{
    /// <summary>Hands committed changes to the subscribers whose filter accepts them; never waits for a subscriber.</summary>
    void Publish(IReadOnlyCollection<PortalChange> changes);

    /// <summary>
    /// Whether any subscriber takes changes of type <typeparamref name="T"/> now, so a publisher on a hot path (the feed)
    /// need not build changes nobody receives. One who subscribes later reads the current state as it starts anyway.
    /// </summary>
    bool IsWatched<T>()
        where T : PortalChange;

    /// <summary>
    /// Calls <paramref name="handler"/> for changes of type <typeparamref name="T"/> that <paramref name="filter"/> accepts,
    /// one call at a time, off the publisher's thread. Changes that arrive while the handler runs come together in its next
    /// call; under pressure the oldest are dropped, so a handler re-reads what it shows rather than counting changes.
    /// <paramref name="filter"/> runs on the publisher's thread: keep it to a comparison. Dispose to unsubscribe.
    /// </summary>
    IDisposable Subscribe<T>(Func<T, bool> filter, Func<IReadOnlyList<T>, Task> handler)
        where T : PortalChange;
}

public static class ChangeHubExtensions
{
    public static void Publish(this IChangeHub hub, PortalChange change)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.Publish([change]);
    }

    public static IDisposable Subscribe<T>(this IChangeHub hub, Func<IReadOnlyList<T>, Task> handler)
        where T : PortalChange
    {
        ArgumentNullException.ThrowIfNull(hub);
        return hub.Subscribe(static _ => true, handler);
    }
}
