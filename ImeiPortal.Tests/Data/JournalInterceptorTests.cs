using ImeiPortal.Data;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// One <see cref="JournalInterceptor"/> serves every context of the process (their options are built once). Two saves
/// of one scope at once (a Blazor circuit runs several handlers) must each keep their entries, actor and transaction.
/// </summary>
public sealed class JournalInterceptorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imeiportal-journal-" + Guid.NewGuid().ToString("N"));

    public JournalInterceptorTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task TwoContextsSaving_OneHeldAfterItsCaptureWhileTheOtherSaves_EachCommitsItsChangeJournaledForItsCaller()
    {
        var journal = new JournalInterceptor(TimeProvider.System, new PortableJournalStore());
        var hold = new HoldAfterCapture();
        // Two files: on one, SQLite's write lock would make the second save wait for the first instead of overlapping it.
        await using var first = await OpenAsync("first.db", journal, hold, "first@example.test");
        await using var second = await OpenAsync("second.db", journal, hold, "second@example.test");
        first.Partners.Add(new Partner("First Partner", DateTime.UtcNow));
        second.Partners.Add(new Partner("Second Partner", DateTime.UtcNow));

        hold.Context = first;
        var firstSave = first.SaveChangesAsync();
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(10));
        await second.SaveChangesAsync();
        hold.Release();
        await firstSave.WaitAsync(TimeSpan.FromSeconds(10));

        foreach (var (file, partner, email) in new[] { ("first.db", "First Partner", "first@example.test"), ("second.db", "Second Partner", "second@example.test") })
        {
            // Read through a connection of its own: what the save committed, not what its context still tracks.
            await using var check = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString(file)).Options);
            Assert.Equal([partner], await check.Partners.Select(p => p.Name).ToListAsync());
            var entries = await check.Journal.Select(j => new { j.Action, j.UserEmail, j.After }).ToListAsync();
            var entry = Assert.Single(entries);
            Assert.Equal(("Partner.Created", email), (entry.Action, entry.UserEmail));
            Assert.Contains(partner, entry.After, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string ConnectionString(string file) => $"Data Source={Path.Combine(_folder, file)};Pooling=False";

    private async Task<PortalDbContext> OpenAsync(string file, JournalInterceptor journal, HoldAfterCapture hold, string email)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString(file)).AddInterceptors(journal, hold).Options;
        await using (var schema = new PortalDbContext(options))
        {
            await schema.Database.EnsureCreatedAsync();
        }

        var caller = new CurrentUser(new HttpContextAccessor());
        caller.Set(new(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, email), new(System.Security.Claims.ClaimTypes.Email, email)], "Test")));
        return new PortalDbContext(options) { Caller = caller };
    }

    /// <summary>Holds one context's save after the journal (registered before it) has captured it, until released.</summary>
    private sealed class HoldAfterCapture : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public DbContext? Context { get; set; }

        public Task Reached => _reached.Task;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context == Context)
            {
                _reached.TrySetResult();
                await _released.Task;
            }

            return result;
        }
    }
}
