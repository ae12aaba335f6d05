using ImeiPortal.Domain.Sims;
using static ImeiPortal.Domain.Sims.DetectionResult;
using static ImeiPortal.Domain.Sims.ImeiStatus;

namespace ImeiPortal.Tests.Domain;

public enum DetectionKind
{
    NotProvided,
    SameAsImei,
    EqualToLock,
    NewDeviceSameTac,
    NewDeviceOtherTac,
    OutOfOrder,
}

/// <summary>
/// Every IMEI status against every kind of detection. Each start state has Imei = A and ImeiLock = L (two devices
/// of model TacA), reached by locking to L, moving to A (alarm, so FirstImeiAfterTrigger = A) and then an order.
/// B is another device of the same model as A, C a device of another model.
/// </summary>
public class DetectionTableTests
{
    private static readonly Dictionary<string, string> Devices = new()
    {
        ["L"] = TestIds.Imei(TestIds.TacA, 1),
        ["A"] = TestIds.Imei(TestIds.TacA, 2),
        ["B"] = TestIds.Imei(TestIds.TacA, 3),
        ["C"] = TestIds.Imei(TestIds.TacB, 4),
    };

    public static TheoryData<ImeiStatus, DetectionKind, DetectionResult, ImeiStatus, string, string, string, int> Cases => new()
    {
        // start, detection, result, status after, Imei, ImeiLock, FirstImeiAfterTrigger, triggers
        { Neutral, DetectionKind.NotProvided, DetectionResult.NotProvided, Neutral, "A", "L", "A", 0 },
        { Neutral, DetectionKind.SameAsImei, Repeated, Neutral, "A", "L", "A", 0 },
        { Neutral, DetectionKind.EqualToLock, Applied, Neutral, "L", "L", "A", 0 },
        { Neutral, DetectionKind.NewDeviceSameTac, Applied, Neutral, "B", "L", "A", 0 },
        { Neutral, DetectionKind.NewDeviceOtherTac, Applied, Neutral, "C", "L", "A", 0 },
        { Neutral, DetectionKind.OutOfOrder, DetectionResult.OutOfOrder, Neutral, "A", "L", "A", 0 },

        { Armed, DetectionKind.NotProvided, DetectionResult.NotProvided, Armed, "A", "L", "A", 0 },
        { Armed, DetectionKind.SameAsImei, Applied, Locked, "A", "A", "A", 0 },
        { Armed, DetectionKind.EqualToLock, Applied, Locked, "L", "L", "A", 0 },
        { Armed, DetectionKind.NewDeviceSameTac, Applied, Locked, "B", "B", "A", 0 },
        { Armed, DetectionKind.NewDeviceOtherTac, Applied, Locked, "C", "C", "A", 0 },
        { Armed, DetectionKind.OutOfOrder, DetectionResult.OutOfOrder, Armed, "A", "L", "A", 0 },

        { Locked, DetectionKind.NotProvided, DetectionResult.NotProvided, Locked, "A", "L", "A", 0 },
        { Locked, DetectionKind.SameAsImei, Repeated, Locked, "A", "L", "A", 0 },
        { Locked, DetectionKind.EqualToLock, Applied, Locked, "L", "L", "A", 0 },
        { Locked, DetectionKind.NewDeviceSameTac, Applied, Differed, "B", "L", "B", 1 },
        { Locked, DetectionKind.NewDeviceOtherTac, Applied, Differed, "C", "L", "C", 1 },
        { Locked, DetectionKind.OutOfOrder, DetectionResult.OutOfOrder, Locked, "A", "L", "A", 0 },

        { Differed, DetectionKind.NotProvided, DetectionResult.NotProvided, Differed, "A", "L", "A", 0 },
        { Differed, DetectionKind.SameAsImei, Repeated, Differed, "A", "L", "A", 0 },
        { Differed, DetectionKind.EqualToLock, Applied, Differed, "L", "L", "A", 0 },
        { Differed, DetectionKind.NewDeviceSameTac, Applied, Differed, "B", "L", "A", 0 },
        { Differed, DetectionKind.NewDeviceOtherTac, Applied, Differed, "C", "L", "A", 0 },
        { Differed, DetectionKind.OutOfOrder, DetectionResult.OutOfOrder, Differed, "A", "L", "A", 0 },

        { Pairing, DetectionKind.NotProvided, DetectionResult.NotProvided, Pairing, "A", "L", "A", 0 },
        { Pairing, DetectionKind.SameAsImei, Applied, Pairing, "A", "A", "A", 0 },
        { Pairing, DetectionKind.EqualToLock, Applied, Pairing, "L", "L", "A", 0 },
        { Pairing, DetectionKind.NewDeviceSameTac, Applied, Pairing, "B", "B", "A", 0 },
        { Pairing, DetectionKind.NewDeviceOtherTac, Applied, Pairing, "C", "C", "A", 0 },
        { Pairing, DetectionKind.OutOfOrder, DetectionResult.OutOfOrder, Pairing, "A", "L", "A", 0 },
    };

    [Fact]
    public void Cases_CoverEveryStatusAndKind()
    {
        var covered = Cases.Select(row => ((ImeiStatus)row[0], (DetectionKind)row[1])).ToHashSet();

        Assert.Equal(Enum.GetValues<ImeiStatus>().Length * Enum.GetValues<DetectionKind>().Length, covered.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApplyDetection_StatusAndKind_MovesAsSpecified(
        ImeiStatus start,
        DetectionKind kind,
        DetectionResult result,
        ImeiStatus statusAfter,
        string imei,
        string imeiLock,
        string firstAfterTrigger,
        int triggers)
    {
        var builder = StartIn(start);
        var sim = builder.Build();
        var versionBefore = sim.Version;
        var lastSeenBefore = sim.ImeiLastSeenAt;
        var (raw, at) = Detection(builder, kind);

        var outcome = sim.ApplyDetection(raw, at);

        Assert.Equal(result, outcome.Result);
        Assert.Equal(start, outcome.StatusBefore);
        Assert.Equal(statusAfter, outcome.StatusAfter);
        Assert.Equal(statusAfter, sim.ImeiStatus);
        Assert.Equal(Devices[imei], sim.Imei);
        Assert.Equal(Devices[imeiLock], sim.ImeiLock);
        Assert.Equal(Devices[firstAfterTrigger], sim.FirstImeiAfterTrigger);
        Assert.Equal(triggers == 1, outcome.Trigger is not null);
        Assert.Equal(SimStatus.Active, sim.Status);

        var moved = result is Applied or Repeated;
        Assert.Equal(moved ? at : lastSeenBefore, sim.ImeiLastSeenAt);
        Assert.Equal(moved ? versionBefore + 1 : versionBefore, sim.Version);
        Assert.Equal(result == Applied && imei != "A", outcome.ImeiChanged);
        Assert.Equal(result == Applied && imei == "C", outcome.TacChanged);
    }

    public static TheoryData<ImeiStatus, DetectionKind> StatusesAndKinds()
    {
        var data = new TheoryData<ImeiStatus, DetectionKind>();
        foreach (var status in Enum.GetValues<ImeiStatus>())
        {
            foreach (var kind in Enum.GetValues<DetectionKind>())
            {
                data.Add(status, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatusesAndKinds))]
    public void ApplyDetection_StatusAndKind_OnlyLastSeenExactlyWhenNothingElseChanged(ImeiStatus start, DetectionKind kind)
    {
        var builder = StartIn(start);
        var sim = builder.Build();
        var (raw, at) = Detection(builder, kind);
        var before = State(sim);

        var outcome = sim.ApplyDetection(raw, at);

        // The feed writes an OnlyLastSeen SIM past EF and the journal: it must not hide a business change.
        var changed = State(sim).Where(p => !Equals(p.Value, before[p.Key])).Select(p => p.Key).ToList();
        string[] lastSeen = [nameof(Sim.ImeiLastSeenAt), nameof(Sim.LastObservedAt), nameof(Sim.Version)];
        Assert.Equal(changed.TrueForAll(lastSeen.Contains), outcome.OnlyLastSeen);
    }

    private static Dictionary<string, object?> State(Sim sim) =>
        typeof(Sim).GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToDictionary(p => p.Name, p => p.GetValue(sim));

    private static (string Raw, DateTime At) Detection(SimBuilder builder, DetectionKind kind) => kind switch
    {
        DetectionKind.NotProvided => ("000000000000000", builder.Tick()),
        DetectionKind.SameAsImei => (Devices["A"], builder.Tick()),
        DetectionKind.EqualToLock => (Devices["L"], builder.Tick()),
        DetectionKind.NewDeviceSameTac => (Devices["B"], builder.Tick()),
        DetectionKind.NewDeviceOtherTac => (Devices["C"], builder.Tick()),
        DetectionKind.OutOfOrder => (Devices["B"], builder.Clock.AddMinutes(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static SimBuilder StartIn(ImeiStatus status)
    {
        var builder = SimBuilder.Active(enableImeiLock: true).SeenIn(Devices["L"], Devices["A"]);
        return status switch
        {
            Differed => builder,
            Locked => builder.Barred(byImeiLock: true).Unbarred(UnbarOption.KeepLock),
            _ => builder.WithImeiStatus(status),
        };
    }
}
