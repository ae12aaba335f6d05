using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImeiPortal.Data;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Notifications;

/// <summary>
/// The outbox reader: sends every pending delivery that is due, one at a time, saving its state after each
/// attempt. Deliveries live in the database, so a failure or a restart only delays them; nothing is lost.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    EmailSender email,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    public const string SignatureHeader = "X-ImeiPortal-Signature";
    public const string HttpClientName = "webhooks";
    private const int BatchSize = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // The loop and a direct call (tests, an admin "send now") must not send the same delivery twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    private int MaxAttempts => configuration.GetValue("Notifications:MaxAttempts", 8);

    private TimeSpan RetryBase => TimeSpan.FromSeconds(configuration.GetValue("Notifications:RetryBaseSeconds", 30.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Notifications:PollMilliseconds", 2000));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive anything (a locked database, a bad row); the next round retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Notification dispatch round failed");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends the deliveries due now; returns how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(CurrentUser.ForSystem("notifications"));
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.NotificationDeliveries
                .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var ids = due.Select(d => d.NotificationId).Distinct().ToList();
            var notifications = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            foreach (var delivery in due)
            {
                var error = await SendAsync(delivery, notifications[delivery.NotificationId], cancellationToken);
                var at = clock.GetUtcNow().UtcDateTime;
                if (error is null)
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
            }

            return due.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    /// <summary>HMAC-SHA256 of the body with the shared secret, as receivers verify it.</summary>
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task<string?> SendAsync(NotificationDelivery delivery, Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            return delivery.Channel switch
            {
                // The portal channel is the database row itself: it is there for the recipient to read.
                DeliveryChannel.Portal => null,
                DeliveryChannel.Email => await SendEmailAsync(delivery.Target, notification, cancellationToken),
                DeliveryChannel.Webhook => await PostWebhookAsync(delivery, notification, cancellationToken),
                _ => $"Unknown channel {delivery.Channel}.",
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or SmtpException or IOException or OperationCanceledException
            or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            return e is OperationCanceledException ? "Timed out." : e.Message;
        }
    }

    private async Task<string?> SendEmailAsync(string to, Notification notification, CancellationToken cancellationToken)
    {
        var subject = notification.Kind == NotificationKind.ImeiStatusChange
            ? $"IMEI lock alarm: SIM {notification.Iccid}"
            : "Usage alarm";
        await email.SendAsync(to, subject, notification.Message, cancellationToken);
        return null;
    }

    private async Task<string?> PostWebhookAsync(NotificationDelivery delivery, Notification notification, CancellationToken cancellationToken)
    {
        if (WebhookTargets.SchemeError(delivery.Target) is { } refused)
        {
            return refused;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            notification.Id,
            notification.AlarmId,
            notification.Kind,
            notification.Iccid,
            notification.CreatedAt,
            notification.Message,
            notification.PreviousImei,
            notification.NewImei,
            notification.ImeiLock,
            notification.TacChanged,
        }, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SignatureHeader, Sign(body, configuration["Webhooks:Secret"] ?? ""));
        // Lets a receiver drop a repeat after a lost acknowledgement.
        request.Headers.Add("X-ImeiPortal-Delivery", delivery.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(configuration.GetValue("Webhooks:TimeoutSeconds", 10.0)));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} from the webhook.";
    }
}
