using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations;

/// <summary>
/// Each webhook alarm signs with its own secret instead of one shared <c>Webhooks:Secret</c>. The column holds the
/// secret encrypted by data protection, which SQL cannot produce, so existing webhook alarms are left null here and get
/// their secret at first use: the dispatcher generates and stores one before it signs their next delivery (the alarm's
/// owner reads it by rotating it).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261202090000_AlarmWebhookSecret")]
public sealed class AlarmWebhookSecret : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "WebhookSecret", table: "Alarms", type: "TEXT", maxLength: 1000, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "Alarms" DROP COLUMN "WebhookSecret";""");
}
