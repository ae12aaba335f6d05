using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

/// <summary>Reaches a SIM state through the public domain methods only, with detections 10 minutes apart.</summary>
internal sealed class SimBuilder
{
    private readonly Sim _sim = new(Iccid.Parse(TestIds.Iccid(1)), partnerId: 7, createdAt: TestIds.T0);

    /// <summary>Time of the latest detection applied by the builder.</summary>
    public DateTime Clock { get; private set; } = TestIds.T0;

    public static SimBuilder InInventory() => new();

    public static SimBuilder Active(bool enableImeiLock = false) => new SimBuilder().Activated(enableImeiLock);

    public SimBuilder Activated(bool enableImeiLock = false)
    {
        _sim.Activate(enableImeiLock);
        return this;
    }

    public SimBuilder SeenIn(params string[] imeis)
    {
        foreach (var imei in imeis)
        {
            _sim.ApplyDetection(imei, Tick());
        }

        return this;
    }

    public SimBuilder WithImeiStatus(ImeiStatus status)
    {
        _sim.ChangeImeiStatus(status);
        return this;
    }

    public SimBuilder Barred(bool byImeiLock)
    {
        _sim.Bar(byImeiLock);
        return this;
    }

    public SimBuilder Unbarred(UnbarOption? option)
    {
        _sim.Unbar(option);
        return this;
    }

    public SimBuilder Suspended()
    {
        _sim.Suspend();
        return this;
    }

    public SimBuilder Deactivated()
    {
        _sim.Deactivate();
        return this;
    }

    /// <summary>A time after every detection so far.</summary>
    public DateTime Tick() => Clock = Clock.AddMinutes(10);

    public Sim Build() => _sim;
}
