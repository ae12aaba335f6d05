using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LockPoliciesAndWorkLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AllowedImeis",
                table: "Sims",
                type: "TEXT",
                maxLength: 159,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LockScope",
                table: "Sims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RiskScore",
                table: "Sims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapWindowReference",
                table: "Sims",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapWindowTac",
                table: "Sims",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SwapWindowUntil",
                table: "Sims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SwapHours",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapReference",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapTac",
                table: "Orders",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskReasons",
                table: "Notifications",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "RiskScore",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "NotificationDeliveries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "NotificationDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AllowedTacs",
                table: "Customers",
                type: "TEXT",
                maxLength: 899,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DefaultLockScope",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WhenImeiNotProvided",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ActionDelayMinutes",
                table: "Alarms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinRiskScore",
                table: "Alarms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DeviceModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tac = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Manufacturer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceModels_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceModels_PartnerId_Tac",
                table: "DeviceModels",
                columns: new[] { "PartnerId", "Tac" },
                unique: true,
                filter: "\"PartnerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceModels_Tac_Platform",
                table: "DeviceModels",
                column: "Tac",
                unique: true,
                filter: "\"PartnerId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviceModels");

            migrationBuilder.DropColumn(
                name: "AllowedImeis",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "LockScope",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "RiskScore",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "SwapWindowReference",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "SwapWindowTac",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "SwapWindowUntil",
                table: "Sims");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SwapHours",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SwapReference",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SwapTac",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RiskReasons",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "RiskScore",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "NotificationDeliveries");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "NotificationDeliveries");

            migrationBuilder.DropColumn(
                name: "AllowedTacs",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "DefaultLockScope",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "WhenImeiNotProvided",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ActionDelayMinutes",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "MinRiskScore",
                table: "Alarms");
        }
    }
}
