using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlarmWebhookSecret : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WebhookSecret",
                table: "Alarms",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WebhookSecret",
                table: "Alarms");
        }
    }
}
