using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Tests.Browser;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Radius;

/// <summary>
/// The portal, FreeRADIUS (scripts/radius, deploy/freeradius) in front of it, and three FreeRADIUS: one on the portal,
/// one on a portal that accepts connections but never answers (fallback reject, the default), one on a portal that is not
/// there at all (fallback accept).
/// </summary>
public sealed class FreeRadiusFixture : IAsyncLifetime, IDisposable
{
    private readonly TcpListener _silentPortal = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _silentConnections = [];
    private readonly CancellationTokenSource _stop = new();

    public RunningPortal Portal { get; } = new();

    public FreeRadiusServer Radius { get; private set; } = null!;

    public FreeRadiusServer SilentPortalRadius { get; private set; } = null!;

    public FreeRadiusServer StoppedPortalRadius { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public int PartnerId { get; private set; }

    public int CustomerId { get; private set; }

    public int AlarmId { get; private set; }

    public async Task InitializeAsync()
    {
        _silentPortal.Start();
        _ = AcceptSilentlyAsync(_stop.Token);
        var stoppedPortal = $"http://127.0.0.1:{FreeTcpPort()}";
        // The first start may install the packages; the others then only start.
        var portal = Portal.InitializeAsync();
        StoppedPortalRadius = await FreeRadiusServer.StartAsync(stoppedPortal, PortalFactory.NetworkKey, fallback: "accept");
        SilentPortalRadius = await FreeRadiusServer.StartAsync($"http://127.0.0.1:{((IPEndPoint)_silentPortal.LocalEndpoint).Port}", PortalFactory.NetworkKey);
        await portal;
        Radius = await FreeRadiusServer.StartAsync(Portal.BaseUrl, PortalFactory.NetworkKey);

        Api = await PortalApi.ClientAsAsync(Portal, "admin@demo.imeiportal.test");
        var customers = await Api.GetFromJsonAsync<JsonElement>("/api/customers?pageSize=1");
        var customer = customers.GetProperty("items")[0];
        (PartnerId, CustomerId) = (customer.GetProperty("partnerId").GetInt32(), customer.GetProperty("id").GetInt32());
        AlarmId = await PortalApi.CreateAlarmAsync(Api, new { type = "ImeiStatusChange", name = "RADIUS theft", customerId = CustomerId, action = "Notify", enabled = true });
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { Radius, SilentPortalRadius, StoppedPortalRadius })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        await _stop.CancelAsync();
        _silentPortal.Stop();
        lock (_silentConnections)
        {
            _silentConnections.ForEach(c => c.Dispose());
        }

        Api?.Dispose();
        await Portal.DisposeAsync();
    }

    public void Dispose()
    {
        _silentPortal.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptSilentlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var connection = await _silentPortal.AcceptSocketAsync(cancellationToken);
                lock (_silentConnections)
                {
                    _silentConnections.Add(connection);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The network's side for real: radclient sends what a packet gateway sends, FreeRADIUS asks the portal.</summary>
public sealed class FreeRadiusTests(FreeRadiusFixture fixture) : IClassFixture<FreeRadiusFixture>
{
    private const string Tac = "35209900";

    private static string NewImsi() => "00101" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture);

    private static string NewMsisdn() => "4479" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture);

    private static string NewIccid()
    {
        var body = "8944" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D10", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 10000).ToString("D4", CultureInfo.InvariantCulture) + "1";
        return body + Luhn.CheckDigit(body);
    }

    private static string NewImei()
    {
        var body = Tac + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    /// <summary>The IMEISV of <paramref name="imei"/>'s device with software version <paramref name="sv"/>, as 3GPP-IMEISV carries it.</summary>
    private static string Imeisv(string imei, string sv) => imei[..14] + sv;

    private static string EventTimestamp(DateTime at) => ((DateTimeOffset)at).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private sealed record Sim(string Iccid, string Imsi, string Msisdn);

    private async Task<Sim> ArmedSimAsync()
    {
        var sim = new Sim(NewIccid(), NewImsi(), NewMsisdn());
        var created = await fixture.Api.PostAsJsonAsync("/api/sims",
            new { iccid = sim.Iccid, imsi = sim.Imsi, msisdn = sim.Msisdn, partnerId = fixture.PartnerId, customerId = fixture.CustomerId });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var order = await fixture.Api.PostAsJsonAsync($"/api/sims/{sim.Iccid}/orders", new { type = "Activate", enableImeiLock = true });
        Assert.True(order.IsSuccessStatusCode, await order.Content.ReadAsStringAsync());
        await WaitForAsync(sim, s => s.GetProperty("imeiStatus").GetString() == "Armed");
        return sim;
    }

    private async Task<JsonElement> SimAsync(Sim sim) => await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/sims/{sim.Iccid}");

    private async Task<JsonElement> WaitForAsync(Sim sim, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var current = await SimAsync(sim);
            if (condition(current) || DateTime.UtcNow > deadline)
            {
                return current;
            }

            await Task.Delay(100);
        }
    }

    private async Task<RadiusAnswer> StartAsync(Sim sim, string imeisv, DateTime at, string? sessionId = null)
    {
        var answer = await fixture.Radius.AccountingRequestAsync(
            ("Acct-Status-Type", "Start"), ("Acct-Session-Id", sessionId ?? Guid.NewGuid().ToString("N")), ("3GPP-IMSI", sim.Imsi),
            ("3GPP-IMEISV", imeisv), ("Event-Timestamp", EventTimestamp(at)));
        Assert.True(answer.PacketType == "Accounting-Response", answer.Output + "\n" + fixture.Radius.Log);
        return answer;
    }

    private async Task<(Sim Sim, string Device)> LockedSimAsync()
    {
        var sim = await ArmedSimAsync();
        var device = NewImei();
        await StartAsync(sim, Imeisv(device, "01"), DateTime.UtcNow.AddMinutes(-30));
        return (sim, device);
    }

    [Fact]
    public async Task AccountingStart_ArmedSimWithImeisv_LocksToTheDevice()
    {
        var sim = await ArmedSimAsync();
        var device = NewImei();
        var seenAt = DateTime.UtcNow.AddMinutes(-10);

        await StartAsync(sim, Imeisv(device, "07"), seenAt);

        var locked = await SimAsync(sim);
        Assert.Equal(("Locked", device, device), (locked.GetProperty("imeiStatus").GetString(), locked.GetProperty("imeiLock").GetString(), locked.GetProperty("imei").GetString()));
        // Event-Timestamp became observedAt, to the second.
        Assert.Equal(seenAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), locked.GetProperty("imeiLastSeenAt").GetDateTime().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AccessRequest_SameDeviceOtherSoftwareVersion_IsAccepted()
    {
        var (sim, device) = await LockedSimAsync();

        var answer = await fixture.Radius.AccessRequestAsync(("User-Name", sim.Imsi), ("3GPP-IMSI", sim.Imsi), ("3GPP-IMEISV", Imeisv(device, "42")));

        Assert.Equal("Access-Accept", answer.PacketType);
        Assert.Equal($"The presented IMEI {device} matches the lock IMEI.", answer.ReplyMessage);
    }

    [Fact]
    public async Task AccessRequest_ByCallingStationIdWithBcdImeisv_IsDecidedLikeByImsi()
    {
        var (sim, device) = await LockedSimAsync();
        // The IMEISV's 16 digits BCD-coded, as some gateways copy it from GTP: each octet holds two digits, swapped.
        var digits = Imeisv(device, "03");
        var bcd = string.Concat(Enumerable.Range(0, 8).Select(i =>
            "\\" + Convert.ToString(((digits[(2 * i) + 1] - '0') << 4) | (digits[2 * i] - '0'), 8).PadLeft(3, '0')));

        var answer = await fixture.Radius.AccessRequestAsync(("Calling-Station-Id", "+" + sim.Msisdn), ("3GPP-IMEISV", bcd));

        Assert.Equal("Access-Accept", answer.PacketType);
    }

    [Fact]
    public async Task AccessRequest_OtherDevice_IsRejectedWithTheReason()
    {
        var (sim, device) = await LockedSimAsync();
        var other = NewImei();

        var answer = await fixture.Radius.AccessRequestAsync(("3GPP-IMSI", sim.Imsi), ("3GPP-IMEISV", Imeisv(other, "01")));

        Assert.Equal("Access-Reject", answer.PacketType);
        Assert.Equal($"The presented IMEI {other} does not match the lock IMEI {device}.", answer.ReplyMessage);
        Assert.Equal("Locked", (await SimAsync(sim)).GetProperty("imeiStatus").GetString());
    }

    [Fact]
    public async Task AccountingStart_OtherDevice_MovesTheSimToDifferedAndFiresTheAlarm()
    {
        var (sim, device) = await LockedSimAsync();
        var thief = NewImei();

        await StartAsync(sim, Imeisv(thief, "01"), DateTime.UtcNow.AddMinutes(-5));

        var differed = await SimAsync(sim);
        Assert.Equal(("Differed", device, thief), (differed.GetProperty("imeiStatus").GetString(), differed.GetProperty("imeiLock").GetString(), differed.GetProperty("imei").GetString()));
        var notifications = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/notifications?iccid={sim.Iccid}&alarmId={fixture.AlarmId}");
        var notification = Assert.Single(notifications.GetProperty("items").EnumerateArray());
        Assert.Equal((device, thief), (notification.GetProperty("previousImei").GetString(), notification.GetProperty("newImei").GetString()));
    }

    [Fact]
    public async Task AccessRequest_UnknownImsi_IsRejected()
    {
        var answer = await fixture.Radius.AccessRequestAsync(("3GPP-IMSI", NewImsi()), ("3GPP-IMEISV", Imeisv(NewImei(), "01")));

        Assert.Equal("Access-Reject", answer.PacketType);
        Assert.Equal("Unknown SIM: no SIM has this IMSI.", answer.ReplyMessage);
    }

    [Fact]
    public async Task AccountingInterimAndStop_OctetsWithGigawords_AreStoredAsUsage()
    {
        var (sim, _) = await LockedSimAsync();
        var session = Guid.NewGuid().ToString("N");
        var end = DateTime.UtcNow.AddMinutes(-1);

        foreach (var (status, input) in new[] { ("Interim-Update", "1000"), ("Stop", "2000") })
        {
            var answer = await fixture.Radius.AccountingRequestAsync(
                ("Acct-Status-Type", status), ("Acct-Session-Id", session), ("3GPP-IMSI", sim.Imsi), ("Acct-Session-Time", "600"),
                ("Acct-Input-Octets", input), ("Acct-Input-Gigawords", "1"), ("Acct-Output-Octets", "24"), ("Event-Timestamp", EventTimestamp(end)));
            Assert.True(answer.PacketType == "Accounting-Response", answer.Output);
        }

        var usage = await Task.Run(() => ReadUsage(sim.Iccid));
        Assert.Equal(
            [($"{session}-Interim-Update", 4_294_967_296L + 1000 + 24), ($"{session}-Stop", 4_294_967_296L + 2000 + 24)],
            usage.Select(u => (u.RecordId, u.Bytes)).Order());
        Assert.All(usage, u => Assert.Equal(TimeSpan.FromSeconds(600), u.End - u.Start));
    }

    [Fact]
    public async Task AccessRequest_PortalDoesNotAnswerInTime_IsRejectedByTheDefaultFallbackAndLogged()
    {
        var answer = await fixture.SilentPortalRadius.AccessRequestAsync(("3GPP-IMSI", NewImsi()), ("3GPP-IMEISV", Imeisv(NewImei(), "01")));

        Assert.Equal("Access-Reject", answer.PacketType);
        Assert.Contains("rejected by fallback", answer.ReplyMessage, StringComparison.Ordinal);
        Assert.Contains("portal did not answer within 1.0 s: fallback reject", fixture.SilentPortalRadius.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessRequest_PortalStopped_IsAcceptedWhenTheFallbackIsAccept()
    {
        var answer = await fixture.StoppedPortalRadius.AccessRequestAsync(("3GPP-IMSI", NewImsi()), ("3GPP-IMEISV", Imeisv(NewImei(), "01")));

        Assert.Equal("Access-Accept", answer.PacketType);
        Assert.Contains("accepted by fallback", answer.ReplyMessage, StringComparison.Ordinal);
        Assert.Contains("fallback accept", fixture.StoppedPortalRadius.Log, StringComparison.Ordinal);
    }

    private List<(string RecordId, long Bytes, DateTime Start, DateTime End)> ReadUsage(string iccid)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.Portal.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "RecordId", "Bytes", "Start", "End" FROM "UsageRecords" WHERE "Iccid" = $iccid""";
        command.Parameters.AddWithValue("$iccid", iccid);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, DateTime, DateTime)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDateTime(2), reader.GetDateTime(3)));
        }

        return rows;
    }
}
