using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Notifications;

/// <summary>
/// The outbox reader: sends every pending delivery that is due, saving its state after each attempt. Deliveries live in
/// the database, so a failure or a restart only delays them; nothing is lost. Sends run concurrently, at most
/// <see cref="MaxPerTarget"/> at a time per webhook endpoint or email address and each with a timeout, so one tenant's
/// slow endpoint never holds up another's deliveries.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    EmailSender email,
    Microsoft.Extensions.Options.IOptions<SmtpOptions> smtp,
    Microsoft.Extensions.Options.IOptions<NotificationOptions> outbox,
    Microsoft.Extensions.Options.IOptions<WebhookOptions> webhooks,
    WebhookSecrets webhookSecrets,
    IDeliveryClaims claims,
    PortalInstance instance,
    TimeProvider clock,
    Operations.PortalMetrics metrics,
    IChangeHub hub,
    ILogger<NotificationDispatcher> logger) : SignalledWorker<DeliveryDue>(hub)
{
    public const string SignatureHeader = "X-ImeiPortal-Signature";
    public const string HttpClientName = "webhooks";
    public const int MaxPerTarget = 2;
    private const int MaxSending = 32;
    private const int BatchSize = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // Deliveries being sent now. The loop's rounds overlap (a slow send must not stop the next poll) and tests or an
    // admin may call a round directly: a delivery claimed here is never sent by a second round at the same time.
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private readonly SemaphoreSlim _sending = new(MaxSending, MaxSending);
    private readonly TargetLimits _perTarget = new(MaxPerTarget);

    private int MaxAttempts => outbox.Value.MaxAttempts;

    private TimeSpan RetryBase => TimeSpan.FromSeconds(outbox.Value.RetryBaseSeconds);

    /// <summary>Off only in tests that drive <see cref="DispatchDueAsync"/> themselves.</summary>
    protected override bool Enabled => outbox.Value.DispatcherEnabled;

    // A fallback: a new delivery wakes the dispatcher, and a round wakes it again when the next retry is due.
    protected override TimeProvider Clock => clock;

    protected override TimeSpan PollInterval => TimeSpan.FromMilliseconds(outbox.Value.PollMilliseconds);

    // A slow send must not stop the next round; the claims in DispatchDueAsync keep rounds from sending a delivery twice.
    protected override bool OverlappingRounds => true;

    protected override async Task<TimeSpan?> RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await DispatchDueAsync(cancellationToken) >= BatchSize)
        {
            return TimeSpan.Zero;
        }

        // The next retry another round is not sending already.
        var sending = _inFlight.Keys.ToList();
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        // One another instance holds is this one's only when that lease runs out.
        var me = instance.Id;
        return Until(await db.NotificationDeliveries.Where(d => d.State == DeliveryState.Pending && !sending.Contains(d.Id))
            .MinAsync(d => d.LeaseOwner != me && d.LeaseUntil != null && d.LeaseUntil > d.NextAttemptAt ? d.LeaseUntil : d.NextAttemptAt, cancellationToken));
    }

    protected override void LogFailedRound(Exception exception) => logger.LogError(exception, "Notification dispatch round failed");

    /// <summary>Sends the deliveries due now that no other round is sending; returns how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(CurrentUser.ForSystem("notifications"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await claims.ClaimDueAsync(db, now, now + outbox.Value.LeaseDuration, BatchSize, cancellationToken);
        var claimed = candidates.Where(id => _inFlight.TryAdd(id, 0)).ToList();
        try
        {
            // Read after claiming: a round that sent one of these saved its outcome before it let go of the claim.
            var due = claimed.Count == 0 ? [] : await db.NotificationDeliveries
                .Where(d => claimed.Contains(d.Id) && d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var ids = due.Select(d => d.NotificationId).Distinct().ToList();
            var notifications = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            var secrets = await SigningSecretsAsync(db, due.Where(d => d.Channel == DeliveryChannel.Webhook).Select(d => notifications[d.NotificationId].AlarmId), cancellationToken);
            var incidentSims = await IncidentSimsAsync(db, notifications.Values, cancellationToken);
            var alarmIds = notifications.Values.Select(n => n.AlarmId).Distinct().ToList();
            var alarmNames = await db.Alarms.AsNoTracking().Where(a => alarmIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            using var saving = new SemaphoreSlim(1, 1);
            await Task.WhenAll(due.Select(delivery => AttemptAsync(db, saving, delivery, notifications[delivery.NotificationId],
                new Outgoing(secrets, incidentSims.GetValueOrDefault(delivery.NotificationId) ?? [], alarmNames.GetValueOrDefault(notifications[delivery.NotificationId].AlarmId)),
                cancellationToken)));
            return due.Count;
        }
        finally
        {
            foreach (var id in claimed)
            {
                _inFlight.TryRemove(id, out _);
            }
        }
    }

    public override void Dispose()
    {
        _sending.Dispose();
        base.Dispose();
    }

    /// <summary>HMAC-SHA256 of the body keyed with the UTF-8 text of the alarm's secret, as receivers verify it.</summary>
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>
    /// The stored secret of each webhook alarm, by alarm id. An alarm from before per-alarm secrets gets its own here,
    /// at first use, so nothing is ever signed with an empty or shared key; its owner reads it by rotating it.
    /// </summary>
    private async Task<Dictionary<int, string>> SigningSecretsAsync(PortalDbContext db, IEnumerable<int> alarmIds, CancellationToken cancellationToken)
    {
        var ids = alarmIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var alarms = await db.Alarms.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var generated = false;
        foreach (var alarm in alarms.Where(a => a.WebhookUrl is not null && a.WebhookSecret is null))
        {
            alarm.WebhookSecret = webhookSecrets.Generate().Stored;
            generated = true;
        }

        if (generated)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return alarms.Where(a => a.WebhookSecret is not null).ToDictionary(a => a.Id, a => a.WebhookSecret!);
    }

    /// <summary>
    /// The ICCIDs each incident message lists: its alarm's member notifications, read when it is sent, so SIMs that joined
    /// after the incident formed (in the same batch) are listed too.
    /// </summary>
    private static async Task<Dictionary<long, List<string>>> IncidentSimsAsync(PortalDbContext db, IEnumerable<Notification> notifications, CancellationToken cancellationToken)
    {
        var messages = notifications.Where(n => n.Kind == NotificationKind.Incident && n.IncidentId is not null).ToList();
        if (messages.Count == 0)
        {
            return [];
        }

        var incidentIds = messages.Select(n => n.IncidentId).Distinct().ToList();
        var members = await db.Notifications.AsNoTracking()
            .Where(n => incidentIds.Contains(n.IncidentId) && n.Kind == NotificationKind.ImeiStatusChange && n.Iccid != null)
            .Select(n => new { n.IncidentId, n.AlarmId, n.Iccid })
            .ToListAsync(cancellationToken);
        return messages.ToDictionary(m => m.Id, m => members.Where(x => x.IncidentId == m.IncidentId && x.AlarmId == m.AlarmId)
            .Select(x => x.Iccid!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>What a send needs besides the delivery: the alarms' signing secrets and, for an incident, its SIMs.</summary>
    /// <param name="AlarmName">
    /// The alarm's name, for the mail and the webhook only, which go to the alarm's own recipients. The stored message
    /// leaves it out: it is shown to the SIM's customer too, who may not see a partner's alarm (the list says "partner
    /// alarm"). Null once the alarm is deleted.
    /// </param>
    private sealed record Outgoing(Dictionary<int, string> Secrets, IReadOnlyList<string> IncidentIccids, string? AlarmName);

    /// <summary>One delivery: wait for its target's turn, send, then record the outcome (saves are one at a time per context).</summary>
    private async Task AttemptAsync(PortalDbContext db, SemaphoreSlim saving, NotificationDelivery delivery, Notification notification,
        Outgoing outgoing, CancellationToken cancellationToken)
    {
        var secrets = outgoing.Secrets;
        string? error;
        string? abandoned = null;
        if (delivery.Channel == DeliveryChannel.Webhook && !secrets.ContainsKey(notification.AlarmId))
        {
            abandoned = "Not sent: the alarm was deleted, and with it the webhook's signing secret.";
            error = abandoned;
        }
        else
        {
            using var turn = await _perTarget.EnterAsync(TargetKey(delivery), cancellationToken);
            await _sending.WaitAsync(cancellationToken);
            try
            {
                error = await SendAsync(delivery, notification, outgoing, cancellationToken);
            }
            finally
            {
                _sending.Release();
            }
        }

        await saving.WaitAsync(cancellationToken);
        try
        {
            var at = clock.GetUtcNow().UtcDateTime;
            if (abandoned is not null)
            {
                delivery.Abandon(abandoned);
            }
            else if (error is null)
            {
                delivery.Delivered(at);
            }
            else
            {
                logger.LogWarning("Delivery {Id} ({Channel}) failed: {Error}", delivery.Id, delivery.Channel, error);
                delivery.AttemptFailed(error, at, MaxAttempts, RetryBase);
            }

            // Saved per delivery: a crash after a send repeats at most that one send.
            await db.SaveChangesAsync(cancellationToken);
            metrics.Delivery(delivery.Channel.ToString(), delivery.State.ToString());
        }
        finally
        {
            saving.Release();
        }
    }

    /// <summary>What one endpoint is: a webhook's scheme, host and port, an email address; the portal channel needs no turn.</summary>
    private static string? TargetKey(NotificationDelivery delivery) => delivery.Channel switch
    {
        DeliveryChannel.Webhook => Uri.TryCreate(delivery.Target, UriKind.Absolute, out var uri) ? "webhook:" + uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() : null,
        DeliveryChannel.Email => "email:" + delivery.Target.ToLowerInvariant(),
        _ => null,
    };

    private async Task<string?> SendAsync(NotificationDelivery delivery, Notification notification, Outgoing outgoing, CancellationToken cancellationToken)
    {
        var seconds = delivery.Channel == DeliveryChannel.Email
            ? smtp.Value.TimeoutSeconds
            : webhooks.Value.TimeoutSeconds;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return delivery.Channel switch
            {
                // The portal channel is the database row itself: it is there for the recipient to read.
                DeliveryChannel.Portal => null,
                DeliveryChannel.Email => await SendEmailAsync(delivery.Target, notification, outgoing, timeout.Token),
                DeliveryChannel.Webhook => await PostWebhookAsync(delivery, notification, outgoing, timeout.Token),
                _ => $"Unknown channel {delivery.Channel}.",
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (CryptographicException)
        {
            return "The alarm's webhook secret cannot be read (the data protection key ring changed); rotate the secret.";
        }
        catch (Exception e) when (e is HttpRequestException or EmailNotSentException or IOException or OperationCanceledException
            or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            return e is OperationCanceledException ? "Timed out." : e.Message;
        }
    }

    private async Task<string?> SendEmailAsync(string to, Notification notification, Outgoing outgoing, CancellationToken cancellationToken)
    {
        var incidentIccids = outgoing.IncidentIccids;
        var subject = notification.Kind switch
        {
            NotificationKind.ImeiStatusChange when notification.RiskScore is { } risk => $"IMEI lock alarm: SIM {notification.Iccid} (theft risk {risk})",
            NotificationKind.ImeiStatusChange => $"IMEI lock alarm: SIM {notification.Iccid}",
            NotificationKind.UnexpectedModel => $"Unexpected device model: SIM {notification.Iccid}",
            NotificationKind.Incident => $"IMEI lock incident: {incidentIccids.Count} SIMs",
            _ => "Usage alarm",
        };
        var body = (outgoing.AlarmName is { } name ? $"Alarm '{name}': " : string.Empty)
            + (notification.Kind == NotificationKind.Incident
                ? notification.Message + "\n\nSIMs (ICCID):\n" + string.Join('\n', incidentIccids)
                : notification.Message);
        await email.SendAsync(to, subject, body, cancellationToken);
        return null;
    }

    private async Task<string?> PostWebhookAsync(NotificationDelivery delivery, Notification notification, Outgoing outgoing, CancellationToken cancellationToken)
    {
        var storedSecret = outgoing.Secrets[notification.AlarmId];
        if (WebhookTargets.SchemeError(delivery.Target) is { } refused)
        {
            return refused;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            notification.Id,
            notification.AlarmId,
            outgoing.AlarmName,
            notification.Kind,
            notification.Iccid,
            notification.CreatedAt,
            notification.Message,
            notification.PreviousImei,
            notification.NewImei,
            notification.ImeiLock,
            notification.TacChanged,
            notification.RiskScore,
            notification.RiskReasons,
            notification.IncidentId,
            // An incident's one message lists its SIMs; a SIM's own message has none beside its ICCID.
            Iccids = notification.Kind == NotificationKind.Incident ? outgoing.IncidentIccids : null,
        }, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SignatureHeader, Sign(body, webhookSecrets.Reveal(storedSecret)));
        // Lets a receiver drop a repeat after a lost acknowledgement.
        request.Headers.Add("X-ImeiPortal-Delivery", delivery.Id.ToString(CultureInfo.InvariantCulture));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} from the webhook.";
    }
}

/// <summary>At most a given number of concurrent sends per target; a target's gate lives only while someone uses it.</summary>
internal sealed class TargetLimits(int perTarget)
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for a turn at <paramref name="target"/> (none needed for null); dispose the result to end it.</summary>
    public async Task<IDisposable> EnterAsync(string? target, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return Turn.None;
        }

        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(target, out gate!))
            {
                gate = new Gate(perTarget);
                _gates[target] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(target, gate, entered: false);
            throw;
        }

        return new Turn(() => Leave(target, gate, entered: true));
    }

    private void Leave(string target, Gate gate, bool entered)
    {
        if (entered)
        {
            gate.Semaphore.Release();
        }

        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(target);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate(int perTarget)
    {
        public SemaphoreSlim Semaphore { get; } = new(perTarget, perTarget);
        public int Users { get; set; }
    }

    private sealed class Turn(Action? leave) : IDisposable
    {
        public static readonly Turn None = new(null);

        public void Dispose() => leave?.Invoke();
    }
}
