using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Common;

/// <summary>
/// Who did something, as a person reads it: the user's email, "alarm Theft bar", "API key feed-1" or "system", never the
/// stored actor id (a user GUID, <c>alarm:1</c>, <c>apikey:3</c>). The journal and the order lists share it so an actor
/// reads the same everywhere.
/// </summary>
public sealed class ActorNames
{
    /// <summary>An order or journal row raised by an alarm's action carries <c>alarm:&lt;id&gt;</c> as its actor.</summary>
    public const string AlarmPrefix = "alarm:";

    /// <summary>Workers acting for the portal itself (and tests) carry <c>system:&lt;what&gt;</c>.</summary>
    public const string SystemPrefix = "system:";

    public const string System = "system";

    private const string RecordedKeyPrefix = "api-key:";

    /// <summary>An alarm outside the caller's scope (a partner's alarm seen by a customer): its name is not the caller's to read.</summary>
    public const string HiddenAlarm = "partner alarm";

    private readonly Dictionary<string, string> _names;

    private ActorNames(Dictionary<string, string> names) => _names = names;

    public static ActorNames None { get; } = new([]);

    /// <summary>
    /// Resolves every actor id in <paramref name="actorIds"/> with one query per kind of actor (users, alarms, keys), so a
    /// page of rows costs the same few queries whatever its length. Alarms and keys are named only when the caller sees
    /// them. A user's email is shown whoever may see the row: the row records what that person did in the caller's scope
    /// (the journal stores the same email with each entry).
    /// </summary>
    public static async Task<ActorNames> ResolveAsync(PortalDbContext db, ICurrentUser user, IEnumerable<string?> actorIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var ids = actorIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var alarmIds = Numbers(ids, AlarmPrefix);
        if (alarmIds.Count > 0)
        {
            foreach (var a in await db.Alarms.AsNoTracking().VisibleTo(user).Where(a => alarmIds.Contains(a.Id))
                         .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            {
                names[AlarmPrefix + a.Id.ToString(CultureInfo.InvariantCulture)] = "alarm " + a.Name;
            }
        }

        var keyIds = Numbers(ids, ApiKeyAuthentication.ActorPrefix);
        if (keyIds.Count > 0)
        {
            foreach (var k in await db.ApiKeys.AsNoTracking().VisibleTo(user).Where(k => keyIds.Contains(k.Id))
                         .Select(k => new { k.Id, k.Name }).ToListAsync(cancellationToken))
            {
                names[ApiKeyAuthentication.ActorPrefix + k.Id.ToString(CultureInfo.InvariantCulture)] = "API key " + k.Name;
            }
        }

        var userIds = ids.Where(id => !id.Contains(':', StringComparison.Ordinal)).ToList();
        if (userIds.Count > 0)
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                         .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken))
            {
                if (u.Email is not null)
                {
                    names[u.Id] = u.Email;
                }
            }
        }

        return new ActorNames(names);
    }

    /// <summary>The actor as a person reads it; <paramref name="recordedEmail"/> is what the row stored (the journal's email), used when the user is gone.</summary>
    public string Describe(string? actorId, string? recordedEmail = null)
    {
        if (actorId is null || actorId.StartsWith(SystemPrefix, StringComparison.Ordinal))
        {
            return System;
        }

        if (_names.TryGetValue(actorId, out var name))
        {
            return name;
        }

        if (actorId.StartsWith(AlarmPrefix, StringComparison.Ordinal))
        {
            return HiddenAlarm;
        }

        if (actorId.StartsWith(ApiKeyAuthentication.ActorPrefix, StringComparison.Ordinal))
        {
            // A key's entry records "api-key:<name>" as its email.
            return recordedEmail is { } key && key.StartsWith(RecordedKeyPrefix, StringComparison.Ordinal)
                ? "API key " + key[RecordedKeyPrefix.Length..]
                : "API key";
        }

        return recordedEmail ?? "a removed user";
    }

    private static List<int> Numbers(IEnumerable<string> ids, string prefix) =>
        ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .OfType<int>().ToList();
}
