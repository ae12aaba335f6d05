using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ImeiPortal.Data.Migrations.PostgreSQL
{
    /// <summary>
    /// A SIM's "last seen" moves to a table of its own (see PostgreSqlPortalDbContext), every SIM's value copied before
    /// the column goes, its index now (last seen NULLS FIRST, id) for the list's sorts; the SIMs' pages keep a tenth free
    /// for in-place updates. Generated, then reordered so that no value is dropped before it is copied, either way. EF
    /// points the other tables' foreign keys to a SIM at the new table (dotnet/efcore#29915): its rows are the SIMs' own,
    /// one each, deleted with them, so the constraint means the same.
    /// </summary>
    public partial class SimLastSeenApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImeiStatusChanges_Sims_SimId",
                table: "ImeiStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Sims_SimId",
                table: "Orders");

            migrationBuilder.DropForeignKey(
                name: "FK_UsageRecords_Sims_SimId",
                table: "UsageRecords");

            migrationBuilder.AlterTable(
                name: "Sims")
                .Annotation("Npgsql:StorageParameter:fillfactor", 90);

            migrationBuilder.CreateTable(
                name: "SimLastSeen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    ImeiLastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimLastSeen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SimLastSeen_Sims_Id",
                        column: x => x.Id,
                        principalTable: "Sims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 90);

            // Every SIM gets its row, seen or not: EF reads a SIM through both tables joined.
            migrationBuilder.Sql("""INSERT INTO "SimLastSeen" ("Id", "ImeiLastSeenAt") SELECT "Id", "ImeiLastSeenAt" FROM "Sims" """);

            migrationBuilder.DropIndex(
                name: "IX_Sims_ImeiLastSeenAt",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "ImeiLastSeenAt",
                table: "Sims");

            migrationBuilder.CreateIndex(
                name: "IX_SimLastSeen_ImeiLastSeenAt_Id",
                table: "SimLastSeen",
                columns: new[] { "ImeiLastSeenAt", "Id" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.Unspecified });

            migrationBuilder.AddForeignKey(
                name: "FK_ImeiStatusChanges_SimLastSeen_SimId",
                table: "ImeiStatusChanges",
                column: "SimId",
                principalTable: "SimLastSeen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_SimLastSeen_SimId",
                table: "Orders",
                column: "SimId",
                principalTable: "SimLastSeen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_UsageRecords_SimLastSeen_SimId",
                table: "UsageRecords",
                column: "SimId",
                principalTable: "SimLastSeen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImeiStatusChanges_SimLastSeen_SimId",
                table: "ImeiStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_Orders_SimLastSeen_SimId",
                table: "Orders");

            migrationBuilder.DropForeignKey(
                name: "FK_UsageRecords_SimLastSeen_SimId",
                table: "UsageRecords");

            migrationBuilder.AlterTable(
                name: "Sims")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 90);

            migrationBuilder.AddColumn<DateTime>(
                name: "ImeiLastSeenAt",
                table: "Sims",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.Sql("""UPDATE "Sims" AS s SET "ImeiLastSeenAt" = l."ImeiLastSeenAt" FROM "SimLastSeen" AS l WHERE l."Id" = s."Id" """);

            migrationBuilder.DropTable(
                name: "SimLastSeen");

            migrationBuilder.CreateIndex(
                name: "IX_Sims_ImeiLastSeenAt",
                table: "Sims",
                column: "ImeiLastSeenAt");

            migrationBuilder.AddForeignKey(
                name: "FK_ImeiStatusChanges_Sims_SimId",
                table: "ImeiStatusChanges",
                column: "SimId",
                principalTable: "Sims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_Sims_SimId",
                table: "Orders",
                column: "SimId",
                principalTable: "Sims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_UsageRecords_Sims_SimId",
                table: "UsageRecords",
                column: "SimId",
                principalTable: "Sims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
