using System.Net;
using System.Net.Http.Json;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Tests.Api;

public sealed class RateLimitTests(RateLimitTests.Fixture fixture) : IClassFixture<RateLimitTests.Fixture>
{
    /// <summary>A tight login limit so the test reaches it quickly.</summary>
    public sealed class Fixture : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:LoginPerMinute"] = "4",
            ["RateLimiting:NetworkPerSecond"] = "3",
        };
    }

    [Fact]
    public async Task Login_BeyondTheRateLimit_Returns429Problem()
    {
        var client = fixture.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@x.test", password = "whatever1" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        var last = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@x.test", password = "whatever1" });
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NetworkFeed_BeyondTheRateLimit_Returns429()
    {
        var client = fixture.NetworkClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/network/authorize", new { iccid = "8944010000000000000", imei = "" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task NetworkFeed_WrongKey_Returns401AndStoresNothing()
    {
        var client = fixture.NetworkClient("wrong-key");
        var response = await client.PostAsJsonAsync("/api/network/detections", new[] { new { iccid = "8944010000000000000", imei = "490154203237518", observedAt = DateTime.UtcNow } });

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Detections.CountAsync()));
    }

}
