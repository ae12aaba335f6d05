using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands EF Core executes on one database while it is alive, from EF's diagnostic events, so a test
/// can tell "a few commands per batch" from "one per row" without timing anything. Commands on other databases
/// (other test hosts running in parallel) are not counted. The feed's bulk writes go through the provider's own
/// store (not EF) and are not counted either; what a regression to per-row work would add is EF commands.
/// Saves and queries are counted apart: SQLite runs a save's statements one by one (in process, so that is cheap),
/// so only reads, and saves of rows that should not go through EF at all, tell per-row work apart.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataSource;
    private readonly string _database;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _queries;
    private int _saves;

    private SqlCommandCounter(DbConnection connection)
    {
        (_dataSource, _database) = (connection.DataSource, connection.Database);
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Commands of queries and raw SQL: everything but SaveChanges.</summary>
    public int Queries => Volatile.Read(ref _queries);

    /// <summary>Commands SaveChanges ran (on SQLite one per changed row and table).</summary>
    public int Saves => Volatile.Read(ref _saves);

    /// <summary>Starts counting the commands on the database behind this host.</summary>
    public static async Task<SqlCommandCounter> StartAsync(PortalFactory factory) =>
        await factory.WithDbAsync(db => Task.FromResult(new SqlCommandCounter(db.Database.GetDbConnection())));

    public void Reset()
    {
        Interlocked.Exchange(ref _queries, 0);
        Interlocked.Exchange(ref _saves, 0);
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command.Connection: { } connection } executed
            && connection.DataSource == _dataSource && connection.Database == _database)
        {
            Interlocked.Increment(ref executed.CommandSource == CommandSource.SaveChanges ? ref _saves : ref _queries);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
