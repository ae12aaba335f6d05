using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ImeiPortal.Components.Shared;

/// <summary>
/// Whether this circuit's browser is connected. While it is away (a dropped network, a laptop asleep) the circuit lives
/// on for a while (three minutes by default) so the browser can come back to it, but no render reaches the browser:
/// renders queue in the circuit's memory, each page of a theft wave re-read its data for nobody, and when the circuit
/// ended instead the queued renders' after-render JS calls failed (MudBlazor's charts logged "Unhandled exception in
/// circuit", the errors the browser tests' portals showed). Pages that re-render on their own, for changes, wait here.
/// </summary>
public sealed class BrowserConnection : CircuitHandler
{
    private static readonly Task<bool> Connected = Task.FromResult(true);
    private static readonly Task<bool> Ended = Task.FromResult(false);

    private readonly Lock _lock = new();
    private TaskCompletionSource<bool>? _away;
    private bool _ended;

    /// <summary>
    /// Completes at once while the browser is connected; otherwise with true when it comes back, or with false when the
    /// circuit ends first (nobody will see a render).
    /// </summary>
    public Task<bool> WhenConnectedAsync()
    {
        lock (_lock)
        {
            return _ended ? Ended : _away?.Task ?? Connected;
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_ended)
            {
                _away ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Release(ended: false);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Release(ended: true);
        return Task.CompletedTask;
    }

    private void Release(bool ended)
    {
        TaskCompletionSource<bool>? away;
        lock (_lock)
        {
            (away, _away) = (_away, null);
            _ended |= ended;
        }

        away?.TrySetResult(!ended);
    }
}
