namespace ImeiPortal.Domain.Sims;

/// <summary>Names of the lifecycle orders, as returned by <see cref="Sim.AllowedOrders"/>.</summary>
public static class SimOrders
{
    public const string Activate = "Activate";
    public const string Suspend = "Suspend";
    public const string Resume = "Resume";
    public const string Bar = "Bar";
    public const string Unbar = "Unbar";
    public const string Deactivate = "Deactivate";
}
