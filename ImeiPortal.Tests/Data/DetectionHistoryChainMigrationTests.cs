using ImeiPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// A database that already holds detections (stored under the per-SIM index) keeps every row and gets each SIM's
/// history linked in the order the feed stored it; going back restores the index and the foreign key.
/// </summary>
public class DetectionHistoryChainMigrationTests
{
    private const string Before = "20261123192000_ListIndexes";

    [Fact]
    public void Up_LinksEachSimsDetectionsInStoredOrder_AndDownRestoresTheIndex()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
        var migrator = db.GetService<IMigrator>();
        migrator.Migrate(Before);
        Execute(connection, """
            INSERT INTO Partners (Id, Name, CreatedAt) VALUES (1, 'P', '2026-01-01 00:00:00');
            INSERT INTO Sims (Id, Iccid, PartnerId, Status, ImeiStatus, TacChanged, FrequentImeiChanges, RecentImeiChanges, BarredByImeiLock, CreatedAt, Version)
            VALUES (1, '8944000000000000011', 1, 1, 0, 0, 0, '', 0, '2026-01-01 00:00:00', 1),
                   (2, '8944000000000000029', 1, 1, 0, 0, 0, '', 0, '2026-01-01 00:00:00', 1),
                   (3, '8944000000000000037', 1, 1, 0, 0, 0, '', 0, '2026-01-01 00:00:00', 1);
            INSERT INTO Detections (Id, DetectionId, SimId, Iccid, Imei, ObservedAt, ReceivedAt, Result) VALUES
                (10, 'a', 1, '8944000000000000011', NULL, '2026-01-01 00:00:03', '2026-01-01 00:00:03', 0),
                (11, 'b', 2, '8944000000000000029', NULL, '2026-01-01 00:00:01', '2026-01-01 00:00:01', 0),
                (12, 'c', 1, '8944000000000000011', NULL, '2026-01-01 00:00:01', '2026-01-01 00:00:04', 0),
                (15, 'd', 1, '8944000000000000011', NULL, '2026-01-01 00:00:05', '2026-01-01 00:00:05', 0);
            """);

        migrator.Migrate();

        Assert.Equal(["10 ", "11 ", "12 10", "15 12"], Rows(connection, "SELECT Id || ' ' || COALESCE(PreviousId, '') FROM Detections ORDER BY Id"));
        Assert.Equal(["1 15", "2 11", "3 "], Rows(connection, "SELECT Id || ' ' || COALESCE(LastDetectionId, '') FROM Sims ORDER BY Id"));
        Assert.Equal(["a", "b", "c", "d"], Rows(connection, "SELECT DetectionId FROM Detections ORDER BY Id"));
        Assert.DoesNotContain("IX_Detections_SimId_ObservedAt", Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'index'"));

        migrator.Migrate(Before);

        Assert.Equal(["a", "b", "c", "d"], Rows(connection, "SELECT DetectionId FROM Detections ORDER BY Id"));
        Assert.Contains("IX_Detections_SimId_ObservedAt", Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'index'"));
        Assert.Equal(["Sims"], Rows(connection, "SELECT \"table\" FROM pragma_foreign_key_list('Detections')"));
        Assert.DoesNotContain("LastDetectionId", Rows(connection, "SELECT name FROM pragma_table_info('Sims')"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
