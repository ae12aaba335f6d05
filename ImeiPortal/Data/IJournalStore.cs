using ImeiPortal.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// Appends the journal's rows for a save, in that save's transaction on the context's connection. The rows are
/// write-only for the saving context (nothing reads them back or refers to them), so they need none of EF's tracking,
/// which cost a second SaveChanges of one tracked insert per changed entity: a third of a repeat feed batch's EF time
/// when a tenth of its SIMs lock on their first device (bench/README.md, 2026-12-02).
/// </summary>
public interface IJournalStore
{
    void Append(DbContext db, IReadOnlyList<JournalEntry> entries);

    Task AppendAsync(DbContext db, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken);
}

/// <summary>The journal's columns in one order, for every store.</summary>
internal static class JournalStatements
{
    private static readonly IReadOnlyList<string> Columns = [nameof(JournalEntry.At), nameof(JournalEntry.UserId), nameof(JournalEntry.UserEmail), nameof(JournalEntry.Action),
        nameof(JournalEntry.Entity), nameof(JournalEntry.EntityId), nameof(JournalEntry.Before), nameof(JournalEntry.After),
        nameof(JournalEntry.PartnerId), nameof(JournalEntry.CustomerId)];

    public static int ColumnCount => Columns.Count;

    public static string InsertHead(DbContext db) => StoreSql.InsertHead<JournalEntry>(db, Columns);

    public static List<object?[]> Values(IReadOnlyList<JournalEntry> entries) => entries
        .Select(e => new object?[] { e.At, e.UserId, e.UserEmail, e.Action, e.Entity, e.EntityId, e.Before, e.After, e.PartnerId, e.CustomerId })
        .ToList();
}

/// <summary>The journal in plain parameterised SQL any relational provider runs (multi-row statements), for a provider without a store of its own.</summary>
internal sealed class PortableJournalStore : IJournalStore
{
    // A synchronous save ends here; the portal's services save asynchronously, and the one synchronous saver (EF's
    // data protection key store) writes nothing the journal records.
    public void Append(DbContext db, IReadOnlyList<JournalEntry> entries) =>
        AppendAsync(db, entries, CancellationToken.None).GetAwaiter().GetResult();

    public async Task AppendAsync(DbContext db, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        await StoreSql.ExecuteRowsAsync(db.Database.GetDbConnection(), StoreSql.Transaction(db), JournalStatements.InsertHead(db), string.Empty, JournalStatements.Values(entries), cancellationToken);
    }
}
