using System.Data.Common;
using System.Runtime.CompilerServices;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImeiPortal.Data.Changes;

/// <summary>
/// Publishes what a save changed (SIMs, orders, notifications, deliveries) to the <see cref="IChangeHub"/> once it is
/// committed: at once after a save outside a transaction, else when the surrounding transaction commits. A failed save or
/// a transaction that is rolled back (or dropped uncommitted) signals nothing. Writes that bypass the change tracker
/// (the feed's bulk "last seen" rows) are published by their writer after its commit.
/// </summary>
public sealed class ChangeSignals(IChangeHub hub, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, State> _states = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData?.Context, saving: true);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData?.Context, saving: true);
        return Task.CompletedTask;
    }

    // A new transaction on a context means any earlier one ended; what waited for that one was never committed.
    DbTransaction IDbTransactionInterceptor.TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Drop(eventData?.Context, saving: false);
        return result;
    }

    ValueTask<DbTransaction> IDbTransactionInterceptor.TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken)
    {
        Drop(eventData?.Context, saving: false);
        return ValueTask.FromResult(result);
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData?.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Committed(eventData?.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData?.Context, saving: false);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Drop(eventData?.Context, saving: false);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Drop(eventData?.Context, saving: false);

    Task IDbTransactionInterceptor.TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        Drop(eventData?.Context, saving: false);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        State? state = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var signalled = entry.State switch
            {
                EntityState.Added => entry.Entity is Sim or Order or Notification or NotificationDelivery,
                EntityState.Modified => entry.Entity is Sim or Order,
                _ => false,
            };
            if (signalled)
            {
                // Added: appended, not replaced, since the journal's own save runs inside this one's completion.
                (state ??= _states.GetOrCreateValue(context)).Saving.Add(entry.Entity);
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || state.Saving.Count == 0)
        {
            return;
        }

        // Read after the save: the new rows have their ids now.
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = state.Saving.Select(entity => Describe(entity, now)).OfType<PortalChange>().Distinct().ToList();
        state.Saving.Clear();
        if (context.Database.CurrentTransaction is null)
        {
            hub.Publish(changes);
        }
        else
        {
            state.AwaitingCommit.AddRange(changes);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || state.AwaitingCommit.Count == 0)
        {
            return;
        }

        var changes = state.AwaitingCommit.Distinct().ToList();
        state.AwaitingCommit.Clear();
        hub.Publish(changes);
    }

    private void Drop(DbContext? context, bool saving)
    {
        if (context is null || !_states.TryGetValue(context, out var state))
        {
            return;
        }

        if (saving)
        {
            state.Saving.Clear();
        }
        else
        {
            state.AwaitingCommit.Clear();
        }
    }

    private static PortalChange? Describe(object entity, DateTime now) => entity switch
    {
        Sim s => new SimChanged(s.Id, s.Iccid, s.PartnerId, s.CustomerId),
        Order o => new OrderChanged(o.Id, o.SimId, o.Iccid, o.State, o.DueAt),
        Notification n => new NotificationCreated(n.Id, n.PartnerId, n.CustomerId,
            [.. n.Deliveries.Where(d => d.Channel == DeliveryChannel.Portal).Select(d => d.Target)]),
        NotificationDelivery { State: DeliveryState.Pending } d => new DeliveryDue(d.Id, d.NotificationId, d.NextAttemptAt ?? now),
        _ => null,
    };

    private sealed class State
    {
        public List<object> Saving { get; } = [];

        public List<PortalChange> AwaitingCommit { get; } = [];
    }
}
