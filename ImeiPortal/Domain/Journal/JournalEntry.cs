namespace ImeiPortal.Domain.Journal;

/// <summary>
/// Who changed what, when, from what to what. Append-only: nothing in the portal edits or deletes
/// entries. PartnerId/CustomerId let the journal be scoped like the entity it describes.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
        Action = "";
        Entity = "";
    }

    public JournalEntry(DateTime at, string? userId, string? userEmail, string action, string entity, string? entityId,
        string? before, string? after, int? partnerId, int? customerId)
    {
        At = at;
        UserId = userId;
        UserEmail = userEmail;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        Before = before;
        After = after;
        PartnerId = partnerId;
        CustomerId = customerId;
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string? UserId { get; private set; }
    public string? UserEmail { get; private set; }
    public string Action { get; private set; }
    public string Entity { get; private set; }
    public string? EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public int? PartnerId { get; private set; }
    public int? CustomerId { get; private set; }
}
