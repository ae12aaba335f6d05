using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Notifications;

/// <summary>How the outbox sends deliveries (<c>Notifications:*</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Attempts per delivery (email, webhook) before it is given up as failed.</summary>
    [Range(1, int.MaxValue)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's wait; each further retry waits twice as long.</summary>
    [Range(0.0, 86_400.0)]
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>
    /// How often the dispatcher looks for due deliveries when nothing woke it: a fallback, since a new delivery wakes it
    /// and it wakes itself when the next retry is due (deliveries written by another instance wait for this poll).
    /// </summary>
    [Range(1, 86_400_000)]
    public int PollMilliseconds { get; set; } = 30_000;

    /// <summary>
    /// How long an instance holds the deliveries it claimed (PostgreSQL, several instances): longer than a send with its
    /// retries in the round takes, since another instance sends a delivery whose lease ran out (a crashed instance's).
    /// </summary>
    [Range(1.0, 86_400.0)]
    public double LeaseSeconds { get; set; } = 300;

    public TimeSpan LeaseDuration => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>Off only in tests that send deliveries by hand (<c>DispatchDueAsync</c>).</summary>
    public bool DispatcherEnabled { get; set; } = true;
}
