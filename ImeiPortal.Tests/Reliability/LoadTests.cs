using ImeiPortal.Tools;
using ImeiPortal.Tests.TestSupport;
using Xunit.Abstractions;

namespace ImeiPortal.Tests.Reliability;

/// <summary>
/// The short form of scripts/load-test: the real app as a process on loopback, 10 API clients and the feed
/// for about 10 s. No server error and no detection lost; the figures go to the test output.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Load_TenClientsAndTheFeedForTenSeconds_NoServerErrorsAndNoLostDetections()
    {
        const string email = "admin@load.test", password = "Load!2026-portal";
        await using var portal = new RunningPortal(new Dictionary<string, string?>
        {
            ["Seed__Demo"] = "false",
            ["Seed__AdminEmail"] = email,
            ["Seed__AdminPassword"] = password,
            ["RateLimiting__NetworkPerSecond"] = "100000",
            ["RateLimiting__LoginPerMinute"] = "100000",
        });
        await portal.InitializeAsync();

        var report = await LoadDriver.RunAsync(new LoadDriver.Options(new Uri(portal.BaseUrl), PortalFactory.NetworkKey, email, password,
            TestDatabase.IsPostgreSql ? portal.Database.ConnectionString : portal.DatabasePath, Seconds: 10, Clients: 10, Sims: 200,
            Provider: TestDatabase.Provider));

        output.WriteLine(report.ToString());
        Assert.True(report.Requests > 100, report.ToString());
        Assert.True(report.DetectionsAccepted > 0, report.ToString());
        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(0, report.TransportErrors);
        Assert.Equal(0, report.LostDetections);
    }
}
