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
/// <remarks>
/// One instance serves every context of the process (their options are built once): what a save captured lives on its
/// context (<see cref="PortalDbContext.PendingJournal"/>), and the actor is the context's <see cref="PortalDbContext.Caller"/>.
/// Two contexts of one scope (a Blazor circuit runs several handlers at once) saving together thus never mix entries
/// or commit each other's transaction.
/// </remarks>
public sealed class JournalInterceptor(TimeProvider clock, IJournalStore store) : SaveChangesInterceptor
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

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } save && save.Context.Database.CurrentTransaction is null)
        {
            save.OwnTransaction = save.Context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } save && save.Context.Database.CurrentTransaction is null)
        {
            save.OwnTransaction = await save.Context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is not { } save)
        {
            return result;
        }

        store.Append(save.Context, Entries(save));
        if (save.OwnTransaction is { } transaction)
        {
            transaction.Commit();
            transaction.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is not { } save)
        {
            return result;
        }

        await store.AppendAsync(save.Context, Entries(save), cancellationToken);
        if (save.OwnTransaction is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context)?.OwnTransaction?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context)?.OwnTransaction is { } transaction)
        {
            await transaction.DisposeAsync();
        }
    }

    /// <summary>The save's captured entries, taken off its context (a later save starts afresh).</summary>
    private static PendingSave? Take(DbContext? context)
    {
        if (context is not PortalDbContext { PendingJournal: { } save } portal)
        {
            return null;
        }

        portal.PendingJournal = null;
        return save;
    }

    /// <summary>What this save changes in journaled entities, kept on the context until it is saved; null when nothing is.</summary>
    private static PendingSave? Capture(DbContext? context)
    {
        if (context is not PortalDbContext portal)
        {
            return null;
        }

        portal.PendingJournal = null;
        var pending = new List<Pending>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (!Journaled.TryGetValue(entry.Metadata.ClrType, out var entity))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, entity, "Created", null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties
                        .Where(p => p.IsModified && !Noise.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToList();
                    if (changed.Count > 0)
                    {
                        pending.Add(new Pending(entry, entity, "Updated", Snapshot(changed, original: true)) { Changed = changed.Select(p => p.Metadata.Name).ToList() });
                    }

                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, entity, "Deleted", Snapshot(entry.Properties, original: true)));
                    break;
                default:
                    break;
            }
        }

        return pending.Count == 0 ? null : portal.PendingJournal = new PendingSave(portal, pending);
    }

    private List<JournalEntry> Entries(PendingSave save)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        var actor = save.Context.Caller?.UserId;
        var email = save.Context.Caller?.Email;
        return save.Changes.Select(p =>
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

    /// <summary>A save's journal entries as captured before it ran, and the transaction the journal opened for it (if any).</summary>
    internal sealed class PendingSave(PortalDbContext context, IReadOnlyList<Pending> changes)
    {
        public PortalDbContext Context { get; } = context;

        public IReadOnlyList<Pending> Changes { get; } = changes;

        public IDbContextTransaction? OwnTransaction { get; set; }
    }

    internal sealed record Pending(EntityEntry Entry, string Entity, string Action, string? Before)
    {
        public List<string>? Changed { get; init; }
    }
}
