using System.Net;
using ImeiPortal.Tests.TestSupport;

namespace ImeiPortal.Tests.Api;

/// <summary>The sign-in page and the API login draw on one limit per client address.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.Fixture factory) : IClassFixture<SignInRateLimitTests.Fixture>
{
    public sealed class Fixture : SignInPortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:LoginPerMinute"] = "4" };
    }

    [Fact]
    public async Task SignInPageAndApi_AlternatingPastTheLimit_ShareOneLimitPerAddress()
    {
        var client = factory.ClientFrom("203.0.113.40");
        var statuses = new List<(string Via, HttpStatusCode Status)>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add(i % 2 == 0
                ? ("page", (await SignInPortalFactory.PageLoginAsync(client, "nobody@x.test", "Wrong!2026-portal")).Status)
                : ("api", (await SignInPortalFactory.ApiLoginAsync(client, "nobody@x.test", "Wrong!2026-portal")).Status));
        }

        Assert.Equal(4, statuses.Count(s => s.Status != HttpStatusCode.TooManyRequests));
        Assert.Contains(("page", HttpStatusCode.TooManyRequests), statuses);
        Assert.Contains(("api", HttpStatusCode.TooManyRequests), statuses);

        // Another address has its own allowance.
        var other = factory.ClientFrom("198.51.100.40");
        Assert.Equal(HttpStatusCode.OK, (await SignInPortalFactory.PageLoginAsync(other, "nobody@x.test", "Wrong!2026-portal")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInPortalFactory.ApiLoginAsync(other, "nobody@x.test", "Wrong!2026-portal")).Status);
    }
}
