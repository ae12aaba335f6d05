using ImeiPortal.Domain.Identifiers;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Tests.Domain;

public class LifecycleTests
{
    private static readonly string DeviceA = TestIds.Imei(TestIds.TacA, 1);
    private static readonly string DeviceB = TestIds.Imei(TestIds.TacA, 2);

    // DOMAIN.md "SIM status": the orders allowed in each status, written out.
    private static readonly Dictionary<SimStatus, OrderType[]> AllowedOrders = new()
    {
        [SimStatus.Inventory] = [OrderType.Activate],
        [SimStatus.Active] = [OrderType.Suspend, OrderType.Bar, OrderType.Deactivate],
        [SimStatus.Suspended] = [OrderType.Resume, OrderType.Deactivate],
        [SimStatus.Barred] = [OrderType.Unbar, OrderType.Deactivate],
        [SimStatus.Deactivated] = [OrderType.Activate],
    };

    private static readonly Dictionary<OrderType, SimStatus> OrderTarget = new()
    {
        [OrderType.Activate] = SimStatus.Active,
        [OrderType.Suspend] = SimStatus.Suspended,
        [OrderType.Resume] = SimStatus.Active,
        [OrderType.Bar] = SimStatus.Barred,
        [OrderType.Unbar] = SimStatus.Active,
        [OrderType.Deactivate] = SimStatus.Deactivated,
    };

    public static TheoryData<SimStatus, OrderType> Cases
    {
        get
        {
            var data = new TheoryData<SimStatus, OrderType>();
            foreach (var status in Enum.GetValues<SimStatus>())
            {
                foreach (var order in OrderTarget.Keys)
                {
                    data.Add(status, order);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Order_FromStatus_AppliedOrRefusedWithAllowedOrders(SimStatus from, OrderType order)
    {
        var sim = Reach(from);
        var versionBefore = sim.Version;
        var allowed = AllowedOrders[from];

        Assert.Equal(allowed, sim.AllowedOrders());

        if (allowed.Contains(order))
        {
            Validate(sim, order);
            Apply(sim, order);

            Assert.Equal(OrderTarget[order], sim.Status);
            Assert.Equal(versionBefore + 1, sim.Version);
        }
        else
        {
            var refused = Assert.Throws<TransitionRefusedException>(() => Apply(sim, order));
            Assert.Throws<TransitionRefusedException>(() => Validate(sim, order));

            Assert.Equal("SIM status", refused.Subject);
            Assert.Equal(from.ToString(), refused.From);
            Assert.Equal(OrderTarget[order].ToString(), refused.To);
            Assert.Equal(allowed.Select(o => o.ToString()), refused.Allowed);
            Assert.Contains($"SIM status cannot change from {from} to {OrderTarget[order]}", refused.Message, StringComparison.Ordinal);
            Assert.Equal(from, sim.Status);
            Assert.Equal(versionBefore, sim.Version);
        }
    }

    [Fact]
    public void Constructor_NewSim_IsInventoryNeutralWithoutImei()
    {
        var iccid = TestIds.Iccid(77);

        var sim = new Sim(Iccid.Parse(iccid), partnerId: 3, TestIds.T0, imsi: "234150000000001", msisdn: "+447700900123", network: " EE ", customerId: 9);

        Assert.Equal((iccid, 3, 9), (sim.Iccid, sim.PartnerId, sim.CustomerId));
        Assert.Equal(("234150000000001", "447700900123", "EE"), (sim.Imsi, sim.Msisdn, sim.Network));
        Assert.Equal((SimStatus.Inventory, ImeiStatus.Neutral), (sim.Status, sim.ImeiStatus));
        Assert.Null(sim.Imei);
        Assert.Null(sim.ImeiLock);
        Assert.Equal(string.Empty, sim.RecentImeiChanges);
    }

    [Theory]
    [InlineData("23415000000001", null)]
    [InlineData("23415000000000A", null)]
    [InlineData(null, "44 7700 900123")]
    [InlineData(null, "4477009001234567")]
    public void UpdateNumbers_Malformed_ThrowsFormatException(string? imsi, string? msisdn)
    {
        var sim = SimBuilder.InInventory().Build();

        Assert.Throws<FormatException>(() => sim.UpdateNumbers(imsi, msisdn, null));
    }

    [Fact]
    public void UpdateNumbers_Valid_SetsAndIncrementsVersion()
    {
        var sim = SimBuilder.InInventory().Build();

        sim.UpdateNumbers("234150000000002", "447700900124", "RoamNet");

        Assert.Equal(("234150000000002", "447700900124", "RoamNet"), (sim.Imsi, sim.Msisdn, sim.Network));
        Assert.Equal(1, sim.Version);
    }

    [Fact]
    public void AssignCustomer_WithService_SetsBothAndIncrementsVersion()
    {
        var sim = SimBuilder.InInventory().Build();

        sim.AssignCustomer(4, 12);

        Assert.Equal((4, 12), (sim.CustomerId, sim.ServiceId));
        Assert.Equal(1, sim.Version);
    }

    [Fact]
    public void AssignCustomer_ServiceWithoutCustomer_Throws()
    {
        var sim = SimBuilder.InInventory().Build();

        Assert.Throws<ArgumentException>(() => sim.AssignCustomer(null, 12));
    }

    [Fact]
    public void Activate_EnableImeiLock_ArmsWhateverTheServiceDefault()
    {
        var sim = SimBuilder.InInventory().Build();

        sim.Activate(enableImeiLock: true, serviceDefault: ImeiStatus.Pairing);

        Assert.Equal((SimStatus.Active, ImeiStatus.Armed), (sim.Status, sim.ImeiStatus));
    }

    [Theory]
    [InlineData(ImeiStatus.Armed)]
    [InlineData(ImeiStatus.Pairing)]
    [InlineData(ImeiStatus.Neutral)]
    public void Activate_ServiceDefault_IsApplied(ImeiStatus serviceDefault)
    {
        var sim = SimBuilder.Active().WithImeiStatus(ImeiStatus.Armed).Deactivated().Build();

        sim.Activate(enableImeiLock: false, serviceDefault);

        Assert.Equal(serviceDefault, sim.ImeiStatus);
    }

    [Fact]
    public void Activate_NoLockNoDefault_KeepsImeiStatus()
    {
        var sim = SimBuilder.Active().WithImeiStatus(ImeiStatus.Pairing).Deactivated().Build();

        sim.Activate(enableImeiLock: false);

        Assert.Equal((SimStatus.Active, ImeiStatus.Pairing), (sim.Status, sim.ImeiStatus));
    }

    [Fact]
    public void Activate_LockedDefaultWithKnownImei_LocksToIt()
    {
        var sim = SimBuilder.Active().SeenIn(DeviceA).Deactivated().Build();

        sim.Activate(enableImeiLock: false, ImeiStatus.Locked);

        Assert.Equal((ImeiStatus.Locked, DeviceA), (sim.ImeiStatus, sim.ImeiLock));
    }

    [Fact]
    public void Activate_LockedDefaultWithoutImei_ArmsInstead()
    {
        var sim = SimBuilder.InInventory().Build();

        sim.Activate(enableImeiLock: false, ImeiStatus.Locked);

        Assert.Equal(ImeiStatus.Armed, sim.ImeiStatus);
        Assert.Null(sim.ImeiLock);
    }

    [Fact]
    public void Activate_DifferedDefault_ThrowsAndChangesNothing()
    {
        var sim = SimBuilder.InInventory().Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Activate(enableImeiLock: false, ImeiStatus.Differed));
        Assert.Equal((SimStatus.Inventory, 0), (sim.Status, sim.Version));
    }

    [Theory]
    [InlineData(UnbarOption.KeepLock)]
    [InlineData(UnbarOption.UpdateToLastSeen)]
    public void Unbar_OptionOnSimNotDiffered_IsRefusedNamingWhyAndChangesNothing(UnbarOption option)
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA).Barred(byImeiLock: false).Build();
        var version = sim.Version;

        var refused = Assert.Throws<TransitionRefusedException>(() => sim.Unbar(option));

        Assert.Contains("not Differed", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Locked", refused.Message, StringComparison.Ordinal);
        Assert.Equal((SimStatus.Barred, ImeiStatus.Locked, DeviceA, version), (sim.Status, sim.ImeiStatus, sim.ImeiLock, sim.Version));
    }

    [Fact]
    public void ValidateUnbar_OptionOnSimNotDiffered_IsRefused()
    {
        var sim = SimBuilder.Active().SeenIn(DeviceA).Barred(byImeiLock: false).Build();

        Assert.Throws<TransitionRefusedException>(() => sim.ValidateUnbar(UnbarOption.UpdateToLastSeen));
        sim.ValidateUnbar(null);
    }

    [Fact]
    public void Unbar_OrdinaryBarWithoutOption_KeepsImeiStatus()
    {
        var sim = SimBuilder.Active().SeenIn(DeviceA).Barred(byImeiLock: false).Build();

        sim.Unbar(null);

        Assert.Equal((SimStatus.Active, ImeiStatus.Neutral), (sim.Status, sim.ImeiStatus));
        Assert.Null(sim.ImeiLock);
    }

    // DOMAIN.md "Unbar after an IMEI lock bar": whoever placed the bar, a Differed SIM's unbar applies the option.
    [Theory]
    [InlineData(false, null, "A")]
    [InlineData(false, UnbarOption.KeepLock, "A")]
    [InlineData(false, UnbarOption.UpdateToLastSeen, "B")]
    [InlineData(true, null, "A")]
    [InlineData(true, UnbarOption.KeepLock, "A")]
    [InlineData(true, UnbarOption.UpdateToLastSeen, "B")]
    public void Unbar_DifferedSim_AppliesTheOptionWhoeverBarred(bool byImeiLock, UnbarOption? option, string expectedLock)
    {
        var deviceC = TestIds.Imei(TestIds.TacA, 3);
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA, DeviceB, deviceC).Barred(byImeiLock).Build();
        Assert.Equal((ImeiStatus.Differed, DeviceB), (sim.ImeiStatus, sim.FirstImeiAfterTrigger));

        sim.Unbar(option);

        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, expectedLock == "A" ? DeviceA : DeviceB), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
        Assert.False(sim.BarredByImeiLock);
    }

    [Fact]
    public void ApplyTo_UnbarWithOptionWhenSimStoppedBeingDiffered_ThrowsAndLeavesTheSimBarred()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA, DeviceB).Barred(byImeiLock: false).Build();
        var order = new Order(sim, OrderType.Unbar, TestIds.T0, TestIds.T0, "user",
            unbarOption: UnbarOption.UpdateToLastSeen);
        Order.Validate(sim, OrderType.Unbar, null, UnbarOption.UpdateToLastSeen);
        sim.ChangeImeiStatus(ImeiStatus.Neutral);

        var refused = Assert.Throws<TransitionRefusedException>(() => order.ApplyTo(sim, null));

        Assert.Contains("not Differed", refused.Message, StringComparison.Ordinal);
        Assert.Equal((SimStatus.Barred, ImeiStatus.Neutral), (sim.Status, sim.ImeiStatus));
    }

    // The order's reason, not its label, makes a bar an IMEI lock bar (what an unbar and the session check look at).
    [Theory]
    [InlineData(OrderReason.ImeiLockAlarm, true, "IMEI lock bar")]
    [InlineData(OrderReason.User, false, null)]
    public void ApplyTo_BarOrder_IsAnImeiLockBarOnlyForTheAlarmsReason(OrderReason cause, bool byImeiLock, string? label)
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA, DeviceB).Build();
        var order = new Order(sim, OrderType.Bar, TestIds.T0, TestIds.T0, "alarm:1", cause: cause);

        order.ApplyTo(sim, null);

        Assert.Equal((SimStatus.Barred, byImeiLock, label), (sim.Status, sim.BarredByImeiLock, order.Label));
    }

    [Fact]
    public void Unbar_ImeiLockBarWithoutOption_KeepsLock()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA, DeviceB).Barred(byImeiLock: true).Build();

        sim.Unbar(null);

        Assert.Equal((SimStatus.Active, ImeiStatus.Locked, DeviceA), (sim.Status, sim.ImeiStatus, sim.ImeiLock));
        Assert.False(sim.BarredByImeiLock);
    }

    [Fact]
    public void Deactivate_BarredByImeiLock_ClearsTheBarFlag()
    {
        var sim = SimBuilder.Active(enableImeiLock: true).SeenIn(DeviceA, DeviceB).Barred(byImeiLock: true).Build();

        sim.Deactivate();

        Assert.False(sim.BarredByImeiLock);
    }

    private static Sim Reach(SimStatus status) => (status switch
    {
        SimStatus.Inventory => SimBuilder.InInventory(),
        SimStatus.Active => SimBuilder.Active(),
        SimStatus.Suspended => SimBuilder.Active().Suspended(),
        SimStatus.Barred => SimBuilder.Active().Barred(byImeiLock: false),
        SimStatus.Deactivated => SimBuilder.Active().Deactivated(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    }).Build();

    private static void Validate(Sim sim, OrderType order)
    {
        switch (order)
        {
            case OrderType.Activate: sim.ValidateActivate(); break;
            case OrderType.Suspend: sim.ValidateSuspend(); break;
            case OrderType.Resume: sim.ValidateResume(); break;
            case OrderType.Bar: sim.ValidateBar(); break;
            case OrderType.Unbar: sim.ValidateUnbar(); break;
            case OrderType.Deactivate: sim.ValidateDeactivate(); break;
            default: throw new ArgumentOutOfRangeException(nameof(order));
        }
    }

    private static void Apply(Sim sim, OrderType order)
    {
        switch (order)
        {
            case OrderType.Activate: sim.Activate(enableImeiLock: false); break;
            case OrderType.Suspend: sim.Suspend(); break;
            case OrderType.Resume: sim.Resume(); break;
            case OrderType.Bar: sim.Bar(byImeiLock: false); break;
            case OrderType.Unbar: sim.Unbar(null); break;
            case OrderType.Deactivate: sim.Deactivate(); break;
            default: throw new ArgumentOutOfRangeException(nameof(order));
        }
    }
}
