using System.Data.Common;
using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Sims;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tests.Features.Network;

/// <summary>The feed is a hot path: a batch's IMSIs and MSISDNs find their SIMs in one indexed query, not one per item.</summary>
public sealed class SimKeyLookupTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly PlanRecorder _plans = new();

    public SimKeyLookupTests() => _connection.Open();

    [Fact]
    public async Task ResolveAsync_BatchOfImsisAndMsisdns_IsOneQueryOnTheUniqueIndexes()
    {
        var sims = await SeedAsync(300);
        var keys = sims.Take(200).Select(s => new SimKey(SimKeyKind.Imsi, s.Imsi!))
            .Concat(sims.Skip(200).Select(s => new SimKey(SimKeyKind.Msisdn, s.Msisdn!)))
            .Append(new SimKey(SimKeyKind.Imsi, "001019999999999"))
            .ToList();
        _plans.Clear();

        await using var db = Context(_plans);
        var found = await SimKeyLookup.ResolveAsync(db, keys, CancellationToken.None);

        Assert.Equal(sims.Select(s => s.Iccid).Order(), keys.Where(found.ContainsKey).Select(k => found[k].Iccid).Order());
        Assert.False(found.ContainsKey(keys[^1]));
        var plan = Assert.Single(_plans.Plans);
        Assert.Contains("IX_Sims_Imsi", plan, StringComparison.Ordinal);
        Assert.Contains("IX_Sims_Msisdn", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN s", plan, StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();

    private async Task<List<Sim>> SeedAsync(int count)
    {
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
        var partner = new Partner("Lookup", EngineData.T0);
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        var sims = Enumerable.Range(0, count)
            .Select(i => new Sim(Iccid.Parse(EngineData.NewIccid()), partner.Id, EngineData.T0, $"00101{i:D10}", $"4479{i:D10}"))
            .ToList();
        db.Sims.AddRange(sims);
        await db.SaveChangesAsync();
        return sims;
    }

    private PortalDbContext Context(IInterceptor? interceptor = null)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new PortalDbContext(options.Options);
    }

    /// <summary>SQLite's plan of every query the code under test runs, with the parameters it ran with.</summary>
    private sealed class PlanRecorder : DbCommandInterceptor
    {
        private readonly List<string> _plans = [];

        public IReadOnlyList<string> Plans => _plans;

        public void Clear() => _plans.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            using var explain = command.Connection!.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var copy = explain.CreateParameter();
                copy.ParameterName = parameter.ParameterName;
                copy.Value = parameter.Value;
                explain.Parameters.Add(copy);
            }

            using var reader = explain.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }

            _plans.Add(string.Join('\n', lines));
            return ValueTask.FromResult(result);
        }
    }
}
