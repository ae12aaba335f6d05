namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// A second running portal whose orders stay pending for a minute before the network completes them: what a test of
/// "while its order is pending" needs. The collection's portal completes orders at once (delay 0), so there the pending
/// state lasts milliseconds and cannot be looked at. Its data belongs to the tests that use it.
/// </summary>
public sealed class SlowProvisioningPortal : IAsyncLifetime
{
    public const int DelaySeconds = 60;

    public RunningPortal Portal { get; } = new(new Dictionary<string, string?>
    {
        ["Provisioning__DelaySeconds"] = DelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public Task InitializeAsync() => Portal.InitializeAsync();

    public Task DisposeAsync() => Portal.DisposeAsync();
}
