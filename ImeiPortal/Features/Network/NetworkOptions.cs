using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Network;

/// <summary>The network feed's settings (section <c>Network</c>; its key, <c>Network:ApiKey</c>, is read by the feed's authentication).</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>
    /// How far a reported time (a detection's observedAt, a usage record's start or end) may lie ahead of the portal's clock.
    /// Beyond it the item is refused: a detection dated far ahead would make every real one after it "older" and stop the
    /// SIM's alarms for good.
    /// </summary>
    [Range(0, 1_440)]
    public int MaxClockSkewMinutes { get; set; } = 5;

    /// <summary>The latest reported time accepted now.</summary>
    public DateTime LatestAcceptable(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().UtcDateTime.AddMinutes(MaxClockSkewMinutes);
    }
}
