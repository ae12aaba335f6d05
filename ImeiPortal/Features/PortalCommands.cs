using ImeiPortal.Data;
using ImeiPortal.Features.Network;

namespace ImeiPortal.Features;

/// <summary>
/// The app's command-line tools (`generate`, `simulate`, `load`): each runs instead of the portal when its
/// verb is the first argument, so one binary serves the benchmark, the demo feed and the load test.
/// </summary>
public static class PortalCommands
{
    public static async Task<bool> TryRunAsync(string[] args) =>
        await DataGenerator.TryRunAsync(args)
        || await NetworkSimulator.TryRunAsync(args)
        || await LoadDriver.TryRunAsync(args);
}
