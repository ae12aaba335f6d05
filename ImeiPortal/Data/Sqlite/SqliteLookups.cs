using System.Collections.Concurrent;
using ImeiPortal.Domain.Identifiers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.Sqlite;

/// <summary>
/// The per-call look-ups on SQLite (a data session's SIM, a bearer token's user): open connections that each keep the
/// look-ups prepared, taken and given back per call (Microsoft.Data.Sqlite prepares a statement per command, and EF
/// makes a new command per query).
/// </summary>
/// <remarks>
/// An idle connection holds no read transaction (its statements are reset after each call), so it does not keep the
/// write-ahead log from being checkpointed.
/// </remarks>
internal sealed class SqliteLookups(DbContextOptions<PortalDbContext> options) : ISessionLookup, IUserStateLookup, IDisposable
{
    // Idle readers kept for the next calls: about the calls in flight at once; more are opened under a burst and closed after.
    private const int KeptIdle = 16;

    private readonly ConcurrentQueue<Reader> _idle = new();
    // Built when the first look-up asks (a singleton is made on first use), from the model only: no connection yet.
    private readonly Statements _statements = Statements.From(options);
    private volatile bool _disposed;

    public ValueTask<SessionSubject?> FindAsync(SimKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Read(key, static (reader, key) => reader.Find(key)));

    public ValueTask<UserState?> FindAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Read(userId, static (reader, userId) => reader.FindUser(userId)));

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var reader))
        {
            reader.Dispose();
        }
    }

    // The look-up and its argument apart, so a call allocates no closure (authorize is the store's most frequent read).
    private TResult Read<TArgument, TResult>(TArgument argument, Func<Reader, TArgument, TResult> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reader = _idle.TryDequeue(out var idle) ? idle : new Reader(_statements);
        try
        {
            // SQLite answers in-process from its page cache: there is nothing to wait for asynchronously.
            var found = read(reader, argument);
            GiveBack(reader);
            return found;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private void GiveBack(Reader reader)
    {
        if (_disposed || _idle.Count >= KeptIdle)
        {
            reader.Dispose();
            return;
        }

        _idle.Enqueue(reader);
        // Dispose may have emptied the queue between the check and the enqueue.
        if (_disposed && _idle.TryDequeue(out var late))
        {
            late.Dispose();
        }
    }

    /// <summary>The connection string and the statements.</summary>
    private sealed record Statements(string ConnectionString, string ByIccid, string ByImsi, string ByMsisdn, string UserState)
    {
        public static Statements From(DbContextOptions<PortalDbContext> options)
        {
            using var db = new PortalDbContext(options);
            return new Statements(
                db.Database.GetConnectionString() ?? throw new InvalidOperationException("The SQLite store has no connection string."),
                SessionLookupSql.Select(db, SimKeyKind.Iccid, "$key"),
                SessionLookupSql.Select(db, SimKeyKind.Imsi, "$key"),
                SessionLookupSql.Select(db, SimKeyKind.Msisdn, "$key"),
                UserStateSql.Select(db, "$key"));
        }
    }

    /// <summary>One open connection with the look-ups prepared on it; used by one call at a time.</summary>
    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _byIccid;
        private readonly SqliteCommand _byImsi;
        private readonly SqliteCommand _byMsisdn;
        private readonly SqliteCommand _userState;

        public Reader(Statements statements)
        {
            _connection = new SqliteConnection(statements.ConnectionString);
            try
            {
                _connection.Open();
                SqlitePragmas.Apply(_connection);
                _byIccid = Prepare(statements.ByIccid);
                _byImsi = Prepare(statements.ByImsi);
                _byMsisdn = Prepare(statements.ByMsisdn);
                _userState = Prepare(statements.UserState);
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        public SessionSubject? Find(SimKey key)
        {
            var command = key.Kind switch
            {
                SimKeyKind.Imsi => _byImsi,
                SimKeyKind.Msisdn => _byMsisdn,
                _ => _byIccid,
            };
            command.Parameters[0].Value = key.Value;
            using var row = command.ExecuteReader();
            if (!row.Read())
            {
                return null;
            }

            var until = SessionLookupSql.SwapWindowUntilColumn;
            return SessionLookupSql.Read(row, row.IsDBNull(until) ? null : StoredTime.Parse(row.GetString(until)));
        }

        public UserState? FindUser(string userId)
        {
            _userState.Parameters[0].Value = userId;
            using var row = _userState.ExecuteReader();
            return row.Read() ? UserStateSql.Read(row) : null;
        }

        public void Dispose()
        {
            _userState?.Dispose();
            _byIccid?.Dispose();
            _byImsi?.Dispose();
            _byMsisdn?.Dispose();
            _connection.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Names from the EF model; the key is a parameter.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.Parameters.Add("$key", SqliteType.Text);
            command.Prepare();
            return command;
        }
    }
}
