using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ImeiPortal.Data;
using ImeiPortal.Domain.Identifiers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>ImeiPortal load --url U --key K --email E --password P --db FILE [--seconds 60] [--clients 50] [--sims 500]</c>:
/// a bounded load on a running portal over loopback: <c>clients</c> API users listing, reading and ordering
/// on their own partner's SIMs while the network feed posts detections. Reports throughput, p50/p99 latency
/// and errors; a 5xx or a detection reported accepted but missing from the database fails the run.
/// </summary>
public static class LoadDriver
{
    public const string Command = "load";
    private const int FeedBatch = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Options(Uri Url, string Key, string Email, string Password, string Database, int Seconds = 60, int Clients = 50, int Sims = 500,
        DatabaseProvider Provider = DatabaseProvider.Sqlite)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            string Need(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");
            int Int(string name, int fallback, int max) =>
                values.TryGetValue(name, out var v) ? Math.Clamp(int.Parse(v, CultureInfo.InvariantCulture), 1, max) : fallback;
            var url = new Uri(Need("url"));
            if (!url.IsLoopback)
            {
                throw new ArgumentException("The load driver talks to loopback only.");
            }

            return new Options(url, Need("key"), Need("email"), Need("password"), Need("db"),
                Int("seconds", 60, 3600), Int("clients", 50, 500), Int("sims", 500, 10_000));
        }
    }

    public sealed record OperationStats(string Name, int Count, double P50Ms, double P99Ms);

    public sealed record Report(
        double Seconds, int Requests, double RequestsPerSecond, double P50Ms, double P99Ms, int ServerErrors, int TransportErrors,
        int Refused, IReadOnlyList<OperationStats> Operations, long DetectionsSent, long DetectionsAccepted, long DetectionsStored)
    {
        public long LostDetections => DetectionsAccepted - DetectionsStored;

        public bool MeetsTargets => ServerErrors == 0 && TransportErrors == 0 && LostDetections == 0;

        public override string ToString()
        {
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"{Requests} requests in {Seconds:F1} s: {RequestsPerSecond:F0}/s, p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms")
                .AppendLine(CultureInfo.InvariantCulture, $"5xx: {ServerErrors}, transport errors: {TransportErrors}, refused (4xx, e.g. 409 transitions): {Refused}");
            foreach (var op in Operations)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {op.Name,-10} {op.Count,8} calls  p50 {op.P50Ms,7:F1} ms  p99 {op.P99Ms,7:F1} ms");
            }

            return text.AppendLine(CultureInfo.InvariantCulture,
                $"detections: sent {DetectionsSent}, accepted {DetectionsAccepted}, stored {DetectionsStored}, lost {LostDetections}").ToString();
        }
    }

    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != Command)
        {
            return false;
        }

        try
        {
            var report = await RunAsync(Options.Parse(args.AsSpan(1)));
            Console.WriteLine(report);
            Environment.ExitCode = report.MeetsTargets ? 0 : 2;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync("load: " + ex.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }

    public static async Task<Report> RunAsync(Options options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + 4 };
        using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        var (partnerId, iccids) = await SetUpAsync(http, options, cancellationToken);

        var samples = new ConcurrentQueue<(string Op, double Ms)>();
        var counters = new Counters();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
        var watch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients).Select(c => Task.Run(() => ClientAsync(http, iccids, c, samples, counters, stop.Token), CancellationToken.None));
        var feed = Task.Run(() => FeedAsync(http, options.Key, iccids, samples, counters, stop.Token), CancellationToken.None);
        await Task.WhenAll([.. clients, feed]);
        var elapsed = watch.Elapsed.TotalSeconds;

        var all = samples.ToArray();
        var operations = all.GroupBy(s => s.Op).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Stats(g.Key, [.. g.Select(s => s.Ms)])).ToList();
        var overall = Stats("all", [.. all.Select(s => s.Ms)]);
        var stored = await StoredDetectionsAsync(options, partnerId, cancellationToken);
        return new Report(elapsed, all.Length, all.Length / elapsed, overall.P50Ms, overall.P99Ms, counters.ServerErrors, counters.TransportErrors,
            counters.Refused, operations, counters.DetectionsSent, counters.DetectionsAccepted, stored);
    }

    /// <summary>A partner of its own with active SIMs, so the counts of this run are not mixed with other data.</summary>
    private static async Task<(int PartnerId, string[] Iccids)> SetUpAsync(HttpClient http, Options options, CancellationToken cancellationToken)
    {
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = options.Email, password = options.Password }, cancellationToken);
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login as {options.Email} failed ({(int)login.StatusCode}).");
        }

        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var partner = await ReadAsync(await http.PostAsJsonAsync("/api/partners", new { name = "Load " + Guid.NewGuid().ToString("N")[..8] }, cancellationToken), cancellationToken);
        var partnerId = partner.GetProperty("id").GetInt32();
        var random = new Random(options.Sims);
        var iccids = Enumerable.Range(0, options.Sims).Select(_ => NewIccid(random)).Distinct(StringComparer.Ordinal).ToArray();
        await ReadAsync(await http.PostAsJsonAsync("/api/sims/bulk", iccids.Select(i => new { iccid = i, partnerId }), cancellationToken), cancellationToken);
        await Parallel.ForEachAsync(iccids, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (iccid, ct) =>
            await ReadAsync(await http.PostAsJsonAsync($"/api/sims/{iccid}/orders", new { type = "Activate" }, ct), ct));
        return (partnerId, iccids);
    }

    private static async Task ClientAsync(HttpClient http, string[] iccids, int client, ConcurrentQueue<(string, double)> samples, Counters counters, CancellationToken stop)
    {
        var random = new Random(client);
        while (!stop.IsCancellationRequested)
        {
            var iccid = iccids[random.Next(iccids.Length)];
            var pick = random.Next(100);
            var (op, request) = pick switch
            {
                < 45 => ("list", new HttpRequestMessage(HttpMethod.Get, $"/api/sims?page={random.Next(1, 5)}&pageSize=50&sort=-lastSeen")),
                < 75 => ("get", new HttpRequestMessage(HttpMethod.Get, $"/api/sims/{iccid}")),
                < 90 => ("orders", new HttpRequestMessage(HttpMethod.Get, $"/api/sims/{iccid}/orders")),
                _ => ("order", new HttpRequestMessage(HttpMethod.Post, $"/api/sims/{iccid}/orders")
                {
                    Content = JsonContent.Create(new { type = "ImeiStatus", imeiStatus = random.Next(2) == 0 ? "Armed" : "Neutral" }),
                }),
            };
            using (request)
            {
                await SendAsync(http, request, op, samples, counters, stop);
            }
        }
    }

    private static async Task FeedAsync(HttpClient http, string key, string[] iccids, ConcurrentQueue<(string, double)> samples, Counters counters, CancellationToken stop)
    {
        var random = new Random(42);
        var devices = iccids.Select(_ => NewImei(random)).ToArray();
        var round = 0;
        while (!stop.IsCancellationRequested)
        {
            round++;
            var batch = Enumerable.Range(0, FeedBatch).Select(i =>
            {
                var s = random.Next(iccids.Length);
                if (random.Next(50) == 0)
                {
                    devices[s] = NewImei(random);
                }

                return new { detectionId = $"load-{round}-{i}-{Guid.NewGuid():N}", iccid = iccids[s], imei = devices[s], observedAt = DateTime.UtcNow };
            }).ToArray();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/detections") { Content = JsonContent.Create(batch) };
            request.Headers.Add(FeedContract.NetworkKeyHeader, key);
            var body = await SendAsync(http, request, "feed", samples, counters, stop);
            Interlocked.Add(ref counters.DetectionsSent, batch.Length);
            if (body is { } result)
            {
                Interlocked.Add(ref counters.DetectionsAccepted, result.GetProperty("accepted").GetInt32());
            }
        }
    }

    /// <summary>Times one call; the run's end cancels only between calls, so every started call is counted whole.</summary>
    private static async Task<JsonElement?> SendAsync(HttpClient http, HttpRequestMessage request, string op, ConcurrentQueue<(string, double)> samples, Counters counters, CancellationToken stop)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, CancellationToken.None);
            var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
            samples.Enqueue((op, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                Interlocked.Increment(ref counters.ServerErrors);
                if (counters.ServerErrors <= 5)
                {
                    await Console.Error.WriteLineAsync($"{op}: {status} {text[..Math.Min(text.Length, 300)]}");
                }
            }
            else if (status >= 400)
            {
                Interlocked.Increment(ref counters.Refused);
            }

            return response.IsSuccessStatusCode && op == "feed" ? JsonDocument.Parse(text).RootElement.Clone() : null;
        }
        catch (HttpRequestException e)
        {
            Interlocked.Increment(ref counters.TransportErrors);
            if (stop.IsCancellationRequested || counters.TransportErrors <= 5)
            {
                await Console.Error.WriteLineAsync($"{op}: {e.Message}");
            }

            return null;
        }
    }

    /// <summary>Counted in the store itself, not through the app that claims to have kept them.</summary>
    /// <param name="options">Database: the SQLite file, or the PostgreSQL connection string.</param>
    private static async Task<long> StoredDetectionsAsync(Options options, int partnerId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = options.Provider == DatabaseProvider.PostgreSQL
            ? new NpgsqlConnection(options.Database)
            : new SqliteConnection($"Data Source={options.Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "Detections" d JOIN "Sims" s ON s."Id" = d."SimId" WHERE s."PartnerId" = @partner""";
        var partner = command.CreateParameter();
        partner.ParameterName = "partner";
        partner.Value = partnerId;
        command.Parameters.Add(partner);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? JsonDocument.Parse(text).RootElement.Clone()
                : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        }
    }

    private static OperationStats Stats(string name, double[] ms)
    {
        Array.Sort(ms);
        double At(double q) => ms.Length == 0 ? 0 : ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        return new OperationStats(name, ms.Length, At(0.50), At(0.99));
    }

#pragma warning disable CA5394 // Load data, not secrets: a seeded generator makes runs comparable.
    private static string NewIccid(Random random)
    {
        var body = "8949" + random.NextInt64(0, 100_000_000_000_000).ToString("D14", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    private static string NewImei(Random random)
    {
        var body = "35" + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture) + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }
#pragma warning restore CA5394

    private sealed class Counters
    {
        public int ServerErrors;
        public int TransportErrors;
        public int Refused;
        public long DetectionsSent;
        public long DetectionsAccepted;
    }
}
