using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ImeiPortal.Data.Changes;
using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The change hub of an instance on PostgreSQL: changes go to this instance's subscribers at once, as on SQLite, and to
/// every other instance on the database through <c>NOTIFY</c>; what the others notify comes in through <c>LISTEN</c> and
/// goes to this instance's subscribers. So a page open on one instance sees a theft fed through another, and a worker
/// wakes for an order another instance placed.
/// </summary>
/// <remarks>
/// Best effort, like the hub itself: subscribers re-read what they show, and workers also poll, so a notification lost
/// while the listening connection reconnects costs a late refresh, never a wrong state. Publishing never waits for the
/// database: changes queue in a bounded buffer (the oldest dropped under pressure) that a sender drains in batches.
/// "Last seen" updates the feed writes only while some page of its own instance watches SIMs (<see cref="IsWatched{T}"/>
/// is this instance's), so other instances' lists pick those up at their next refresh.
/// </remarks>
public sealed partial class PostgreSqlChangeRelay(ChangeHub local, PortalInstance instance, NpgsqlDataSource dataSource,
    ILogger<PostgreSqlChangeRelay> logger) : BackgroundService, IChangeHub
{
    /// <summary>The notification channel (per database: NOTIFY never crosses databases).</summary>
    public const string Channel = "imeiportal_changes";

    // PostgreSQL refuses payloads of 8,000 bytes or more; stay clear of it with the envelope around the changes.
    private const int MaxPayloadBytes = 7_000;

    private const int Buffer = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<PortalChange> _outgoing = System.Threading.Channels.Channel.CreateBounded<PortalChange>(
        new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Publish(IReadOnlyCollection<PortalChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        local.Publish(changes);
        foreach (var change in changes)
        {
            _outgoing.Writer.TryWrite(change);
        }
    }

    public bool IsWatched<T>()
        where T : PortalChange => local.IsWatched<T>();

    public IDisposable Subscribe<T>(Func<T, bool> filter, Func<IReadOnlyList<T>, Task> handler)
        where T : PortalChange => local.Subscribe(filter, handler);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            KeepRunningAsync("sending", SendAsync, stoppingToken),
            KeepRunningAsync("listening", ListenAsync, stoppingToken));

    /// <summary>The changes as NOTIFY payloads, each under PostgreSQL's limit; a change too large for one is left out.</summary>
    internal static IEnumerable<string> Payloads(string from, IEnumerable<PortalChange> changes)
    {
        var open = $"{{\"from\":{JsonSerializer.Serialize(from, Json)},\"changes\":[";
        var openBytes = Encoding.UTF8.GetByteCount(open) + 2; // with the closing "]}"
        var payload = new StringBuilder(open);
        var (count, bytes) = (0, openBytes);
        foreach (var change in changes)
        {
            var json = JsonSerializer.Serialize(change, Json);
            var size = Encoding.UTF8.GetByteCount(json);
            if (openBytes + size > MaxPayloadBytes)
            {
                continue;
            }

            if (count > 0 && bytes + 1 + size > MaxPayloadBytes)
            {
                yield return payload.Append("]}").ToString();
                payload.Clear().Append(open);
                (count, bytes) = (0, openBytes);
            }

            payload.Append(count++ == 0 ? "" : ",").Append(json);
            bytes += size + (count > 1 ? 1 : 0);
        }

        if (count > 0)
        {
            yield return payload.Append("]}").ToString();
        }
    }

    /// <summary>A payload's changes, unless this instance sent it (its own subscribers had them at once) or it is not ours.</summary>
    internal static IReadOnlyList<PortalChange> Read(string self, string payload)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
            return envelope is null || envelope.From == self ? [] : [.. envelope.Changes.OfType<PortalChange>()];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        var reader = _outgoing.Reader;
        var pending = new List<PortalChange>();
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            while (pending.Count < Buffer && reader.TryRead(out var change))
            {
                pending.Add(change);
            }

            await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var payload in Payloads(instance.Id, pending.Distinct()))
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
                {
                    Parameters = { new NpgsqlParameter { Value = Channel }, new NpgsqlParameter { Value = payload } },
                });
            }

            pending.Clear();
            await batch.ExecuteNonQueryAsync(stoppingToken);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // A connection of its own, kept open: LISTEN belongs to the session, so a pooled connection would lose it.
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (e.Channel == Channel && Read(instance.Id, e.Payload) is { Count: > 0 } changes)
            {
                local.Publish(changes);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        LogListening(Channel);
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private Task KeepRunningAsync(string what, Func<CancellationToken, Task> loop, CancellationToken stoppingToken) =>
        KeepRunningAsync(loop, (e, seconds) => LogRelayFailed(e, what, seconds), TimeSpan.FromSeconds(1), stoppingToken);

    /// <summary>
    /// Runs <paramref name="loop"/> until the host stops, retrying whatever ends it: a lost connection or a refused NOTIFY,
    /// but also anything unforeseen, since an exception escaping here would end the background service and with it the
    /// host; a loop that returns early waits as well, never spins. The wait doubles up to 30 s and starts again from <paramref name="firstDelay"/> after a loop that ran a minute.
    /// </summary>
    internal static async Task KeepRunningAsync(Func<CancellationToken, Task> loop, Action<Exception, double> failed,
        TimeSpan firstDelay, CancellationToken stoppingToken, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var delay = firstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            try
            {
                await loop(stoppingToken);
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (time.GetElapsedTime(started) >= TimeSpan.FromMinutes(1))
                {
                    delay = firstDelay;
                }

                failed(e, delay.TotalSeconds);
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
        }
    }

    private sealed record Envelope(string From, IReadOnlyList<PortalChange?> Changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Relaying changes between instances on PostgreSQL channel {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change relay stopped {What}; retrying in {Seconds} s (other instances' pages refresh late meanwhile)")]
    private partial void LogRelayFailed(Exception exception, string what, double seconds);
}
