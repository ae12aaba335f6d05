using ImeiPortal.Features.Journal;

namespace ImeiPortal.Tests.Features.Journal;

/// <summary>What the journal's stored actions and snapshots read like: labels and diffs without the database.</summary>
public sealed class JournalTextTests
{
    [Theory]
    [InlineData("Order.Created", "Order", "", "Order placed")]
    [InlineData("Order.Updated", "Order", "State:Pending>Completed", "Order completed")]
    [InlineData("Order.Updated", "Order", "State:Pending>Failed", "Order failed")]
    [InlineData("Sim.Updated", "Sim", "ImeiStatus:Neutral>Armed", "IMEI status changed")]
    [InlineData("Sim.Updated", "Sim", "Status:Active>Barred", "SIM status changed")]
    [InlineData("Sim.Updated", "Sim", "CustomerId:>4", "Customer assigned")]
    [InlineData("Sim.Created", "Sim", "", "SIM added")]
    [InlineData("ServiceProfile.Created", "ServiceProfile", "", "Service profile created")]
    [InlineData("Customer.Updated", "Customer", "Name:A>B", "Customer changed")]
    [InlineData("Alarm.Updated", "Alarm", "Enabled:true>false", "Alarm disabled")]
    [InlineData("UserRole.Created", "UserRole", "", "Role granted")]
    [InlineData("User.SignIn", "User", "", "Signed in")]
    [InlineData("User.SignInFailed", "User", "", "Sign-in failed")]
    public void Action_StoredActionAndChanges_ReadsAsAPersonSaysIt(string action, string entity, string change, string expected)
    {
        var changes = change.Length == 0 ? [] : new[] { Parse(change) };

        Assert.Equal(expected, JournalText.Action(action, entity, changes));
    }

    [Theory]
    [InlineData("ImeiStatus", "IMEI status")]
    [InlineData("ImeiLock", "Lock IMEI")]
    [InlineData("FrequentImeiChanges", "Frequent IMEI changes")]
    [InlineData("FirstImeiAfterTrigger", "First IMEI after the trigger")]
    [InlineData("CustomerId", "Customer")]
    [InlineData("RequestedBy", "Placed by")]
    [InlineData("AllowedImeis", "Allowed IMEIs")]
    [InlineData("Msisdn", "MSISDN")]
    public void Field_PropertyName_IsHuman(string property, string expected) =>
        Assert.Equal(expected, JournalText.Field(property));

    [Fact]
    public void RawChanges_UpdatedSnapshots_ListOnlyTheFieldsThatDiffer()
    {
        var changes = JournalText.RawChanges("""{"ImeiStatus":"Neutral","Imei":"1","Status":"Active"}""", """{"ImeiStatus":"Armed","Imei":"1"}""");

        Assert.Equal([new JournalChange("ImeiStatus", "Neutral", "Armed"), new JournalChange("Status", "Active", null)], changes);
    }

    [Fact]
    public void Readable_ReferencesFlagsTimesAndLists_AreNamedAndFormatted()
    {
        var raw = JournalText.RawChanges(null,
            """{"Id":2997,"CustomerId":4,"RequestedBy":"alarm:1","TacChanged":true,"CreatedAt":"2026-12-01T10:15:00Z","AllowedImeis":["1","2"],"Network":"EE"}""");

        var readable = JournalText.Readable(raw, (field, value) => (field, value) switch
        {
            ("CustomerId", "4") => "Acme Logistics",
            ("RequestedBy", "alarm:1") => "alarm Theft bar",
            _ => null,
        });

        Assert.Equal(
        [
            new JournalChange("Allowed IMEIs", null, "1, 2"),
            new JournalChange("Created", null, "2026-12-01 10:15:00 UTC"),
            new JournalChange("Customer", null, "Acme Logistics"),
            new JournalChange("Network", null, "EE"),
            new JournalChange("Placed by", null, "alarm Theft bar"),
            new JournalChange("Model changed", null, "yes"),
        ], readable);
    }

    [Theory]
    [InlineData("UpdateToLastSeen", "lock moves to the first device after the trigger")]
    [InlineData("KeepLock", "keep the IMEI lock")]
    public void Readable_UnbarOption_SaysWhatTheOptionDoesNotTheEnumName(string stored, string expected)
    {
        var readable = JournalText.Readable(JournalText.RawChanges(null, $$"""{"Type":"Unbar","UnbarOption":"{{stored}}"}"""), (_, _) => null);

        Assert.Contains(new JournalChange("Unbar option", null, expected), readable);
    }

    [Fact]
    public void RawChanges_NotAnObject_IsOneValueField()
    {
        Assert.Equal([new JournalChange("value", null, "plain text")], JournalText.RawChanges(null, "plain text"));
    }

    private static JournalChange Parse(string change)
    {
        var (field, values) = (change[..change.IndexOf(':', StringComparison.Ordinal)], change[(change.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('>'));
        return new JournalChange(field, values[0].Length == 0 ? null : values[0], values[1]);
    }
}
