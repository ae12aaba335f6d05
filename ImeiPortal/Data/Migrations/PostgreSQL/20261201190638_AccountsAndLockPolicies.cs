using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ImeiPortal.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class AccountsAndLockPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AllowedImeis",
                table: "Sims",
                type: "character varying(159)",
                maxLength: 159,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LockScope",
                table: "Sims",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RiskScore",
                table: "Sims",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapWindowReference",
                table: "Sims",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapWindowTac",
                table: "Sims",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SwapWindowUntil",
                table: "Sims",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TwoFactorRequired",
                table: "Partners",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SwapHours",
                table: "Orders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapReference",
                table: "Orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwapTac",
                table: "Orders",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskReasons",
                table: "Notifications",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "RiskScore",
                table: "Notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AllowedTacs",
                table: "Customers",
                type: "character varying(899)",
                maxLength: 899,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DefaultLockScope",
                table: "Customers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WhenImeiNotProvided",
                table: "Customers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ActionDelayMinutes",
                table: "Alarms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinRiskScore",
                table: "Alarms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scopes = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    CustomerId = table.Column<int>(type: "integer", nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviceModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    Tac = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Manufacturer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                name: "IX_ApiKeys_CustomerId",
                table: "ApiKeys",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_PartnerId_CustomerId",
                table: "ApiKeys",
                columns: new[] { "PartnerId", "CustomerId" });

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
                name: "ApiKeys");

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
                name: "TwoFactorRequired",
                table: "Partners");

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
