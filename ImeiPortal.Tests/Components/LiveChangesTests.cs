using ImeiPortal.Components.Shared;
using ImeiPortal.Data.Changes;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImeiPortal.Tests.Components;

/// <summary>
/// A page follows changes only while its browser is connected: a render for a browser that is away cannot reach it, and
/// a chart's JS call after such a render ended the circuit the browser was about to come back to.
/// </summary>
public sealed class LiveChangesTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ChangeHub _hub = new(NullLogger<ChangeHub>.Instance);
    private readonly BrowserConnection _browser = new();
    private readonly SemaphoreSlim _reRead = new(0);
    private int _reReads;

    [Fact]
    public async Task Follow_BrowserConnected_ReReadsOnAChange()
    {
        using var following = Follow();

        _hub.Publish(Change(1));

        Assert.True(await _reRead.WaitAsync(Patience));
        Assert.Equal(1, _reReads);
    }

    [Fact]
    public async Task Follow_ChangesWhileTheBrowserIsAway_ReReadsOnceWhenItComesBack()
    {
        using var following = Follow();
        await _browser.OnConnectionDownAsync(null!, CancellationToken.None);

        await PublishAndLetTheHubHandOverAsync(Change(1), Change(2), Change(3));
        Assert.Equal(0, _reReads);

        await _browser.OnConnectionUpAsync(null!, CancellationToken.None);

        Assert.True(await _reRead.WaitAsync(Patience));
        Assert.False(await _reRead.WaitAsync(LiveChanges.Rest * 2), "one re-read for the changes gathered while away");
        Assert.Equal(1, _reReads);
    }

    [Fact]
    public async Task Follow_CircuitEndsWhileTheBrowserIsAway_NeverReReads()
    {
        using var following = Follow();
        await _browser.OnConnectionDownAsync(null!, CancellationToken.None);
        await PublishAndLetTheHubHandOverAsync(Change(1));

        await _browser.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.True(await _browser.WhenConnectedAsync().WaitAsync(Patience) is false);
        Assert.False(await _reRead.WaitAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(0, _reReads);
    }

    [Fact]
    public async Task WhenConnected_BackAndAwayAgain_WaitsAgain()
    {
        await _browser.OnConnectionDownAsync(null!, CancellationToken.None);
        var firstAbsence = _browser.WhenConnectedAsync();
        Assert.False(firstAbsence.IsCompleted);

        await _browser.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.True(await firstAbsence.WaitAsync(Patience));
        Assert.True(_browser.WhenConnectedAsync().IsCompleted);

        await _browser.OnConnectionDownAsync(null!, CancellationToken.None);
        Assert.False(_browser.WhenConnectedAsync().IsCompleted);
    }

    public void Dispose()
    {
        _hub.Dispose();
        _reRead.Dispose();
    }

    private IDisposable Follow() =>
        new LiveChanges(_hub, _browser).Follow<SimChanged>(_ => true, () =>
        {
            Interlocked.Increment(ref _reReads);
            _reRead.Release();
            return Task.CompletedTask;
        });

    /// <summary>Publishes, and waits until another subscriber got the changes and a moment more, so the page's had its turn.</summary>
    private async Task PublishAndLetTheHubHandOverAsync(params SimChanged[] changes)
    {
        using var recorder = new ChangeRecorder<SimChanged>(_hub, _ => true);
        _hub.Publish(changes);
        Assert.True(await recorder.WaitForAsync(c => c == changes[^1], Patience));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
    }

    private static SimChanged Change(long simId) => new(simId, $"894401000000000{simId:0000}", 1, null);
}
