using ImeiPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>Rows for a database migrated to an older schema, where today's model has columns the tables do not have yet.</summary>
internal static class OldSchema
{
    /// <summary>A partner as every schema since the baseline has it (id, name, creation time).</summary>
    public static async Task<int> AddPartnerAsync(PortalDbContext db, string name)
    {
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Partners" ("Name", "CreatedAt") VALUES ({name}, '2026-01-10 08:00:00')""");
        return await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Partners" WHERE "Name" = {name}""").SingleAsync();
    }
}
