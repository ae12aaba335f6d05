using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>The feed's limit counts a valid key by its identity and every other call by its address, so made-up keys share one bucket.</summary>
public sealed class NetworkFeedRateLimitTests(NetworkFeedRateLimitTests.Fixture fixture) : IClassFixture<NetworkFeedRateLimitTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            // A window long enough that the test's calls all fall in it, however slow the machine.
            ["RateLimiting:NetworkPerSecond"] = "5",
        };
    }

    [Fact]
    public async Task NetworkFeed_RandomKeysFromOneAddress_Hit429WhileTheValidKeyIsServed()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var response = await fixture.NetworkClient(Guid.NewGuid().ToString("N"))
                .PostAsJsonAsync("/api/network/authorize", new { iccid = "8944010000000000000", imei = "" });
            statuses.Add(response.StatusCode);
        }

        var valid = await fixture.NetworkClient().PostAsJsonAsync("/api/network/authorize", new { iccid = EngineData.NewIccid(), imei = "" });

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, s.ToString()));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }
}
