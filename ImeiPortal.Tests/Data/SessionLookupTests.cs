using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Tests.Features.Network;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Data;

/// <summary>
/// Every data session of the network asks authorize (FreeRADIUS in front, bench/radius), which reads the SIM through the
/// provider's session look-up, past EF: it must read what the SIM holds, by each of its numbers, on either provider.
/// </summary>
public sealed class SessionLookupTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private static readonly string LockImei = EngineData.NewImei("35209900");
    private static readonly string AllowedImei = EngineData.NewImei("35209900");

    [Fact]
    public async Task FindAsync_SimsOfEveryShape_ReadsTheirSessionStateByEachNumber()
    {
        var (policyCustomer, sims) = await AddSimsAsync();

        foreach (var sim in sims)
        {
            var expected = new SessionSubject(sim.SessionState,
                sim.CustomerId == policyCustomer ? ImeiNotProvidedPolicy.Accept : LockPolicy.Default.WhenImeiNotProvided);
            foreach (var key in KeysOf(sim))
            {
                Assert.Equal(expected, await FindAsync(key));
            }
        }
    }

    [Fact]
    public async Task FindAsync_UnknownNumbers_FindsNothing()
    {
        foreach (var key in new[] { new SimKey(SimKeyKind.Iccid, EngineData.NewIccid()), new SimKey(SimKeyKind.Imsi, NetworkSimKeyTests.NewImsi()),
                     new SimKey(SimKeyKind.Msisdn, NetworkSimKeyTests.NewMsisdn()) })
        {
            Assert.Null(await FindAsync(key));
        }
    }

    [Fact]
    public async Task FindAsync_ManyCallsAtOnce_EachReadsItsOwnSim()
    {
        var (_, sims) = await AddSimsAsync();
        var keys = sims.SelectMany(s => KeysOf(s).Select(k => (Sim: s, Key: k))).ToList();

        await Factory.AsSystemAsync(async sp =>
        {
            var lookup = sp.GetRequiredService<ISessionLookup>();
            var found = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            {
                var (sim, key) = keys[i % keys.Count];
                return (sim.SessionState, (await lookup.FindAsync(key, CancellationToken.None))?.State);
            })));
            Assert.All(found, f => Assert.Equal(f.SessionState, f.State));
            return 0;
        });
    }

    [SqliteOnlyFact("the look-up's own connections are SQLite's")]
    public async Task FindAsync_AfterCalls_LeavesNoReaderHoldingTheLog()
    {
        var (_, sims) = await AddSimsAsync();
        await FindAsync(new SimKey(SimKeyKind.Iccid, sims[0].Iccid));

        // An idle look-up connection in a read transaction would keep a truncating checkpoint from finishing (busy = 1).
        var busy = await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var checkpoint = db.Database.GetDbConnection().CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var result = await checkpoint.ExecuteReaderAsync();
            Assert.True(await result.ReadAsync());
            return result.GetInt64(0);
        });
        Assert.Equal(0, busy);
    }

    private static IEnumerable<SimKey> KeysOf(Sim sim) =>
        new[] { new SimKey(SimKeyKind.Iccid, sim.Iccid) }
            .Concat(sim.Imsi is { } imsi ? [new SimKey(SimKeyKind.Imsi, imsi)] : [])
            .Concat(sim.Msisdn is { } msisdn ? [new SimKey(SimKeyKind.Msisdn, msisdn)] : []);

    private Task<SessionSubject?> FindAsync(SimKey key) =>
        Factory.AsSystemAsync(async sp => await sp.GetRequiredService<ISessionLookup>().FindAsync(key, CancellationToken.None));

    /// <summary>
    /// A customer whose policy accepts sessions without an IMEI, and SIMs in the states a session is decided on: locked with
    /// allowed IMEIs, model scope and an open swap window of one model; barred by the lock; in stock without numbers.
    /// </summary>
    private async Task<(int PolicyCustomer, List<Sim> Sims)> AddSimsAsync() => await Factory.WithDbAsync(async db =>
    {
        var customer = new Customer(T.PartnerA.Id, "Session look-up " + Guid.NewGuid().ToString("N")[..6], null, DateTime.UtcNow);
        customer.ChangeLockPolicy(null, LockScope.Device, ImeiNotProvidedPolicy.Accept);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();

        // Whole seconds: PostgreSQL keeps microseconds, and the state read back must equal the one held here.
        var now = DateTime.UnixEpoch.AddSeconds(Math.Floor((DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds));
        var locked = new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, now, NetworkSimKeyTests.NewImsi(), NetworkSimKeyTests.NewMsisdn(), customerId: customer.Id);
        locked.Activate(enableImeiLock: true);
        locked.ApplyDetection(LockImei, now.AddMinutes(-10));
        locked.ChangeLockSettings([AllowedImei], LockScope.Model);
        locked.AuthorizeSwap(2, "35332110", "WO-1", now);

        var barred = new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, now, NetworkSimKeyTests.NewImsi(), customerId: T.CustomerA1.Id);
        barred.Activate(enableImeiLock: true);
        barred.ApplyDetection(LockImei, now.AddMinutes(-10));
        barred.Bar(byImeiLock: true);

        var stock = new Sim(Iccid.Parse(EngineData.NewIccid()), T.PartnerA.Id, now);

        List<Sim> sims = [locked, barred, stock];
        db.Sims.AddRange(sims);
        await db.SaveChangesAsync();
        return (customer.Id, sims);
    });
}
