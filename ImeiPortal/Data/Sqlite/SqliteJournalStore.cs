using ImeiPortal.Domain.Journal;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>The journal on SQLite: one prepared one-row insert stepped per entry (<see cref="SqliteNative.StepRows"/>).</summary>
internal sealed class SqliteJournalStore : IJournalStore
{
    public void Append(DbContext db, IReadOnlyList<JournalEntry> entries)
    {
        // Stepped on the connection they join the save's transaction; this only checks there is one.
        StoreSql.Transaction(db);
        SqliteNative.StepRows((SqliteConnection)db.Database.GetDbConnection(), SqliteNative.OneRowInsert(JournalStatements.InsertHead(db), JournalStatements.ColumnCount),
            JournalStatements.Values(entries));
    }

    public Task AppendAsync(DbContext db, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        Append(db, entries);
        return Task.CompletedTask;
    }
}
