using ImeiPortal.Data;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>The contract of <see cref="IJournalStore"/>, for the provider's own store and the portable one.</summary>
public sealed class JournalStoreTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly DateTime At = new(2026, 12, 2, 3, 4, 5, DateTimeKind.Utc);

    public static TheoryData<string> Stores => TestDatabase.IsPostgreSql
        ? [nameof(PortableJournalStore)]
        : [nameof(SqliteJournalStore), nameof(PortableJournalStore)];

    private static IJournalStore Create(string store) => store == nameof(SqliteJournalStore) ? new SqliteJournalStore() : new PortableJournalStore();

    [Fact]
    public void Registered_ForTheProvider_IsItsOwnStoreOrThePortableOne()
    {
        var registered = Factory.Services.GetRequiredService<IJournalStore>();
        Assert.IsType(TestDatabase.IsPostgreSql ? typeof(PortableJournalStore) : typeof(SqliteJournalStore), registered);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AppendAsync_InTheSavesTransaction_StoresEveryColumnAndNullsOnCommit(string store)
    {
        var action = "Test." + Guid.NewGuid().ToString("N");
        JournalEntry[] entries =
        [
            new(At, "user-1", "someone@example.test", action, "Sim", "42", "{\"a\":1}", "{\"a\":2}", T.PartnerA.Id, T.CustomerA1.Id),
            new(At.AddSeconds(1), null, null, action, "Partner", null, null, null, null, null),
        ];

        await InTransactionAsync(async db => await Create(store).AppendAsync(db, entries, CancellationToken.None), commit: true);

        var stored = await Factory.WithDbAsync(db => db.Journal.AsNoTracking().Where(j => j.Action == action).OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(
            entries.Select(e => (e.At, e.UserId, e.UserEmail, e.Entity, e.EntityId, e.Before, e.After, e.PartnerId, e.CustomerId)),
            stored.Select(e => (e.At, e.UserId, e.UserEmail, e.Entity, e.EntityId, e.Before, e.After, e.PartnerId, e.CustomerId)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Append_RolledBack_LeavesNoEntry(string store)
    {
        var action = "Test." + Guid.NewGuid().ToString("N");

        await InTransactionAsync(db =>
        {
            Create(store).Append(db, [new JournalEntry(At, null, null, action, "Sim", "1", null, null, null, null)]);
            return Task.CompletedTask;
        }, commit: false);

        Assert.False(await Factory.WithDbAsync(db => db.Journal.AnyAsync(j => j.Action == action)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AppendAsync_OutsideATransaction_Throws(string store)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Create(store).AppendAsync(db, [new JournalEntry(At, null, null, "Test.None", "Sim", "1", null, null, null, null)], CancellationToken.None));
    }

    private async Task InTransactionAsync(Func<PortalDbContext, Task> work, bool commit)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db);
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }
}
