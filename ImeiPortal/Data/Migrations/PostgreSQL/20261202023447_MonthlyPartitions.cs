using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImeiPortal.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class MonthlyPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NotificationDeliveries_Notifications_NotificationId",
                table: "NotificationDeliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords");

            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_RecordId",
                table: "UsageRecords");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_NotificationDeliveries_NotificationId",
                table: "NotificationDeliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Journal",
                table: "Journal");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Detections",
                table: "Detections");

            migrationBuilder.DropIndex(
                name: "IX_Detections_DetectionId",
                table: "Detections");

            migrationBuilder.AddColumn<DateTime>(
                name: "NotificationCreatedAt",
                table: "NotificationDeliveries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords",
                columns: new[] { "Id", "Start" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications",
                columns: new[] { "Id", "CreatedAt" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Journal",
                table: "Journal",
                columns: new[] { "Id", "At" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Detections",
                table: "Detections",
                columns: new[] { "Id", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_RecordId_Start",
                table: "UsageRecords",
                columns: new[] { "RecordId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationDeliveries_NotificationId_NotificationCreatedAt",
                table: "NotificationDeliveries",
                columns: new[] { "NotificationId", "NotificationCreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Detections_DetectionId_ObservedAt",
                table: "Detections",
                columns: new[] { "DetectionId", "ObservedAt" },
                unique: true);

            // Each delivery names its notification by id and creation time (the partitioned table's key).
            migrationBuilder.Sql("""
                UPDATE "NotificationDeliveries" AS d SET "NotificationCreatedAt" = n."CreatedAt"
                FROM "Notifications" AS n WHERE n."Id" = d."NotificationId"
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_NotificationDeliveries_Notifications_NotificationId_Notific~",
                table: "NotificationDeliveries",
                columns: new[] { "NotificationId", "NotificationCreatedAt" },
                principalTable: "Notifications",
                principalColumns: new[] { "Id", "CreatedAt" },
                onDelete: ReferentialAction.Cascade);

            foreach (var (table, column) in PartitionKeys)
            {
                migrationBuilder.Sql(Rebuild(table, column, partitioned: true));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in PartitionKeys)
            {
                migrationBuilder.Sql(Rebuild(table, "", partitioned: false));
            }

            migrationBuilder.DropForeignKey(
                name: "FK_NotificationDeliveries_Notifications_NotificationId_Notific~",
                table: "NotificationDeliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords");

            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_RecordId_Start",
                table: "UsageRecords");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_NotificationDeliveries_NotificationId_NotificationCreatedAt",
                table: "NotificationDeliveries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Journal",
                table: "Journal");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Detections",
                table: "Detections");

            migrationBuilder.DropIndex(
                name: "IX_Detections_DetectionId_ObservedAt",
                table: "Detections");

            migrationBuilder.DropColumn(
                name: "NotificationCreatedAt",
                table: "NotificationDeliveries");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Journal",
                table: "Journal",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Detections",
                table: "Detections",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_RecordId",
                table: "UsageRecords",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationDeliveries_NotificationId",
                table: "NotificationDeliveries",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Detections_DetectionId",
                table: "Detections",
                column: "DetectionId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_NotificationDeliveries_Notifications_NotificationId",
                table: "NotificationDeliveries",
                column: "NotificationId",
                principalTable: "Notifications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <summary>The history tables and the time each is partitioned by (by month), as retention removes them.</summary>
        private static readonly (string Table, string Column)[] PartitionKeys =
            [("Detections", "ObservedAt"), ("UsageRecords", "Start"), ("Notifications", "CreatedAt"), ("Journal", "At")];

        /// <summary>
        /// Rebuilds a table, keeping every row, as a table partitioned by month of <paramref name="column"/> (or, going
        /// down, as a plain table again): the old table is renamed and stripped of its keys and indexes (their names are
        /// reused), the new one made like it with the same keys, indexes and foreign keys (those of other tables that
        /// reference it too), the rows copied, the identity's sequence carried on, the old table dropped. Partitions:
        /// every month from the oldest row's (at most 8 years back) to two months ahead, plus a DEFAULT partition for any
        /// time outside them. The names (<c>Table_yyyyMM</c>, <c>Table_default</c>) are those PostgreSqlRetentionStore
        /// creates and drops.
        /// </summary>
        private static string Rebuild(string table, string column, bool partitioned) => $$"""
            DO $rebuild$
            DECLARE
              tbl text := '{{table}}';
              col text := '{{column}}';
              partitioned boolean := {{(partitioned ? "true" : "false")}};
              old text := tbl || '_rebuilt';
              own text[];
              refs text[];
              ref_drops text[];
              idx text[];
              s text;
              old_seq text;
              new_seq text;
              m timestamptz;
              last_month timestamptz;
              r record;
            BEGIN
              PERFORM set_config('TimeZone', 'UTC', true);
              old_seq := pg_get_serial_sequence(format('%I', tbl), 'Id');
              SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, conname, pg_get_constraintdef(oid)) ORDER BY contype <> 'p', conname), '{}')
                INTO own FROM pg_constraint WHERE conrelid = format('%I', tbl)::regclass AND contype IN ('p', 'u', 'f');
              SELECT coalesce(array_agg(format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))), '{}'),
                     coalesce(array_agg(format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname)), '{}')
                INTO refs, ref_drops FROM pg_constraint
                WHERE confrelid = format('%I', tbl)::regclass AND contype = 'f' AND conrelid <> confrelid AND conparentid = 0;
              SELECT coalesce(array_agg(replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')), '{}') INTO idx FROM pg_index i
                WHERE i.indrelid = format('%I', tbl)::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'));

              FOREACH s IN ARRAY ref_drops LOOP EXECUTE s; END LOOP;
              EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, old);
              FOR r IN SELECT conname FROM pg_constraint WHERE conrelid = format('%I', old)::regclass AND contype IN ('p', 'u', 'f') LOOP
                EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', old, r.conname);
              END LOOP;
              FOR r IN SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = format('%I', old)::regclass LOOP
                EXECUTE format('DROP INDEX %I', r.relname);
              END LOOP;

              IF partitioned THEN
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING STORAGE) PARTITION BY RANGE (%I)', tbl, old, col);
              ELSE
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING STORAGE)', tbl, old);
              END IF;
              FOREACH s IN ARRAY own LOOP EXECUTE s; END LOOP;
              FOREACH s IN ARRAY idx LOOP EXECUTE s; END LOOP;

              IF partitioned THEN
                EXECUTE format('SELECT date_trunc(''month'', min(%I)), date_trunc(''month'', max(%I)) FROM %I', col, col, old) INTO m, last_month;
                m := least(greatest(coalesce(m, date_trunc('month', now())), date_trunc('month', now()) - interval '8 years'), date_trunc('month', now()));
                last_month := least(greatest(coalesce(last_month, now()), date_trunc('month', now()) + interval '2 months'), date_trunc('month', now()) + interval '10 years');
                WHILE m <= last_month LOOP
                  EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', tbl || '_' || to_char(m, 'YYYYMM'), tbl, m, m + interval '1 month');
                  m := m + interval '1 month';
                END LOOP;
                EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', tbl || '_default', tbl);
              END IF;

              EXECUTE format('INSERT INTO %I OVERRIDING SYSTEM VALUE SELECT * FROM %I', tbl, old);
              new_seq := pg_get_serial_sequence(format('%I', tbl), 'Id');
              IF new_seq IS NOT NULL AND old_seq IS NOT NULL THEN
                EXECUTE format('SELECT setval(%L, last_value, is_called) FROM %s', new_seq, old_seq);
              END IF;
              FOREACH s IN ARRAY refs LOOP EXECUTE s; END LOOP;
              EXECUTE format('DROP TABLE %I', old);
              IF new_seq IS NOT NULL AND old_seq IS NOT NULL AND new_seq <> old_seq THEN
                EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', new_seq, (parse_ident(old_seq))[2]);
              END IF;
            END
            $rebuild$;
            """;
    }
}
