using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Tests.TestSupport;
using Npgsql;

namespace ImeiPortal.Tests.Data;

/// <summary>PostgreSQL's startup lock: one starting instance at a time, and a dead holder does not block the others.</summary>
public sealed class StartupLockTests : IAsyncDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _store = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "imeiportal-tests", Guid.NewGuid().ToString("N")));
    private readonly List<NpgsqlDataSource> _sources = [];

    [PostgreSqlOnlyFact]
    public async Task Acquire_HeldByAnotherInstance_WaitsUntilItIsReleased()
    {
        var first = await Instance().AcquireAsync(default);

        var second = Instance().AcquireAsync(default);
        await AssertWaitingAsync(second);
        await first.DisposeAsync();

        await (await second.WaitAsync(Generous)).DisposeAsync();
    }

    [PostgreSqlOnlyFact]
    public async Task Acquire_HolderDies_TheNextInstanceGetsIt()
    {
        await using var first = await Instance().AcquireAsync(default);
        var second = Instance().AcquireAsync(default);
        await AssertWaitingAsync(second);

        // As a kill -9 of the holder: its connection ends without an unlock.
        await using (var admin = new NpgsqlConnection(_store.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()", admin);
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        await (await second.WaitAsync(Generous)).DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }

        _store.Dispose();
    }

    private PostgreSqlStartupLock Instance()
    {
        var source = NpgsqlDataSource.Create(_store.ConnectionString);
        _sources.Add(source);
        return new PostgreSqlStartupLock(source);
    }

    /// <summary>The waiter is in the server's lock queue (asked, not granted), not merely slow to get there.</summary>
    private async Task AssertWaitingAsync(Task<IAsyncDisposable> waiter)
    {
        await using var admin = new NpgsqlConnection(_store.ConnectionString);
        await admin.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", admin);
        await ProcessApi.WaitAsync(async () => (long)(await waiting.ExecuteScalarAsync())! == 1, "the second acquire to queue for the lock");
        Assert.False(waiter.IsCompleted);
    }
}
