using System.Diagnostics;
using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>generate --db path | --postgres "connection string" [--sims 1000000]</c>: fills a migrated, empty store with a
/// realistic fleet for benchmarks and demos. The few tenants and alarms go through EF so they match the model exactly;
/// the bulk tables are rows made here and written by the provider's bulk path (<see cref="IFleetWriter"/>: prepared
/// SQLite inserts in large transactions, PostgreSQL's binary COPY), since EF change tracking would take many minutes
/// for a million rows. The same seed makes the same fleet on both.
/// </summary>
public static class DataGenerator
{
    public const int Partners = 10;
    public const int CustomersPerPartner = 20;

    private static readonly string[] Networks = ["Vodafone UK", "EE", "O2 DE", "Telekom DE", "Orange FR", "KPN NL"];
    private static readonly string[] TagPool = ["fleet", "meters", "trackers", "pos", "cold-chain", "emea", "apac", "pilot"];
    private static readonly string[] Tacs = ["35693803", "35332110", "86920104", "35875609", "01326300", "35209900"];

    private static readonly string[] SimColumns =
    [
        "Id", "Iccid", "Imsi", "Msisdn", "Network", "PartnerId", "CustomerId", "Status", "Imei", "ImeiLock", "ImeiStatus", "ImeiLastSeenAt",
        "FirstImeiAfterTrigger", "LastObservedAt", "TacChanged", "FrequentImeiChanges", "RecentImeiChanges", "BarredByImeiLock", "CreatedAt", "Version",
        "LastDetectionId",
    ];

    private static readonly string[] DetectionColumns = ["Id", "PreviousId", "DetectionId", "SimId", "Iccid", "Imei", "ObservedAt", "ReceivedAt", "Result"];

    private static readonly string[] UsageColumns = ["RecordId", "SimId", "Iccid", "Start", "End", "Bytes", "ReceivedAt"];

    private static readonly string[] NotificationColumns =
    [
        "AlarmId", "PartnerId", "CustomerId", "SimId", "Iccid", "CreatedAt", "Kind", "Message", "PreviousImei", "NewImei", "ImeiLock", "TacChanged", "RiskReasons",
    ];

    private static readonly string[] JournalColumns = ["At", "UserId", "UserEmail", "Action", "Entity", "EntityId", "Before", "After", "PartnerId", "CustomerId"];

    /// <summary>Runs the generator when the first argument is <c>generate</c>; false lets the app start as usual.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate")
        {
            return false;
        }

        var options = Options.Parse(args);
        await GenerateAsync(options, Console.Out);
        return true;
    }

    public static async Task GenerateAsync(Options options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        await using IFleetWriter writer = options.Provider == DatabaseProvider.PostgreSQL
            ? new PostgreSqlFleetWriter(options.Target)
            : new SqliteFleetWriter(options.Target);
        var now = DateTime.UtcNow;
        List<(int Id, int PartnerId)> customers;
        List<int> alarms;
        await using (var db = writer.CreateContext())
        {
            await db.Database.MigrateAsync();
            if (await db.Sims.AnyAsync())
            {
                throw new InvalidOperationException($"{writer.Name} already holds SIMs; generate into a new store.");
            }

            (customers, alarms) = await CreateTenantsAsync(db, now);
        }

        await writer.OpenAsync(now);
        var random = new Random(options.Seed);
        var sims = new List<GeneratedSim>(options.Sims);
        // The detections draw from a generator of their own, once to learn each SIM's newest detection (written with the
        // SIM, as the feed keeps it: no UPDATE of every SIM afterwards) and once more, identically, to write them.
        var detectionSeed = options.Seed + 1;
        var heads = DetectionHeads(options.Sims, options.Detections, new Random(detectionSeed));
        await writer.WriteAsync("Sims", SimColumns, SimRows(sims, heads, options.Sims, customers, random, now));
        log.WriteLine($"{options.Sims:N0} SIMs in {clock.Elapsed.TotalSeconds:F1} s");
        await writer.WriteAsync("Detections", DetectionColumns, DetectionRows(sims, options.Detections, new Random(detectionSeed), now));
        log.WriteLine($"{options.Detections:N0} detections in {clock.Elapsed.TotalSeconds:F1} s");
        await writer.WriteAsync("UsageRecords", UsageColumns, UsageRows(sims, options.Usage, random, now));
        log.WriteLine($"{options.Usage:N0} usage records in {clock.Elapsed.TotalSeconds:F1} s");
        var differed = sims.Where(s => s.ImeiStatus == ImeiStatus.Differed).ToList();
        await writer.WriteAsync("Notifications", NotificationColumns, NotificationRows(differed, alarms, now));
        log.WriteLine($"{differed.Count:N0} notifications in {clock.Elapsed.TotalSeconds:F1} s");
        await writer.WriteAsync("Journal", JournalColumns, JournalRows(sims, options.Journal, random, now));
        log.WriteLine($"{options.Journal:N0} journal rows in {clock.Elapsed.TotalSeconds:F1} s");
        await writer.FinishAsync();
        log.WriteLine($"done: {writer.Name} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<(List<(int, int)> Customers, List<int> Alarms)> CreateTenantsAsync(PortalDbContext db, DateTime now)
    {
        var partners = Enumerable.Range(1, Partners).Select(p => new Partner($"Bench Partner {p:D2}", now)).ToList();
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync();
        var customers = new List<Customer>();
        foreach (var partner in partners)
        {
            for (var c = 1; c <= CustomersPerPartner; c++)
            {
                var tags = new[] { TagPool[c % TagPool.Length], TagPool[(c * 3 + partner.Id) % TagPool.Length] };
                customers.Add(new Customer(partner.Id, $"Customer {partner.Id:D2}-{c:D2}", tags, now));
            }
        }

        db.Customers.AddRange(customers);
        var alarms = partners.Select(p => new Alarm(p.Id, AlarmType.ImeiStatusChange, "IMEI change", now) { Enabled = true }).ToList();
        db.Alarms.AddRange(alarms);
        await db.SaveChangesAsync();
        return (customers.ConvertAll(c => (c.Id, c.PartnerId)), alarms.ConvertAll(a => a.Id));
    }

    private readonly record struct GeneratedSim(long Id, string Iccid, int PartnerId, int? CustomerId, ImeiStatus ImeiStatus, string? Imei, string? Lock);

    /// <summary>The SIMs' rows; each is added to <paramref name="sims"/> as it is made (the later tables refer to them).</summary>
    private static IEnumerable<object?[]> SimRows(List<GeneratedSim> sims, long?[] heads, int count, List<(int Id, int PartnerId)> customers, Random random, DateTime now)
    {
        for (var i = 0; i < count; i++)
        {
            var id = (long)i + 1;
            var iccid = WithCheckDigit("894400" + id.ToString("D12", CultureInfo.InvariantCulture));
            var customerIndex = random.Next(customers.Count);
            // One SIM in ten is still in the partner's stock: no customer, never used.
            var inventory = random.Next(10) == 0;
            var (customerId, partnerId) = inventory ? ((int?)null, customers[customerIndex].PartnerId) : (customers[customerIndex].Id, customers[customerIndex].PartnerId);
            var status = inventory ? SimStatus.Inventory : PickStatus(random.Next(100));
            var imeiStatus = inventory ? ImeiStatus.Neutral : PickImeiStatus(random.Next(100));
            var imei = inventory ? null : NewImei(random);
            var lockImei = imeiStatus switch
            {
                ImeiStatus.Locked or ImeiStatus.Pairing => imei,
                ImeiStatus.Differed => NewImei(random),
                _ => null,
            };
            var seen = inventory ? (DateTime?)null : now.AddSeconds(-random.Next(60 * 24 * 3600));
            var network = Networks[random.Next(Networks.Length)];
            var differed = imeiStatus == ImeiStatus.Differed;
            var tacChanged = differed && random.Next(3) == 0;
            var frequent = differed && random.Next(5) == 0;
            sims.Add(new GeneratedSim(id, iccid, partnerId, customerId, imeiStatus, imei, lockImei));
            yield return
            [
                id, iccid, "23415" + id.ToString("D10", CultureInfo.InvariantCulture), "447" + id.ToString("D10", CultureInfo.InvariantCulture),
                network, partnerId, customerId, (int)status, imei, lockImei, (int)imeiStatus, seen,
                differed ? imei : null, seen, tacChanged, frequent, "", status == SimStatus.Barred && differed,
                now.AddDays(-400 + (i % 300)), 1, heads[i],
            ];
        }
    }

    /// <summary>Each SIM's newest detection id, from the same draws <see cref="DetectionRows"/> makes.</summary>
    private static long?[] DetectionHeads(int simCount, int count, Random random)
    {
        var heads = new long?[simCount];
        for (var i = 0; i < count; i++)
        {
            heads[DrawDetection(random, simCount).SimIndex] = i + 1;
        }

        return heads;
    }

    private static IEnumerable<object?[]> DetectionRows(List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        // Each SIM's history is a chain (Detection.PreviousId, Sims.LastDetectionId), linked as the feed links it.
        var heads = new long?[sims.Count];
        for (var i = 0; i < count; i++)
        {
            var (index, secondsAgo) = DrawDetection(random, sims.Count);
            var sim = sims[index];
            long row = i + 1;
            var at = now.AddSeconds(-secondsAgo);
            yield return
            [
                row, heads[index], "gen-" + i.ToString(CultureInfo.InvariantCulture), sim.Id, sim.Iccid, sim.Imei, at, at,
                sim.Imei is null ? (int)DetectionResult.NotProvided : (int)DetectionResult.Applied,
            ];
            heads[index] = row;
        }
    }

    /// <summary>A detection's random choices: which SIM, and how long ago (within 60 days).</summary>
    private static (int SimIndex, int SecondsAgo) DrawDetection(Random random, int simCount) =>
        (random.Next(simCount), random.Next(60 * 24 * 3600));

    private static IEnumerable<object?[]> UsageRows(List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        for (var i = 0; i < count; i++)
        {
            var sim = sims[random.Next(sims.Count)];
            var start = now.AddHours(-random.Next(24 * 90));
            yield return ["usage-" + i.ToString(CultureInfo.InvariantCulture), sim.Id, sim.Iccid, start, start.AddHours(1), (long)random.Next(1, 50_000_000), start.AddHours(1)];
        }
    }

    /// <summary>One notification per SIM in Differed: the alarm that put it there.</summary>
    private static IEnumerable<object?[]> NotificationRows(List<GeneratedSim> differed, List<int> alarms, DateTime now)
    {
        for (var i = 0; i < differed.Count; i++)
        {
            var sim = differed[i];
            yield return
            [
                alarms[(sim.PartnerId - 1) % alarms.Count], sim.PartnerId, sim.CustomerId, sim.Id, sim.Iccid, now.AddMinutes(-i), 0,
                $"SIM {sim.Iccid} was seen in device {sim.Imei}, locked to {sim.Lock}.", sim.Lock, sim.Imei, sim.Lock, false, "",
            ];
        }
    }

    private static IEnumerable<object?[]> JournalRows(List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        for (var i = 0; i < count; i++)
        {
            var sim = sims[random.Next(sims.Count)];
            yield return
            [
                now.AddSeconds(-i * 7L), "system:generator", "generator", "Updated", "Sim", sim.Iccid, "{\"ImeiStatus\":\"Neutral\"}",
                $"{{\"ImeiStatus\":\"{sim.ImeiStatus}\"}}", sim.PartnerId, sim.CustomerId,
            ];
        }
    }

    private static SimStatus PickStatus(int percent) => percent switch
    {
        < 85 => SimStatus.Active,
        < 90 => SimStatus.Suspended,
        < 92 => SimStatus.Barred,
        _ => SimStatus.Deactivated,
    };

    /// <summary>Most fleets leave the lock off; of those that use it most SIMs are locked and about 2 % differ.</summary>
    private static ImeiStatus PickImeiStatus(int percent) => percent switch
    {
        < 55 => ImeiStatus.Neutral,
        < 65 => ImeiStatus.Armed,
        < 95 => ImeiStatus.Locked,
        < 97 => ImeiStatus.Differed,
        _ => ImeiStatus.Pairing,
    };

    private static string NewImei(Random random) =>
        WithCheckDigit(Tacs[random.Next(Tacs.Length)] + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture));

    private static string WithCheckDigit(string digits) => digits + Luhn.CheckDigit(digits);

    /// <param name="Target">The SQLite file (<c>--db</c>) or the PostgreSQL connection string (<c>--postgres</c>).</param>
    public sealed record Options(DatabaseProvider Provider, string Target, int Sims, int Detections, int Usage, int Journal, int Seed)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name)
            {
                var index = Array.IndexOf(args, name);
                return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
            }

            int Number(string name, int fallback) =>
                Value(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

            var (provider, target) = (Value("--db"), Value("--postgres")) switch
            {
                ({ } file, null) => (DatabaseProvider.Sqlite, file),
                (null, { } connectionString) => (DatabaseProvider.PostgreSQL, connectionString),
                _ => throw new ArgumentException(
                    "generate --db <path> | --postgres <connection string> [--sims N] [--detections N] [--usage N] [--journal N] [--seed N]"),
            };
            var sims = Number("--sims", 1_000_000);
            return new Options(provider, target, sims, Number("--detections", sims / 2), Number("--usage", sims / 2),
                Number("--journal", Math.Max(100, sims / 20)), Number("--seed", 42));
        }
    }
}
