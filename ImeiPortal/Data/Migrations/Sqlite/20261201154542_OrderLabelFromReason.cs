using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderLabelFromReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Label",
                table: "Orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }
    }
}
