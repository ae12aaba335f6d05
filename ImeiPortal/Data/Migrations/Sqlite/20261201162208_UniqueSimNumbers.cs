using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueSimNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sims_Imsi",
                table: "Sims");

            migrationBuilder.DropIndex(
                name: "IX_Sims_Msisdn",
                table: "Sims");

            migrationBuilder.CreateIndex(
                name: "IX_Sims_Imsi",
                table: "Sims",
                column: "Imsi",
                unique: true,
                filter: "\"Imsi\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sims_Msisdn",
                table: "Sims",
                column: "Msisdn",
                unique: true,
                filter: "\"Msisdn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sims_Imsi",
                table: "Sims");

            migrationBuilder.DropIndex(
                name: "IX_Sims_Msisdn",
                table: "Sims");

            migrationBuilder.CreateIndex(
                name: "IX_Sims_Imsi",
                table: "Sims",
                column: "Imsi");

            migrationBuilder.CreateIndex(
                name: "IX_Sims_Msisdn",
                table: "Sims",
                column: "Msisdn");
        }
    }
}
