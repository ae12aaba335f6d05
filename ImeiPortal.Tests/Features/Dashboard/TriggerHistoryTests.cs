using ImeiPortal.Features.Dashboard;

namespace ImeiPortal.Tests.Features.Dashboard;

/// <summary>The dashboard's 30 days of IMEI lock triggers: every day present, oldest first, a quiet day a zero.</summary>
public sealed class TriggerHistoryTests
{
    private static readonly DateTime Today = new(2026, 3, 10, 17, 45, 0, DateTimeKind.Utc);

    [Fact]
    public void Fill_SparseDays_ThirtyDaysOldestFirstWithZerosBetween()
    {
        var days = TriggerHistory.Fill([new DailyTriggers(new DateTime(2026, 3, 10), 4), new DailyTriggers(new DateTime(2026, 2, 9), 2)], Today);

        Assert.Equal(30, days.Count);
        Assert.Equal(new DateTime(2026, 2, 9), days[0].Day);
        Assert.Equal(new DateTime(2026, 3, 10), days[^1].Day);
        Assert.Equal(2, days[0].Count);
        Assert.Equal(4, days[^1].Count);
        Assert.All(days.Skip(1).SkipLast(1), d => Assert.Equal(0, d.Count));
        Assert.Equal(days.Select(d => d.Day).Order(), days.Select(d => d.Day));
    }

    [Fact]
    public void Fill_NoTriggers_ThirtyZeros()
    {
        var days = TriggerHistory.Fill([], Today);

        Assert.Equal(30, days.Count);
        Assert.All(days, d => Assert.Equal(0, d.Count));
    }

    [Fact]
    public void Fill_DayOutsideTheWindow_IsLeftOut()
    {
        var days = TriggerHistory.Fill([new DailyTriggers(new DateTime(2026, 2, 8), 7)], Today);

        Assert.Equal(0, days.Sum(d => d.Count));
    }
}
