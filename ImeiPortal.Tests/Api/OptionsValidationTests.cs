using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>Every area's settings are checked at start: a bad value stops the portal with a message naming its key.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string> BadValues => new()
    {
        { "Provisioning:DelaySeconds", "-1" },
        { "Provisioning:PollSeconds", "0" },
        { "Network:MaxClockSkewMinutes", "1441" },
        { "Notifications:MaxAttempts", "0" },
        { "Notifications:RetryBaseSeconds", "-1" },
        { "Notifications:PollMilliseconds", "0" },
        { "Webhooks:TimeoutSeconds", "0" },
        { "RateLimiting:LoginPerMinute", "0" },
        { "RateLimiting:NetworkPerSecond", "-5" },
        { "Security:RevalidationSeconds", "0" },
        { "Seed:DemoSims", "-1" },
        { "Smtp:Port", "70000" },
        { "Smtp:TimeoutSeconds", "0" },
        { "Database:Provider", "Oracle" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Start_ValueOutOfRange_FailsNamingTheKey(string key, string value)
    {
        using var factory = new ConfiguredPortalFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FractionalSecondsAndLargeCounts_AreAccepted()
    {
        using var factory = new ConfiguredPortalFactory(new Dictionary<string, string?>
        {
            ["Provisioning:DelaySeconds"] = "0.5",
            ["Provisioning:PollSeconds"] = "0.2",
            ["Notifications:MaxAttempts"] = "100000",
            ["Notifications:RetryBaseSeconds"] = "0.5",
            ["Webhooks:TimeoutSeconds"] = "0.5",
            ["Security:RevalidationSeconds"] = "0.5",
            ["Smtp:TimeoutSeconds"] = "1.5",
        });

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }

    [Fact]
    public void Start_ValueNotANumber_FailsNamingTheKey()
    {
        using var factory = new ConfiguredPortalFactory(new Dictionary<string, string?> { ["Notifications:MaxAttempts"] = "many" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Notifications:MaxAttempts", failure.ToString(), StringComparison.Ordinal);
    }
}
