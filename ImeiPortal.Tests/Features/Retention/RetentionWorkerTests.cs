using ImeiPortal.Data;
using ImeiPortal.Data.Changes;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Features.Retention;
using ImeiPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Features.Retention;

/// <summary>The worker runs a round every <c>Retention:PollHours</c> by itself; bad settings stop the portal at start.</summary>
public sealed class RetentionWorkerTests
{
    [Fact]
    public async Task Worker_SmallInterval_RemovesExpiredRowsByItself()
    {
        using var portal = new ConfiguredPortalFactory(new Dictionary<string, string?>
        {
            // About a second.
            ["Retention:PollHours"] = "0.0003",
            ["Retention:JournalDays"] = "30",
        });
        var old = await portal.WithDbAsync(async db =>
        {
            var entry = new JournalEntry(DateTime.UtcNow.AddDays(-31), null, null, "Old", "Test", null, null, null, null, null);
            db.Journal.Add(entry);
            db.Journal.Add(new JournalEntry(DateTime.UtcNow.AddDays(-29), null, null, "Recent", "Test", null, null, null, null, null));
            await db.SaveChangesAsync();
            return entry.Id;
        });

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.False(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)));
        Assert.True(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Action == "Recent")));
    }

    [Fact]
    public async Task RunOnce_Disabled_StillRunsWhenCalledAndTheLoopDoesNot()
    {
        using var portal = new ConfiguredPortalFactory(new Dictionary<string, string?>
        {
            ["Retention:Enabled"] = "false",
            ["Retention:PollHours"] = "0.0003",
            ["Retention:JournalDays"] = "30",
        });
        var old = await portal.WithDbAsync(async db =>
        {
            var entry = new JournalEntry(DateTime.UtcNow.AddDays(-31), null, null, "Old", "Test", null, null, null, null, null);
            db.Journal.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.True(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)));

        var round = await portal.Services.GetRequiredService<RetentionWorker>().RunOnceAsync();

        Assert.Equal(1, round!.RowsDeleted["Journal"]);
        Assert.False(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == old)));
        var journaled = await portal.WithDbAsync(db => db.Journal.AsNoTracking().SingleAsync(j => j.Action == RetentionWorker.JournalAction));
        Assert.Equal(RetentionWorker.Actor, journaled.UserId);
        Assert.Contains("\"JournalRowsDeleted\":1", journaled.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_ClockAYearAhead_CutsOffFromTheWorkersClock()
    {
        using var portal = new ConfiguredPortalFactory(new Dictionary<string, string?> { ["Retention:Enabled"] = "false" });
        var entry = await portal.WithDbAsync(async db =>
        {
            var e = new JournalEntry(DateTime.UtcNow.AddDays(-10), null, null, "Recent", "Test", null, null, null, null, null);
            db.Journal.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var services = portal.Services;
        using var worker = new RetentionWorker(
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IRetentionStore>(),
            Options.Create(new RetentionOptions { JournalDays = 365 }), services.GetRequiredService<IChangeHub>(),
            new FixedClock(DateTimeOffset.UtcNow.AddDays(365)), NullLogger<RetentionWorker>.Instance);

        var round = await worker.RunOnceAsync();

        Assert.NotNull(round);
        Assert.False(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.Id == entry)));
    }

    [Theory]
    [InlineData("Retention:DetectionDays", "0")]
    [InlineData("Retention:DetectionDays", "6")]
    [InlineData("Retention:UsageDays", "-1")]
    [InlineData("Retention:NotificationDays", "0")]
    [InlineData("Retention:JournalDays", "-400")]
    [InlineData("Retention:PollHours", "0")]
    [InlineData("Retention:PollHours", "-1")]
    public void Start_ZeroOrNegative_FailsNamingTheKey(string key, string value)
    {
        using var portal = new ConfiguredPortalFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreTheDomainsRetentions()
    {
        var options = new RetentionOptions();

        Assert.Equal((400, 400, 400, 2_557, true), (options.DetectionDays, options.UsageDays, options.NotificationDays, options.JournalDays, options.Enabled));
        var now = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new ImeiPortal.Data.RetentionCutoffs(now.AddDays(-400), now.AddDays(-400), now.AddDays(-400), now.AddDays(-2_557)), options.CutoffsAt(now));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
