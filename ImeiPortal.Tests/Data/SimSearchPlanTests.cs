using System.Data.Common;
using System.Text;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using ImeiPortal.Tools;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// The SIM search is a prefix of an identifier. On PostgreSQL only the "C" collation lets a btree serve LIKE 'prefix%';
/// under the database's default every search read all SIMs (at 1M SIMs, hundreds of milliseconds). The plan, not a
/// timing, is what this checks.
/// </summary>
public sealed class SimSearchPlanTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"imeiportal-plan-{Guid.NewGuid():N}");
    private readonly TestDatabase _database;

    public SimSearchPlanTests() => _database = TestDatabase.Create(_folder);

    [PostgreSqlOnlyFact]
    public async Task Search_IdentifierPrefix_EachIdentifierIsAnIndexRangeNotAFilter()
    {
        await DataGenerator.GenerateAsync(DataGenerator.Options.Parse(["generate", "--postgres", _database.ConnectionString, "--sims", "500"]), TextWriter.Null);
        await using var db = _database.OpenContext();
        await db.Database.OpenConnectionAsync();
        var search = new SimQuery(Search: "8944000000000001").Filter(db.Sims.AsNoTracking(), db.Customers.AsNoTracking()).Select(s => s.Iccid);

        var plan = await ExplainAsync(db, search.CreateDbCommand());

        // With scans priced out, a column the index cannot serve still shows as a Filter over some other scan.
        foreach (var column in new[] { "Iccid", "Imsi", "Msisdn", "Imei" })
        {
            Assert.Matches($"Index Cond: .*\"{column}\"\\)::text >= '8944000000000001'", plan);
        }

        // ICCIDs 894400 + the 12-digit SIM number: SIMs 100 to 199.
        Assert.Equal(100, await search.CountAsync());
    }

    [PostgreSqlOnlyTheory]
    [InlineData("lastSeen", "Index Only Scan using")]
    [InlineData("-lastSeen", "Index Only Scan Backward using")]
    public async Task SortByLastSeen_FirstPage_ReadsTheLastSeenIndexInOrderWithoutSorting(string sort, string scan)
    {
        // A tenth of a generated fleet was never seen: with an order the index did not hold (ties by ICCID, or NULLs
        // where the index has them the other way round), that whole group was sorted for every page.
        await DataGenerator.GenerateAsync(DataGenerator.Options.Parse(["generate", "--postgres", _database.ConnectionString, "--sims", "500"]), TextWriter.Null);
        await using var db = _database.OpenContext();
        await db.Database.OpenConnectionAsync();
        var query = new SimQuery(Sort: sort);
        var page = query.Order(db.Sims.AsNoTracking(), db.Customers.AsNoTracking()).Take(50).Select(s => s.Iccid);

        var plan = await ExplainAsync(db, page.CreateDbCommand());

        Assert.True(plan.Contains($"{scan} \"IX_SimLastSeen_ImeiLastSeenAt_Id\"", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("Sort Key", StringComparison.Ordinal), plan);
    }

    private static async Task<string> ExplainAsync(DbContext db, DbCommand query)
    {
        await using var off = db.Database.GetDbConnection().CreateCommand();
        off.CommandText = "SET enable_seqscan = off";
        await off.ExecuteNonQueryAsync();
#pragma warning disable CA2100 // The app's own generated query, explained.
        query.CommandText = "EXPLAIN " + query.CommandText;
#pragma warning restore CA2100
        var plan = new StringBuilder();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
