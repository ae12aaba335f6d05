using ImeiPortal.Domain;

namespace ImeiPortal.Tests.Domain;

public class UtcTimeTests
{
    private static readonly DateTime Utc = new(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void AsUtc_Utc_IsUnchanged() => Assert.Equal((Utc, DateTimeKind.Utc), (UtcTime.AsUtc(Utc), UtcTime.AsUtc(Utc).Kind));

    [Fact]
    public void AsUtc_Unspecified_IsTakenAsUtcNotLocal()
    {
        var result = UtcTime.AsUtc(DateTime.SpecifyKind(Utc, DateTimeKind.Unspecified));

        Assert.Equal((Utc.Ticks, DateTimeKind.Utc), (result.Ticks, result.Kind));
    }

    [Fact]
    public void AsUtc_Local_IsConverted()
    {
        var local = Utc.ToLocalTime();

        var result = UtcTime.AsUtc(local);

        Assert.Equal((Utc.Ticks, DateTimeKind.Utc), (result.Ticks, result.Kind));
    }
}
