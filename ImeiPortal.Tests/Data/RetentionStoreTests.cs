using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// The portal with its retention worker off (these tests run the rounds themselves, at cutoffs they choose) and its
/// outbox idle, so a pending delivery stays pending.
/// </summary>
public sealed class RetentionOffFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Retention:Enabled"] = "false",
        ["Notifications:DispatcherEnabled"] = "false",
    };
}

/// <summary>
/// Each provider's retention store removes what is past its cutoff and nothing else: not newer rows, not a notification
/// whose delivery is still pending, not the highest detection id. On PostgreSQL a round drops whole expired monthly
/// partitions and creates the months ahead.
/// </summary>
public sealed class RetentionStoreTests(RetentionOffFactory factory) : TenantTests<RetentionOffFactory>(factory)
{
    private static readonly DateTime Now = DateTime.UtcNow;
    private static readonly RetentionCutoffs Cutoffs = new(Now.AddDays(-400), Now.AddDays(-400), Now.AddDays(-400), Now.AddDays(-2557));

    [Fact]
    public async Task RemoveExpired_RowsOlderThanEachRetention_GoAndNewerStay()
    {
        var sim = await SimAsync();
        var oldDetection = await AddDetectionAsync(sim, Now.AddDays(-500));
        var newDetection = await AddDetectionAsync(sim, Now.AddDays(-10));
        var oldUsage = await AddUsageAsync(sim, Now.AddDays(-500));
        var newUsage = await AddUsageAsync(sim, Now.AddDays(-399));
        var oldNotification = await AddNotificationAsync(sim, Now.AddDays(-500), delivered: true);
        var newNotification = await AddNotificationAsync(sim, Now.AddDays(-300), delivered: true);
        var oldJournal = await AddJournalAsync(Now.AddDays(-2600));
        var newJournal = await AddJournalAsync(Now.AddDays(-2500));

        var round = await RunAsync(Cutoffs);

        Assert.NotNull(round);
        await Factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Detections.AnyAsync(d => d.Id == oldDetection));
            Assert.True(await db.Detections.AnyAsync(d => d.Id == newDetection));
            Assert.False(await db.UsageRecords.AnyAsync(u => u.Id == oldUsage));
            Assert.True(await db.UsageRecords.AnyAsync(u => u.Id == newUsage));
            Assert.False(await db.Notifications.AnyAsync(n => n.Id == oldNotification));
            Assert.False(await db.NotificationDeliveries.AnyAsync(d => d.NotificationId == oldNotification));
            Assert.True(await db.Notifications.AnyAsync(n => n.Id == newNotification));
            Assert.True(await db.NotificationDeliveries.AnyAsync(d => d.NotificationId == newNotification));
            Assert.False(await db.Journal.AnyAsync(j => j.Id == oldJournal));
            Assert.True(await db.Journal.AnyAsync(j => j.Id == newJournal));
            // The SIM itself (its current state) is no history.
            Assert.True(await db.Sims.AnyAsync(s => s.Id == sim.Id));
            return true;
        });
    }

    [Fact]
    public async Task RemoveExpired_PendingDelivery_KeepsItsNotification()
    {
        var sim = await SimAsync();
        var pending = await AddNotificationAsync(sim, Now.AddDays(-500), delivered: false);

        await RunAsync(Cutoffs);

        await Factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Notifications.AnyAsync(n => n.Id == pending));
            Assert.Equal(2, await db.NotificationDeliveries.CountAsync(d => d.NotificationId == pending));
            return true;
        });
    }

    [Fact]
    public async Task RemoveExpired_HighestDetectionIdExpired_IsKept()
    {
        var sim = await SimAsync();
        var older = await AddDetectionAsync(sim, Now.AddDays(-600));
        var highest = await AddDetectionAsync(sim, Now.AddDays(-500));

        await RunAsync(Cutoffs);

        // The feed numbers detections from the highest stored id: removing it would hand out ids SIM histories point to.
        await Factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Detections.AnyAsync(d => d.Id == older));
            Assert.True(await db.Detections.AnyAsync(d => d.Id == highest));
            return true;
        });
    }

    [Fact]
    public async Task RemoveExpired_MoreThanAChunk_RemovesEveryExpiredRow()
    {
        var cutoff = Now.AddYears(-20);
        await Factory.WithDbAsync(async db =>
        {
            db.Journal.AddRange(Enumerable.Range(0, 12_000).Select(i => new JournalEntry(cutoff.AddDays(-1).AddSeconds(i), null, null, "Chunk", "Test", null, null, null, null, null)));
            db.Journal.Add(new JournalEntry(cutoff.AddDays(1), null, null, "Chunk", "Test", null, null, null, null, null));
            return await db.SaveChangesAsync();
        });

        var round = await RunAsync(Cutoffs with { Journal = cutoff });

        Assert.Equal(12_000, round!.RowsDeleted["Journal"]);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Journal.CountAsync(j => j.Action == "Chunk")));
    }

    [PostgreSqlOnlyFact]
    public async Task RemoveExpired_OnPostgreSql_DropsWhollyExpiredMonthsAndCreatesMonthsAhead()
    {
        var sim = await SimAsync();
        var month = new DateTime(Now.Year - 3, Now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        await CreatePartitionAsync("Detections", month);
        await CreatePartitionAsync("Notifications", month);
        var detection = await AddDetectionAsync(sim, month.AddDays(3));
        await AddDetectionAsync(sim, Now.AddDays(-1));
        var notification = await AddNotificationAsync(sim, month.AddDays(3), delivered: true);
        var ahead = new DateTime(Now.Year, Now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(PostgreSqlRetentionStore.MonthsAhead);
        await ExecuteAsync($"DROP TABLE \"Journal_{ahead:yyyyMM}\"");

        var round = await RunAsync(Cutoffs);

        Assert.Contains($"Detections_{month:yyyyMM}", round!.PartitionsDropped);
        Assert.Contains($"Notifications_{month:yyyyMM}", round.PartitionsDropped);
        Assert.Contains($"Journal_{ahead:yyyyMM}", round.PartitionsCreated);
        var partitions = await PartitionsAsync();
        Assert.DoesNotContain($"Detections_{month:yyyyMM}", partitions);
        Assert.DoesNotContain($"Notifications_{month:yyyyMM}", partitions);
        Assert.False(await Factory.Database.ScalarAsync<bool>($"SELECT to_regclass('\"Detections_{month:yyyyMM}\"') IS NOT NULL"));
        foreach (var table in new[] { "Detections", "UsageRecords", "Notifications", "Journal" })
        {
            for (var m = ahead.AddMonths(-PostgreSqlRetentionStore.MonthsAhead); m <= ahead; m = m.AddMonths(1))
            {
                Assert.Contains($"{table}_{m:yyyyMM}", partitions);
            }
        }

        await Factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Detections.AnyAsync(d => d.Id == detection));
            Assert.False(await db.Notifications.AnyAsync(n => n.Id == notification));
            Assert.False(await db.NotificationDeliveries.AnyAsync(d => d.NotificationId == notification));
            // A journal entry of the month ahead goes into the partition the round created.
            db.Journal.Add(new JournalEntry(ahead.AddDays(1), null, null, "Ahead", "Test", null, null, null, null, null));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, await Factory.Database.ScalarAsync<long>($"SELECT count(*) FROM \"Journal_{ahead:yyyyMM}\" WHERE \"Action\" = 'Ahead'"));
    }

    [PostgreSqlOnlyFact]
    public async Task RemoveExpired_OnPostgreSqlRowsOfAMonthWithoutPartition_MoveIntoThePartitionCreated()
    {
        var sim = await SimAsync();
        var ahead = new DateTime(Now.Year, Now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(PostgreSqlRetentionStore.MonthsAhead);
        await ExecuteAsync($"DROP TABLE \"UsageRecords_{ahead:yyyyMM}\"");
        var usage = await AddUsageAsync(sim, ahead.AddDays(2));
        Assert.Equal(1, await Factory.Database.ScalarAsync<long>($"SELECT count(*) FROM \"UsageRecords_default\" WHERE \"Id\" = {usage}"));

        var round = await RunAsync(Cutoffs);

        Assert.Contains($"UsageRecords_{ahead:yyyyMM}", round!.PartitionsCreated);
        Assert.Equal(1, await Factory.Database.ScalarAsync<long>($"SELECT count(*) FROM \"UsageRecords_{ahead:yyyyMM}\" WHERE \"Id\" = {usage}"));
        Assert.Equal(0, await Factory.Database.ScalarAsync<long>($"SELECT count(*) FROM \"UsageRecords_default\" WHERE \"Id\" = {usage}"));
    }

    [PostgreSqlOnlyFact]
    public async Task RemoveExpired_OnPostgreSqlNotificationsOfAMonthWithoutPartition_StayWithTheirDeliveriesUntilGone()
    {
        var sim = await SimAsync();
        var ahead = new DateTime(Now.Year, Now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(PostgreSqlRetentionStore.MonthsAhead);
        // Detached first: the deliveries' foreign key depends on every partition of the table.
        await ExecuteAsync($"ALTER TABLE \"Notifications\" DETACH PARTITION \"Notifications_{ahead:yyyyMM}\"; DROP TABLE \"Notifications_{ahead:yyyyMM}\"");
        var notification = await AddNotificationAsync(sim, ahead.AddDays(2), delivered: true);

        var round = await RunAsync(Cutoffs);

        // Moving it would delete its deliveries (their foreign key cascades): the month waits in DEFAULT.
        Assert.DoesNotContain($"Notifications_{ahead:yyyyMM}", round!.PartitionsCreated);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.NotificationDeliveries.CountAsync(d => d.NotificationId == notification)));
        await Factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == notification).ExecuteDeleteAsync());

        Assert.Contains($"Notifications_{ahead:yyyyMM}", (await RunAsync(Cutoffs))!.PartitionsCreated);
    }

    [PostgreSqlOnlyFact]
    public async Task RemoveExpired_OnPostgreSqlPendingDeliveryInExpiredMonth_KeepsThePartitionAndThatNotification()
    {
        var sim = await SimAsync();
        var month = new DateTime(Now.Year - 4, Now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        await CreatePartitionAsync("Notifications", month);
        var pending = await AddNotificationAsync(sim, month.AddDays(2), delivered: false);
        var delivered = await AddNotificationAsync(sim, month.AddDays(3), delivered: true);

        var round = await RunAsync(Cutoffs);

        Assert.DoesNotContain($"Notifications_{month:yyyyMM}", round!.PartitionsDropped);
        Assert.Contains($"Notifications_{month:yyyyMM}", await PartitionsAsync());
        await Factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Notifications.AnyAsync(n => n.Id == pending));
            Assert.False(await db.Notifications.AnyAsync(n => n.Id == delivered));
            Assert.False(await db.NotificationDeliveries.AnyAsync(d => d.NotificationId == delivered));
            return true;
        });
    }

    [PostgreSqlOnlyFact]
    public async Task RemoveExpired_OnPostgreSqlRoundHeldByAnotherInstance_RemovesNothing()
    {
        var sim = await SimAsync();
        var old = await AddJournalAsync(Now.AddYears(-30));
        await using var other = new NpgsqlConnection(Factory.Database.ConnectionString);
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgreSqlRetentionStore.RoundLock})", other))
        {
            await take.ExecuteScalarAsync();
        }

        var round = await RunAsync(Cutoffs);

        Assert.Null(round);
        Assert.True(await Factory.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)));
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgreSqlRetentionStore.RoundLock})", other))
        {
            await release.ExecuteScalarAsync();
        }

        Assert.NotNull(await RunAsync(Cutoffs));
        Assert.False(await Factory.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)));
        Assert.NotEqual(0, sim.Id);
    }

    private async Task<RetentionRound?> RunAsync(RetentionCutoffs cutoffs)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await scope.ServiceProvider.GetRequiredService<IRetentionStore>().RemoveExpiredAsync(db, cutoffs, DateTime.UtcNow, CancellationToken.None);
    }

    private async Task<Sim> SimAsync()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        return await Factory.WithDbAsync(db => db.Sims.AsNoTracking().SingleAsync(s => s.Iccid == iccid));
    }

    private Task<long> AddDetectionAsync(Sim sim, DateTime observedAt) => Factory.WithDbAsync(async db =>
    {
        var id = (await db.Detections.MaxAsync(d => (long?)d.Id) ?? 0) + 1;
        db.Detections.Add(new Detection(id, null, $"retention-{Guid.NewGuid():N}", sim.Id, sim.Iccid, null, observedAt, observedAt, DetectionResult.NotProvided));
        await db.SaveChangesAsync();
        return id;
    });

    private Task<long> AddUsageAsync(Sim sim, DateTime start) => Factory.WithDbAsync(async db =>
    {
        var record = new UsageRecord($"retention-{Guid.NewGuid():N}", sim.Id, sim.Iccid, start, start.AddHours(1), 1_000, start.AddHours(1));
        db.UsageRecords.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    });

    private Task<long> AddNotificationAsync(Sim sim, DateTime createdAt, bool delivered) => Factory.WithDbAsync(async db =>
    {
        var notification = new Notification(1, T.PartnerA.Id, null, sim.Id, sim.Iccid, createdAt, NotificationKind.ImeiStatusChange, "retention test");
        var portal = new NotificationDelivery(DeliveryChannel.Portal, "someone", createdAt);
        var webhook = new NotificationDelivery(DeliveryChannel.Webhook, "https://example.test/hook", createdAt);
        portal.Delivered(createdAt);
        if (delivered)
        {
            webhook.Delivered(createdAt);
        }

        notification.Deliveries.AddRange([portal, webhook]);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    private Task<long> AddJournalAsync(DateTime at) => Factory.WithDbAsync(async db =>
    {
        var entry = new JournalEntry(at, null, null, "Retention", "Test", null, null, null, null, null);
        db.Journal.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private Task CreatePartitionAsync(string table, DateTime month) => ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
        $"CREATE TABLE \"{table}_{month:yyyyMM}\" PARTITION OF \"{table}\" FOR VALUES FROM ('{month:yyyy-MM-dd}+00') TO ('{month.AddMonths(1):yyyy-MM-dd}+00')"));

    private async Task<HashSet<string>> PartitionsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
