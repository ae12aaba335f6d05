using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Retention;

/// <summary>How long history is kept (<c>Retention:*</c>); what is older is removed in the background.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    // 100 years: a bound only so that "now minus the days" stays a valid time.
    private const int MaxDays = 36_500;

    private const int MinDetectionDays = 7;

    /// <summary>
    /// Detections, by the time the network observed them. At least a week: the theft risk of a trigger reads the last
    /// 7 days of detections (<see cref="Domain.Sims.TheftRisk.OtherSimWindow"/>).
    /// </summary>
    [Range(MinDetectionDays, MaxDays, ErrorMessage = "must be between 7 (the theft risk reads the last 7 days of detections) and 36500 days")]
    public int DetectionDays { get; set; } = 400;

    /// <summary>Usage records, by the start of their period.</summary>
    [Range(1, MaxDays)]
    public int UsageDays { get; set; } = 400;

    /// <summary>
    /// Notifications and their deliveries, by the time they were created: as long as the detections that explain
    /// them. One with a delivery still pending is kept until it is sent or given up.
    /// </summary>
    [Range(1, MaxDays)]
    public int NotificationDays { get; set; } = 400;

    /// <summary>Journal entries: seven years (2,557 days), what audits usually ask for.</summary>
    [Range(1, MaxDays)]
    public int JournalDays { get; set; } = 2_557;

    /// <summary>How often a round runs (each instance; one runs at a time). The first runs at start.</summary>
    [Range(0.0001, 744.0)]
    public double PollHours { get; set; } = 1;

    /// <summary>Off: nothing is removed (history is kept without end).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The cutoffs of a round run at <paramref name="now"/>.</summary>
    public Data.RetentionCutoffs CutoffsAt(DateTime now) => new(
        now.AddDays(-DetectionDays), now.AddDays(-UsageDays), now.AddDays(-NotificationDays), now.AddDays(-JournalDays));
}
