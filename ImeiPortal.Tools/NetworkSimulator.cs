using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Tools;

/// <summary>
/// <c>ImeiPortal simulate --url http://localhost:5080 --key demo-network-key [--sims N] [--minutes M] [--email E --password P]</c>:
/// plays a network against a running portal so the demo has live detections: devices staying put, firmware
/// updates (IMEISV), swaps to the same model, thefts into another model (new TAC) and networks that report no
/// IMEI. It talks to loopback only and stops by itself.
/// </summary>
public static class NetworkSimulator
{
    public const string Command = "simulate";
    private const int MaxSims = 10_000;
    private const int MaxMinutes = 60;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs the simulator when the first argument asks for it; false means "start the portal as usual".</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != Command)
        {
            return false;
        }

        try
        {
            var options = Options.Parse(args.AsSpan(1));
            var summary = await RunAsync(options);
            Console.WriteLine(summary);
        }
        catch (Exception ex) when (ex is ArgumentException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync("simulate: " + ex.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }

    private static async Task<Summary> RunAsync(Options options)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        var devices = await LoadSimsAsync(http, options);
        if (devices.Count == 0)
        {
            throw new InvalidOperationException("The portal returned no SIMs to simulate.");
        }

        Console.WriteLine($"Simulating {devices.Count} SIMs for {options.Minutes} minute(s) against {options.Url}");
        var random = new Random(options.Seed);
        var summary = new Summary();
        var deadline = DateTime.UtcNow.AddMinutes(options.Minutes);
        var sent = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            var batch = new List<object>();
            foreach (var sim in devices)
            {
                if (random.NextDouble() < 0.3)
                {
                    batch.Add(sim.Next(random, summary, sent));
                }
            }

            // Networks redeliver: a few ids of the last round come again and must count as duplicates.
            foreach (var id in sent.Take(Math.Max(1, sent.Count / 100)))
            {
                var sim = devices[random.Next(devices.Count)];
                batch.Add(new { detectionId = id, iccid = sim.Iccid, imei = sim.Imei, observedAt = DateTime.UtcNow });
            }

            sent.Clear();
            foreach (var chunk in batch.Chunk(FeedContract.MaxItems))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/detections") { Content = JsonContent.Create(chunk) };
                request.Headers.Add(FeedContract.NetworkKeyHeader, options.Key);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<BatchResult>(Json);
                summary.Add(result!);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return summary;
    }

    private static async Task<List<SimulatedSim>> LoadSimsAsync(HttpClient http, Options options)
    {
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = options.Email, password = options.Password });
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login as {options.Email} failed ({(int)login.StatusCode}).");
        }

        var token = (await login.Content.ReadFromJsonAsync<Token>(Json))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var sims = new List<SimulatedSim>();
        for (var page = 1; sims.Count < options.Sims; page++)
        {
            var result = await http.GetFromJsonAsync<SimPage>($"/api/sims?status=Active&pageSize=500&page={page}", Json);
            if (result is null || result.Items.Count == 0)
            {
                break;
            }

            sims.AddRange(result.Items.Take(options.Sims - sims.Count).Select(s => new SimulatedSim(s.Iccid, s.Imei)));
        }

        http.DefaultRequestHeaders.Authorization = null;
        return sims;
    }

    private static string RandomImei(Random random, string? tac = null)
    {
        var body = (tac ?? Tacs[random.Next(Tacs.Length)]) + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    private static readonly string[] Tacs = ["35209900", "86123404", "35332811", "01234500"];

    private sealed class SimulatedSim(string iccid, string? imei)
    {
        public string Iccid { get; } = iccid;
        public string? Imei { get; private set; } = imei;

        public object Next(Random random, Summary summary, List<string> sent)
        {
            var roll = random.NextDouble();
            string? reported;
            if (Imei is null || roll < 0.01)
            {
                // First sighting, or a theft: the SIM lands in another model.
                var otherTacs = Tacs.Where(t => Imei is null || !Imei.StartsWith(t, StringComparison.Ordinal)).ToArray();
                Imei = RandomImei(random, otherTacs[random.Next(otherTacs.Length)]);
                reported = Imei;
                summary.Thefts++;
            }
            else if (roll < 0.03)
            {
                // Swap into another unit of the same model.
                Imei = RandomImei(random, Imei[..8]);
                reported = Imei;
                summary.Swaps++;
            }
            else if (roll < 0.08)
            {
                // Same device, new modem firmware: an IMEISV with another software version.
                reported = Imei[..14] + random.Next(0, 100).ToString("D2", CultureInfo.InvariantCulture);
                summary.Firmware++;
            }
            else if (roll < 0.13)
            {
                reported = random.Next(2) == 0 ? null : "000000000000000";
                summary.NotProvided++;
            }
            else
            {
                reported = Imei;
                summary.StayedPut++;
            }

            var id = Guid.NewGuid().ToString("N");
            sent.Add(id);
            return new { detectionId = id, iccid = Iccid, imei = reported, observedAt = DateTime.UtcNow };
        }
    }

    private sealed record Options(Uri Url, string Key, int Sims, double Minutes, string Email, string Password, int Seed)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Expected '--name value' but got '{args[i]}'.");
                }

                values[args[i][2..]] = args[++i];
            }

            var url = new Uri(values.GetValueOrDefault("url", "http://localhost:5080"));
            if (!url.IsLoopback)
            {
                // A load generator must never be pointed at someone else's server.
                throw new ArgumentException($"The simulator only talks to this machine (loopback), not {url.Host}.");
            }

            var sims = int.Parse(values.GetValueOrDefault("sims", "200"), CultureInfo.InvariantCulture);
            var minutes = double.Parse(values.GetValueOrDefault("minutes", "1"), CultureInfo.InvariantCulture);
            if (sims is < 1 or > MaxSims || minutes is <= 0 or > MaxMinutes)
            {
                throw new ArgumentException($"--sims must be 1..{MaxSims} and --minutes in (0, {MaxMinutes}].");
            }

            return new Options(url, values.GetValueOrDefault("key", "demo-network-key"), sims, minutes,
                values.GetValueOrDefault("email", "admin@demo.imeiportal.test"), values.GetValueOrDefault("password", "Demo!2026-portal"),
                int.Parse(values.GetValueOrDefault("seed", "2026"), CultureInfo.InvariantCulture));
        }
    }

    private sealed class Summary
    {
        public int StayedPut { get; set; }
        public int Firmware { get; set; }
        public int Swaps { get; set; }
        public int Thefts { get; set; }
        public int NotProvided { get; set; }
        public int Accepted { get; private set; }
        public int Duplicates { get; private set; }
        public int Rejected { get; private set; }

        public void Add(BatchResult result)
        {
            Accepted += result.Accepted;
            Duplicates += result.Duplicates;
            Rejected += result.Rejected.Count;
        }

        public override string ToString() =>
            $"Sent: {StayedPut} same device, {Firmware} firmware (IMEISV), {Swaps} same-model swaps, {Thefts} new-model devices (incl. first sightings), "
            + $"{NotProvided} without IMEI. Portal: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected.";
    }

    private sealed record Token(string AccessToken);

    private sealed record SimRow(string Iccid, string? Imei);

    private sealed record SimPage(List<SimRow> Items, int Total);

    private sealed record BatchResult(int Accepted, int Duplicates, List<JsonElement> Rejected);
}
