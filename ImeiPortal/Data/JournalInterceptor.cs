using System.Text.Json;
using System.Text.Json.Serialization;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Orders;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace ImeiPortal.Data;

/// <summary>
/// Journals every change to the portal's business entities, whoever made it and through whichever
/// service, in the same transaction as the change: a service cannot forget to journal, and a journal
/// entry never describes a change that was rolled back.
/// </summary>
public sealed class JournalInterceptor(ICurrentUser user, TimeProvider clock, IJournalStore store) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    // Properties whose change is bookkeeping, not a business change: a repeated detection moving
    // "last seen" must not write a journal row per SIM per minute at telco scale.
    private static readonly HashSet<string> Noise = new(Configurations.SimConfiguration.LastSeen, StringComparer.Ordinal)
    {
        nameof(Sim.RecentImeiChanges),
        nameof(PortalUser.ConcurrencyStamp), nameof(PortalUser.SecurityStamp), nameof(PortalUser.AccessFailedCount),
        nameof(PortalUser.NormalizedEmail), nameof(PortalUser.NormalizedUserName), nameof(ApiKey.LastUsedAt),
    };

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal) { nameof(PortalUser.PasswordHash), nameof(Alarm.WebhookSecret), nameof(ApiKey.Hash) };

    private static readonly Dictionary<Type, string> Journaled = new()
    {
        [typeof(Partner)] = "Partner",
        [typeof(Customer)] = "Customer",
        [typeof(ServiceProfile)] = "ServiceProfile",
        [typeof(Sim)] = "Sim",
        [typeof(Order)] = "Order",
        [typeof(Alarm)] = "Alarm",
        [typeof(PortalUser)] = "User",
        [typeof(IdentityUserRole<string>)] = "UserRole",
        [typeof(ApiKey)] = "ApiKey",
    };

    private List<Pending>? _pending;
    private IDbContextTransaction? _ownTransaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) && eventData.Context!.Database.CurrentTransaction is null)
        {
            _ownTransaction = eventData.Context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) && eventData.Context!.Database.CurrentTransaction is null)
        {
            _ownTransaction = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && TakeEntries() is { Count: > 0 } entries)
        {
            store.Append(context, entries);
        }

        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Commit();
            transaction.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && TakeEntries() is { Count: > 0 } entries)
        {
            await store.AppendAsync(context, entries, cancellationToken);
        }

        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Reset();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset();
        return Task.CompletedTask;
    }

    private void Reset()
    {
        _pending = null;
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Dispose();
        }
    }

    private bool Capture(DbContext? context)
    {
        if (context is null)
        {
            return false;
        }

        _pending = [];
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (!Journaled.TryGetValue(entry.Metadata.ClrType, out var entity))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    _pending.Add(new Pending(entry, entity, "Created", null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties
                        .Where(p => p.IsModified && !Noise.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToList();
                    if (changed.Count > 0)
                    {
                        _pending.Add(new Pending(entry, entity, "Updated", Snapshot(changed, original: true)) { Changed = changed.Select(p => p.Metadata.Name).ToList() });
                    }

                    break;
                case EntityState.Deleted:
                    _pending.Add(new Pending(entry, entity, "Deleted", Snapshot(entry.Properties, original: true)));
                    break;
                default:
                    break;
            }
        }

        return _pending.Count > 0;
    }

    private List<JournalEntry>? TakeEntries()
    {
        if (_pending is not { Count: > 0 } pending)
        {
            return null;
        }

        _pending = null;
        var at = clock.GetUtcNow().UtcDateTime;
        var actor = user.UserId;
        var email = user.Email;
        return pending.Select(p =>
        {
            var after = p.Action switch
            {
                "Created" => Snapshot(p.Entry.Properties, original: false),
                "Updated" => Snapshot(p.Entry.Properties.Where(x => p.Changed!.Contains(x.Metadata.Name)), original: false),
                _ => null,
            };
            var (partnerId, customerId) = Owner(p.Entry);
            return new JournalEntry(at, actor, email, $"{p.Entity}.{p.Action}", p.Entity, Key(p.Entry), p.Before, after, partnerId, customerId);
        }).ToList();
    }

    private static string Snapshot(IEnumerable<PropertyEntry> properties, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var name = property.Metadata.Name;
            if (Noise.Contains(name) && name != nameof(Sim.ImeiLastSeenAt))
            {
                continue;
            }

            values[name.TrimStart('_')] = Secret.Contains(name) ? "***" : original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values, Json);
    }

    private static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static (int? PartnerId, int? CustomerId) Owner(EntityEntry entry) => entry.Entity switch
    {
        Partner p => (p.Id, null),
        Customer c => (c.PartnerId, c.Id),
        IdentityUserRole<string> r => entry.Context.Set<PortalUser>().Local.FirstOrDefault(u => u.Id == r.UserId) is { } u
            ? (u.PartnerId, u.CustomerId)
            : (null, null),
        _ => (Read(entry, "PartnerId"), Read(entry, "CustomerId")),
    };

    private static int? Read(EntityEntry entry, string property) =>
        entry.Metadata.FindProperty(property) is null ? null : entry.Property(property).CurrentValue as int?;

    private sealed record Pending(EntityEntry Entry, string Entity, string Action, string? Before)
    {
        public List<string>? Changed { get; init; }
    }
}
