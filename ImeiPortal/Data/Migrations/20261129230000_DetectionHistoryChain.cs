using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations;

/// <summary>
/// A SIM's detection history becomes a chain (<c>Sims.LastDetectionId</c> -> <c>Detections.PreviousId</c> -> ...)
/// instead of the <c>(SimId, ObservedAt)</c> index and its foreign key: at 10,000 detections a batch on random SIMs
/// that index alone dirtied about 8,000 pages a batch (bench/README.md). The feed now assigns detection ids itself,
/// so the table loses AUTOINCREMENT too. SQLite cannot drop a foreign key, hence the table is rebuilt; existing
/// detections are linked in id order, the order the feed stored them in.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261129230000_DetectionHistoryChain")]
public sealed class DetectionHistoryChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "LastDetectionId", table: "Sims", type: "INTEGER", nullable: true);
        // The heads first, while the per-SIM index still exists.
        migrationBuilder.Sql("""
            UPDATE "Sims" SET "LastDetectionId" = h."Head"
            FROM (SELECT "SimId", MAX("Id") AS "Head" FROM "Detections" GROUP BY "SimId") AS h
            WHERE "Sims"."Id" = h."SimId";
            """);

        migrationBuilder.CreateTable(
            name: "ef_temp_Detections",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false),
                PreviousId = table.Column<long>(type: "INTEGER", nullable: true),
                DetectionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                SimId = table.Column<long>(type: "INTEGER", nullable: false),
                Iccid = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Imei = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                ObservedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Result = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Detections", x => x.Id));
        migrationBuilder.Sql("""
            INSERT INTO "ef_temp_Detections" ("Id", "PreviousId", "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result")
            SELECT "Id", LAG("Id") OVER (PARTITION BY "SimId" ORDER BY "Id"), "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result"
            FROM "Detections";
            """);
        migrationBuilder.DropTable(name: "Detections");
        migrationBuilder.RenameTable(name: "ef_temp_Detections", newName: "Detections");
        migrationBuilder.CreateIndex(name: "IX_Detections_DetectionId", table: "Detections", column: "DetectionId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ef_temp_Detections",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                DetectionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                SimId = table.Column<long>(type: "INTEGER", nullable: false),
                Iccid = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Imei = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                ObservedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Result = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Detections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Detections_Sims_SimId",
                    column: x => x.SimId,
                    principalTable: "Sims",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.Sql("""
            INSERT INTO "ef_temp_Detections" ("Id", "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result")
            SELECT "Id", "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result" FROM "Detections";
            """);
        migrationBuilder.DropTable(name: "Detections");
        migrationBuilder.RenameTable(name: "ef_temp_Detections", newName: "Detections");
        migrationBuilder.CreateIndex(name: "IX_Detections_DetectionId", table: "Detections", column: "DetectionId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Detections_SimId_ObservedAt", table: "Detections", columns: new[] { "SimId", "ObservedAt" });
        migrationBuilder.Sql("""ALTER TABLE "Sims" DROP COLUMN "LastDetectionId";""");
    }
}
