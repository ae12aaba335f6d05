using ImeiPortal.Data;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ImeiPortal.Tests.Data;

/// <summary>Rows read with <see cref="RowLocks.LockedForUpdate"/> in a transaction are that transaction's until it ends.</summary>
public sealed class RowLocksTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    [PostgreSqlOnlyFact]
    public async Task LockedForUpdate_InATransaction_HoldsTheRowsAgainstAnotherWriter()
    {
        var iccid = await EngineData.CreateSimAsync(Factory, T.PartnerA.Id);
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        var read = await db.Sims.AsNoTracking().LockedForUpdate().Where(s => s.Iccid == iccid).ToListAsync();

        Assert.Single(read);
        await using var other = new NpgsqlConnection(Factory.Database.ConnectionString);
        await other.OpenAsync();
        await using var update = other.CreateCommand();
        update.CommandText = """SET lock_timeout = '300ms'; UPDATE "Sims" SET "Version" = "Version" + 1 WHERE "Iccid" = @iccid""";
        update.Parameters.AddWithValue("iccid", iccid);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.LockNotAvailable, refused.SqlState);
    }
}
