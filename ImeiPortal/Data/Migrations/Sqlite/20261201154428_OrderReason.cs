using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Cause",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Orders an IMEI lock alarm placed were known only by their label until now (1 = OrderReason.ImeiLockAlarm).
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"Cause\" = 1 WHERE \"Label\" IN ('IMEI lock bar', 'IMEI lock deactivate');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cause",
                table: "Orders");
        }
    }
}
