using System.Text;
using ImeiPortal.Data.Changes;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Domain.Orders;
using Npgsql;

namespace ImeiPortal.Tests.Data;

/// <summary>What instances tell each other over NOTIFY: every kind of change, in payloads PostgreSQL accepts.</summary>
public sealed class ChangeRelayTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Payloads_EveryKindOfChange_ReadBackEqualByAnotherInstance()
    {
        PortalChange[] changes =
        [
            new SimChanged(1, "8944000000000000001", 2, 3),
            new SimChanged(4, "8944000000000000004", 2, null),
            new OrderChanged(5, 1, "8944000000000000001", OrderState.Pending, Due),
            new NotificationCreated(6, 2, 3, ["user-a", "user-b"]),
            new DeliveryDue(7, 6, Due),
            new BulkJobChanged(8, "user-a"),
        ];

        var payload = Assert.Single(PostgreSqlChangeRelay.Payloads("instance-a", changes));
        var read = PostgreSqlChangeRelay.Read("instance-b", payload);

        Assert.Equal(changes.Length, read.Count);
        Assert.Equal(changes.Take(3), read.Take(3));
        var notification = Assert.IsType<NotificationCreated>(read[3]);
        Assert.Equal(["user-a", "user-b"], notification.PortalRecipients);
        Assert.Equal(changes[4], read[4]);
        Assert.Equal(DateTimeKind.Utc, ((DeliveryDue)read[4]).DueAt.Kind);
        Assert.Equal(changes[5], read[5]);
    }

    [Fact]
    public void Read_OwnPayloadOrNotOurs_GivesNothing()
    {
        var payload = Assert.Single(PostgreSqlChangeRelay.Payloads("instance-a", [new SimChanged(1, "8944000000000000001", 2, 3)]));

        Assert.Empty(PostgreSqlChangeRelay.Read("instance-a", payload));
        Assert.Empty(PostgreSqlChangeRelay.Read("instance-b", "not json"));
        Assert.Empty(PostgreSqlChangeRelay.Read("instance-b", "{\"from\":\"x\",\"changes\":[{\"kind\":\"unknown\"}]}"));
    }

    [Fact]
    public void Payloads_TenThousandChanges_SplitUnderPostgreSqlsLimitLosingNone()
    {
        var changes = Enumerable.Range(1, 10_000).Select(i => (PortalChange)new SimChanged(i, $"89440000000{i:D8}", 2, i % 7)).ToList();

        var payloads = PostgreSqlChangeRelay.Payloads("instance-a", changes).ToList();

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, 7_999));
        Assert.Equal(changes, payloads.SelectMany(p => PostgreSqlChangeRelay.Read("instance-b", p)));
    }

    [Fact]
    public async Task KeepRunning_AnyException_IsRetriedWithDoublingWaitsAndStopsOnlyWhenTheHostStops()
    {
        using var stopping = new CancellationTokenSource();
        var failures = new List<(string Error, double Seconds)>();
        var calls = 0;
        await PostgreSqlChangeRelay.KeepRunningAsync(_ =>
        {
            calls++;
            // The last call ends like a stopping host: the cancellation is not a failure.
            if (calls == 4)
            {
                stopping.Cancel();
                throw new OperationCanceledException(stopping.Token);
            }

            // Not only Npgsql's: whatever escapes the loop would otherwise end the service and the host.
            throw calls == 2 ? new ArgumentException("unforeseen") : new NpgsqlException("connection lost");
        }, (e, seconds) => failures.Add((e.Message, seconds)), TimeSpan.FromMilliseconds(1), stopping.Token);

        Assert.Equal(4, calls);
        Assert.Equal([("connection lost", 0.001), ("unforeseen", 0.002), ("connection lost", 0.004)], failures);
    }

    [Fact]
    public async Task KeepRunning_FailureAfterAMinuteOfRunning_WaitsTheFirstDelayAgain()
    {
        using var stopping = new CancellationTokenSource();
        var time = new SteppedTime();
        var waits = new List<double>();
        var calls = 0;
        await PostgreSqlChangeRelay.KeepRunningAsync(_ =>
        {
            if (++calls == 4)
            {
                stopping.Cancel();
                return Task.CompletedTask;
            }

            // The third run lasts two minutes (a connection that worked for a while) before it drops.
            time.Advance(calls == 3 ? TimeSpan.FromMinutes(2) : TimeSpan.FromMilliseconds(1));
            throw new NpgsqlException("connection lost");
        }, (_, seconds) => waits.Add(seconds), TimeSpan.FromMilliseconds(1), stopping.Token, time);

        Assert.Equal([0.001, 0.002, 0.001], waits);
    }

    /// <summary>Elapsed time that moves only when the test says; timers stay the system's.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
