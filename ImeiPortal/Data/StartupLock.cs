namespace ImeiPortal.Data;

/// <summary>
/// Serialises what instances do to the store as they start (migrating it, seeding it): several instances on one database
/// start at once when they are deployed together, and two migrations of one schema, or two first admins, must not race.
/// </summary>
public interface IStartupLock
{
    /// <summary>Waits until no other starting instance holds the lock; disposing the result lets the next one in.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>SQLite: one instance per file, so there is no one to wait for.</summary>
internal sealed class NoStartupLock : IStartupLock, IAsyncDisposable
{
    public Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
