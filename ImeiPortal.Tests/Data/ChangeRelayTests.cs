using System.Text;
using ImeiPortal.Data.Changes;
using ImeiPortal.Data.PostgreSQL;
using ImeiPortal.Domain.Orders;

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
        ];

        var payload = Assert.Single(PostgreSqlChangeRelay.Payloads("instance-a", changes));
        var read = PostgreSqlChangeRelay.Read("instance-b", payload);

        Assert.Equal(changes.Length, read.Count);
        Assert.Equal(changes.Take(3), read.Take(3));
        var notification = Assert.IsType<NotificationCreated>(read[3]);
        Assert.Equal(["user-a", "user-b"], notification.PortalRecipients);
        Assert.Equal(changes[4], read[4]);
        Assert.Equal(DateTimeKind.Utc, ((DeliveryDue)read[4]).DueAt.Kind);
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
}
