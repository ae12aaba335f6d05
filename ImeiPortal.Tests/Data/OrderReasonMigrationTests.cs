using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Tests.Domain;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ImeiPortal.Tests.Data;

/// <summary>Orders stored before the reason existed carried only their label; the migration gives them the reason.</summary>
public sealed class OrderReasonMigrationTests : IDisposable
{
    private const string Reason = "a data step of a migration that predates the PostgreSQL set, tested on the SQLite set";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public OrderReasonMigrationTests() => _connection.Open();

    [SqliteOnlyFact(Reason)]
    public async Task Migrate_OrdersLabelledByTheImeiLockAlarm_GetTheReasonAndActAsAnImeiLockBar()
    {
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_OrderReason", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        // The old schema's rows are written as SQL: the model of today may have columns the old tables lack.
        const long simId = 1;
        var iccid = TestIds.Iccid(4711);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Id", "Name", "CreatedAt") VALUES (1, 'Old partner', '2026-11-30 09:00:00')""");
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Sims" ("Id", "Iccid", "PartnerId", "Status", "ImeiStatus", "TacChanged", "FrequentImeiChanges", "RecentImeiChanges", "BarredByImeiLock", "CreatedAt", "Version")
            VALUES ({simId}, {iccid}, 1, {(int)SimStatus.Active}, {(int)ImeiStatus.Neutral}, 0, 0, '', 0, '2026-11-30 09:00:00', 1)
            """);
        var sim = (Id: simId, Iccid: iccid);
        var partner = (Id: 1, Name: "Old partner");
        foreach (var (type, label) in new (OrderType, string?)[] { (OrderType.Bar, "IMEI lock bar"), (OrderType.Deactivate, "IMEI lock deactivate"), (OrderType.Bar, null) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Orders" ("SimId", "Iccid", "PartnerId", "Type", "EnableImeiLock", "State", "CreatedAt", "DueAt", "RequestedBy", "Label")
                VALUES ({sim.Id}, {sim.Iccid}, {partner.Id}, {(int)type}, 0, 0, '2026-11-30 10:00:00', '2026-11-30 10:00:05', 'alarm:1', {label})
                """);
        }

        await migrator.MigrateAsync();

        db.ChangeTracker.Clear();
        var orders = await db.Orders.OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(
            [(OrderType.Bar, OrderReason.ImeiLockAlarm, "IMEI lock bar"), (OrderType.Deactivate, OrderReason.ImeiLockAlarm, "IMEI lock deactivate"), (OrderType.Bar, OrderReason.User, null)],
            orders.Select(o => (o.Type, o.Cause, o.Label)).ToList());
        var barred = await db.Sims.SingleAsync();
        orders[0].ApplyTo(barred, null, DateTime.UtcNow);
        Assert.True(barred.BarredByImeiLock);
    }

    public void Dispose() => _connection.Dispose();
}
