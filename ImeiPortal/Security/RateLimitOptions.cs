using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Security;

/// <summary>Beyond these the portal answers 429 (<c>RateLimiting:*</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sign-in attempts per client address and minute, the sign-in page and the API login together.</summary>
    [Range(1, 1_000_000)]
    public int LoginPerMinute { get; set; } = 30;

    /// <summary>Network feed calls per second, per valid key (or per client address without one).</summary>
    [Range(1, 10_000_000)]
    public int NetworkPerSecond { get; set; } = 200;
}
