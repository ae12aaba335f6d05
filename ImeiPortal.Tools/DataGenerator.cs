using System.Diagnostics;
using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>generate --db path [--sims 1000000]</c>: fills a migrated SQLite database with a realistic fleet for
/// benchmarks and demos. The bulk tables are written with prepared SQLite inserts in large transactions
/// (the SQLite-specific seam: EF change tracking would take many minutes for a million rows); the few
/// tenants and alarms go through EF so they match the model exactly.
/// </summary>
public static class DataGenerator
{
    public const int Partners = 10;
    public const int CustomersPerPartner = 20;

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";
    private const int BatchRows = 100_000;

    private static readonly string[] Networks = ["Vodafone UK", "EE", "O2 DE", "Telekom DE", "Orange FR", "KPN NL"];
    private static readonly string[] TagPool = ["fleet", "meters", "trackers", "pos", "cold-chain", "emea", "apac", "pilot"];
    private static readonly string[] Tacs = ["35693803", "35332110", "86920104", "35875609", "01326300", "35209900"];

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
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.Database));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Database, Pooling = false }.ToString();
        var dbOptions = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connectionString).Options;
        var now = DateTime.UtcNow;
        List<(int Id, int PartnerId)> customers;
        List<int> alarms;
        await using (var db = new PortalDbContext(dbOptions))
        {
            await db.Database.MigrateAsync();
            if (await db.Sims.AnyAsync())
            {
                throw new InvalidOperationException($"{options.Database} already holds SIMs; generate into a new file.");
            }

            (customers, alarms) = await CreateTenantsAsync(db, now);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // A generated file is rebuilt, not recovered: no journal while loading, WAL (what the app uses) after.
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;");
        var random = new Random(options.Seed);
        var sims = InsertSims(connection, options.Sims, customers, random, now);
        log.WriteLine($"{options.Sims:N0} SIMs in {clock.Elapsed.TotalSeconds:F1} s");
        InsertDetections(connection, sims, options.Detections, random, now);
        log.WriteLine($"{options.Detections:N0} detections in {clock.Elapsed.TotalSeconds:F1} s");
        InsertUsage(connection, sims, options.Usage, random, now);
        log.WriteLine($"{options.Usage:N0} usage records in {clock.Elapsed.TotalSeconds:F1} s");
        var notifications = InsertNotifications(connection, sims, alarms, now);
        log.WriteLine($"{notifications:N0} notifications in {clock.Elapsed.TotalSeconds:F1} s");
        InsertJournal(connection, sims, options.Journal, random, now);
        log.WriteLine($"{options.Journal:N0} journal rows in {clock.Elapsed.TotalSeconds:F1} s");
        Execute(connection, "ANALYZE; PRAGMA journal_mode=WAL;");
        log.WriteLine($"done: {options.Database} in {clock.Elapsed.TotalSeconds:F1} s");
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

    private static List<GeneratedSim> InsertSims(SqliteConnection connection, int count, List<(int Id, int PartnerId)> customers, Random random, DateTime now)
    {
        var sims = new List<GeneratedSim>(count);
        using var insert = Prepare(connection,
            "INSERT INTO Sims (Id, Iccid, Imsi, Msisdn, Network, PartnerId, CustomerId, Status, Imei, ImeiLock, ImeiStatus, ImeiLastSeenAt, " +
            "FirstImeiAfterTrigger, LastObservedAt, TacChanged, FrequentImeiChanges, RecentImeiChanges, BarredByImeiLock, CreatedAt, Version) " +
            "VALUES ($id, $iccid, $imsi, $msisdn, $network, $partner, $customer, $status, $imei, $lock, $imeiStatus, $seen, $first, $seen, $tac, $frequent, '', $barredByLock, $created, 1)",
            "$id", "$iccid", "$imsi", "$msisdn", "$network", "$partner", "$customer", "$status", "$imei", "$lock", "$imeiStatus", "$seen",
            "$first", "$tac", "$frequent", "$barredByLock", "$created");
        var p = insert.Parameters;
        InBatches(connection, insert, count, i =>
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
            p[0].Value = id;
            p[1].Value = iccid;
            p[2].Value = "23415" + id.ToString("D10", CultureInfo.InvariantCulture);
            p[3].Value = "447" + id.ToString("D10", CultureInfo.InvariantCulture);
            p[4].Value = Networks[random.Next(Networks.Length)];
            p[5].Value = partnerId;
            p[6].Value = (object?)customerId ?? DBNull.Value;
            p[7].Value = (int)status;
            p[8].Value = (object?)imei ?? DBNull.Value;
            p[9].Value = (object?)lockImei ?? DBNull.Value;
            p[10].Value = (int)imeiStatus;
            p[11].Value = seen is { } s ? s.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;
            p[12].Value = imeiStatus == ImeiStatus.Differed ? imei : DBNull.Value;
            p[13].Value = imeiStatus == ImeiStatus.Differed && random.Next(3) == 0;
            p[14].Value = imeiStatus == ImeiStatus.Differed && random.Next(5) == 0;
            p[15].Value = status == SimStatus.Barred && imeiStatus == ImeiStatus.Differed;
            p[16].Value = now.AddDays(-400 + (i % 300)).ToString(DateFormat, CultureInfo.InvariantCulture);
            sims.Add(new GeneratedSim(id, iccid, partnerId, customerId, imeiStatus, imei, lockImei));
        });
        return sims;
    }

    private static void InsertDetections(SqliteConnection connection, List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        using var insert = Prepare(connection,
            "INSERT INTO Detections (Id, PreviousId, DetectionId, SimId, Iccid, Imei, ObservedAt, ReceivedAt, Result) "
            + "VALUES ($row, $previous, $id, $sim, $iccid, $imei, $at, $at, $result)",
            "$row", "$previous", "$id", "$sim", "$iccid", "$imei", "$at", "$result");
        var p = insert.Parameters;
        // Each SIM's history is a chain (Detection.PreviousId, Sims.LastDetectionId), linked as the feed links it.
        var heads = new long?[sims.Count];
        InBatches(connection, insert, count, i =>
        {
            var index = random.Next(sims.Count);
            var sim = sims[index];
            long row = i + 1;
            p[0].Value = row;
            p[1].Value = (object?)heads[index] ?? DBNull.Value;
            p[2].Value = "gen-" + i.ToString(CultureInfo.InvariantCulture);
            p[3].Value = sim.Id;
            p[4].Value = sim.Iccid;
            p[5].Value = (object?)sim.Imei ?? DBNull.Value;
            p[6].Value = now.AddSeconds(-random.Next(60 * 24 * 3600)).ToString(DateFormat, CultureInfo.InvariantCulture);
            p[7].Value = sim.Imei is null ? (int)DetectionResult.NotProvided : (int)DetectionResult.Applied;
            heads[index] = row;
        });
        Execute(connection, "UPDATE Sims SET LastDetectionId = h.Head FROM (SELECT SimId, MAX(Id) AS Head FROM Detections GROUP BY SimId) AS h WHERE Sims.Id = h.SimId;");
    }

    private static void InsertUsage(SqliteConnection connection, List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        using var insert = Prepare(connection,
            "INSERT INTO UsageRecords (RecordId, SimId, Iccid, Start, End, Bytes, ReceivedAt) VALUES ($id, $sim, $iccid, $start, $end, $bytes, $end)",
            "$id", "$sim", "$iccid", "$start", "$end", "$bytes");
        var p = insert.Parameters;
        InBatches(connection, insert, count, i =>
        {
            var sim = sims[random.Next(sims.Count)];
            var start = now.AddHours(-random.Next(24 * 90));
            p[0].Value = "usage-" + i.ToString(CultureInfo.InvariantCulture);
            p[1].Value = sim.Id;
            p[2].Value = sim.Iccid;
            p[3].Value = start.ToString(DateFormat, CultureInfo.InvariantCulture);
            p[4].Value = start.AddHours(1).ToString(DateFormat, CultureInfo.InvariantCulture);
            p[5].Value = (long)random.Next(1, 50_000_000);
        });
    }

    /// <summary>One notification per SIM in Differed: the alarm that put it there.</summary>
    private static int InsertNotifications(SqliteConnection connection, List<GeneratedSim> sims, List<int> alarms, DateTime now)
    {
        var differed = sims.Where(s => s.ImeiStatus == ImeiStatus.Differed).ToList();
        using var insert = Prepare(connection,
            "INSERT INTO Notifications (AlarmId, PartnerId, CustomerId, SimId, Iccid, CreatedAt, Kind, Message, PreviousImei, NewImei, ImeiLock, TacChanged, RiskReasons) " +
            "VALUES ($alarm, $partner, $customer, $sim, $iccid, $at, 0, $message, $lock, $imei, $lock, 0, '')",
            "$alarm", "$partner", "$customer", "$sim", "$iccid", "$at", "$message", "$lock", "$imei");
        var p = insert.Parameters;
        InBatches(connection, insert, differed.Count, i =>
        {
            var sim = differed[i];
            p[0].Value = alarms[(sim.PartnerId - 1) % alarms.Count];
            p[1].Value = sim.PartnerId;
            p[2].Value = (object?)sim.CustomerId ?? DBNull.Value;
            p[3].Value = sim.Id;
            p[4].Value = sim.Iccid;
            p[5].Value = now.AddMinutes(-i).ToString(DateFormat, CultureInfo.InvariantCulture);
            p[6].Value = $"SIM {sim.Iccid} was seen in device {sim.Imei}, locked to {sim.Lock}.";
            p[7].Value = (object?)sim.Lock ?? DBNull.Value;
            p[8].Value = (object?)sim.Imei ?? DBNull.Value;
        });
        return differed.Count;
    }

    private static void InsertJournal(SqliteConnection connection, List<GeneratedSim> sims, int count, Random random, DateTime now)
    {
        using var insert = Prepare(connection,
            "INSERT INTO Journal (At, UserId, UserEmail, Action, Entity, EntityId, Before, After, PartnerId, CustomerId) " +
            "VALUES ($at, 'system:generator', 'generator', 'Updated', 'Sim', $entity, $before, $after, $partner, $customer)",
            "$at", "$entity", "$before", "$after", "$partner", "$customer");
        var p = insert.Parameters;
        InBatches(connection, insert, count, i =>
        {
            var sim = sims[random.Next(sims.Count)];
            p[0].Value = now.AddSeconds(-i * 7L).ToString(DateFormat, CultureInfo.InvariantCulture);
            p[1].Value = sim.Iccid;
            p[2].Value = "{\"ImeiStatus\":\"Neutral\"}";
            p[3].Value = $"{{\"ImeiStatus\":\"{sim.ImeiStatus}\"}}";
            p[4].Value = sim.PartnerId;
            p[5].Value = (object?)sim.CustomerId ?? DBNull.Value;
        });
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

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void InBatches(SqliteConnection connection, SqliteCommand insert, int count, Action<int> bind)
    {
        for (var start = 0; start < count; start += BatchRows)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            var end = Math.Min(count, start + BatchRows);
            for (var i = start; i < end; i++)
            {
                bind(i);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public sealed record Options(string Database, int Sims, int Detections, int Usage, int Journal, int Seed)
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

            var database = Value("--db") ?? throw new ArgumentException("generate --db <path> [--sims N] [--detections N] [--usage N] [--journal N] [--seed N]");
            var sims = Number("--sims", 1_000_000);
            return new Options(database, sims, Number("--detections", sims / 2), Number("--usage", sims / 2),
                Number("--journal", Math.Max(100, sims / 20)), Number("--seed", 42));
        }
    }
}
