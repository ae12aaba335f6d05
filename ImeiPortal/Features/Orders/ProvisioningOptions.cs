using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Orders;

/// <summary>How orders reach the network (<c>Provisioning:*</c>).</summary>
public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    /// <summary>How long an order waits before the worker sends it to the network.</summary>
    [Range(0.0, 86_400.0)]
    public double DelaySeconds { get; set; } = 5;

    /// <summary>
    /// How often the worker looks for due orders when nothing woke it: a fallback, since a placed order wakes it and it
    /// wakes itself when the next order is due (orders placed by another instance wait for this poll).
    /// </summary>
    [Range(0.0, 3_600.0, MinimumIsExclusive = true)]
    public double PollSeconds { get; set; } = 30;

    /// <summary>
    /// How long an instance holds the orders it claimed (PostgreSQL, several instances): another instance takes over an
    /// order whose lease ran out, e.g. because its instance crashed. Longer than processing a batch takes.
    /// </summary>
    [Range(1.0, 3_600.0)]
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>Off only in tests that need orders to stay pending (e.g. to prove a restart resumes them).</summary>
    public bool WorkerEnabled { get; set; } = true;
}
