using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImeiPortal.Features.Journal;

/// <summary>One field a journal entry changed, named and valued as a person reads it.</summary>
public sealed record JournalChange(string Field, string? Before, string? After);

/// <summary>
/// Turns what the journal interceptor stores (entity type names, <c>Sim.Updated</c>, flat JSON snapshots with property
/// names) into what a person reads: "IMEI status changed", "Lock IMEI: 35… → 35…". Pure, so the page, the API and the
/// tests see the same words.
/// </summary>
public static class JournalText
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Sim"] = "SIM",
        ["ServiceProfile"] = "Service profile",
        ["UserRole"] = "User role",
        ["ApiKey"] = "API key",
    };

    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["SignIn"] = "Signed in",
        ["SignInFailed"] = "Sign-in failed",
        ["SignOut"] = "Signed out",
        ["LockedOut"] = "Locked out after failed sign-ins",
        ["PasswordChanged"] = "Password changed",
        ["PasswordReset"] = "Password reset",
        ["PasswordResetRequested"] = "Password reset requested",
        [Retention.RetentionWorker.JournalAction] = "History past its retention removed",
    };

    // Names a person would not guess from the property; everything else is split into words (see Humanize).
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["ImeiLock"] = "Lock IMEI",
        ["ImeiLastSeenAt"] = "Last seen",
        ["FirstImeiAfterTrigger"] = "First IMEI after the trigger",
        ["TacChanged"] = "Model changed",
        ["CustomerId"] = "Customer",
        ["PartnerId"] = "Partner",
        ["SimId"] = "SIM",
        ["AlarmId"] = "Alarm",
        ["UserId"] = "User",
        ["RoleId"] = "Role",
        ["RequestedBy"] = "Placed by",
        ["Cause"] = "Raised by",
        ["Reason"] = "Reason",
        ["IsActive"] = "Active",
        ["DueAt"] = "Due",
        ["CreatedAt"] = "Created",
        ["CompletedAt"] = "Completed",
        ["SwapWindowUntil"] = "Swap window until",
        ["RecipientUserIds"] = "Recipients (users)",
        ["RecipientEmails"] = "Recipients (emails)",
        ["ActionDelayMinutes"] = "Action delay (minutes)",
        ["detail"] = "Detail",
        ["PasswordHash"] = "Password",
    };

    // Keys and bookkeeping a reader has no use for: the entry's subject already names the thing.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "LeaseOwner", "LeaseUntil", "ConcurrencyStamp", "SecurityStamp", "NormalizedEmail", "NormalizedUserName",
    };

    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["Imei"] = "IMEI", ["Imeis"] = "IMEIs", ["Iccid"] = "ICCID", ["Iccids"] = "ICCIDs", ["Imsi"] = "IMSI", ["Msisdn"] = "MSISDN",
        ["Tac"] = "TAC", ["Tacs"] = "TACs", ["Sim"] = "SIM", ["Sims"] = "SIMs", ["Api"] = "API", ["Url"] = "URL", ["Id"] = "id",
        ["Mfa"] = "MFA", ["Otp"] = "OTP",
    };

    /// <summary>"SIM", "Service profile", ...: the entity as a person names it.</summary>
    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

    /// <summary>
    /// The action as a person says it. <paramref name="changes"/> are the entry's raw changed fields (property names,
    /// stored values): an update is named by the change that matters most (an order's new state, a SIM's IMEI status).
    /// </summary>
    public static string Action(string action, string entity, IReadOnlyList<JournalChange> changes)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(changes);
        var verb = action.StartsWith(entity + ".", StringComparison.Ordinal) ? action[(entity.Length + 1)..] : action;
        if (Verbs.TryGetValue(verb, out var said))
        {
            return said;
        }

        var changed = changes.ToDictionary(c => c.Field, StringComparer.Ordinal);
        return (entity, verb) switch
        {
            ("Order", "Created") => "Order placed",
            ("Order", "Updated") when changed.TryGetValue("State", out var state) => state.After switch
            {
                "Completed" => "Order completed",
                "Failed" => "Order failed",
                "Cancelled" => "Order cancelled",
                _ => "Order changed",
            },
            ("Sim", "Created") => "SIM added",
            ("Sim", "Updated") when changed.ContainsKey("ImeiStatus") => "IMEI status changed",
            ("Sim", "Updated") when changed.ContainsKey("Status") => "SIM status changed",
            ("Sim", "Updated") when changed.ContainsKey("CustomerId") => "Customer assigned",
            ("Sim", "Updated") when changed.ContainsKey("ImeiLock") => "Lock IMEI changed",
            ("Sim", "Updated") when changed.ContainsKey("Imei") => "Device changed",
            ("Sim", "Updated") when changed.ContainsKey("SwapWindowUntil") => "Swap window changed",
            ("Sim", "Updated") when changed.ContainsKey("AllowedImeis") || changed.ContainsKey("LockScope") => "Lock settings changed",
            ("Alarm", "Updated") when changed.Count == 1 && changed.TryGetValue("Enabled", out var enabled) =>
                enabled.After == "true" ? "Alarm enabled" : "Alarm disabled",
            ("User", "Updated") when changed.Count == 1 && changed.TryGetValue("IsActive", out var active) =>
                active.After == "true" ? "User reactivated" : "User deactivated",
            ("UserRole", "Created") => "Role granted",
            ("UserRole", "Deleted") => "Role removed",
            (_, "Created") => Entity(entity) + " created",
            (_, "Updated") => Entity(entity) + " changed",
            (_, "Deleted") => Entity(entity) + " deleted",
            _ => Humanize(verb),
        };
    }

    /// <summary>A property name as a person reads it: "ImeiStatus" is "IMEI status", "CustomerId" is "Customer".</summary>
    public static string Field(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return Fields.TryGetValue(property, out var name) ? name : Humanize(property);
    }

    /// <summary>
    /// The fields <paramref name="before"/> and <paramref name="after"/> (flat JSON objects, as the journal stores them)
    /// differ in, raw: property names and stored values, in name order. A created entry lists what it was created with,
    /// a deleted one what it held. Anything that is not a JSON object is one "value" field.
    /// </summary>
    public static IReadOnlyList<JournalChange> RawChanges(string? before, string? after)
    {
        var old = Flatten(before);
        var now = Flatten(after);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => new JournalChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>
    /// The raw changes with human field names and values: references through <paramref name="name"/> (field, stored
    /// value) -> a name or null to keep the value; yes/no for flags; times as "yyyy-MM-dd HH:mm:ss UTC"; lists joined.
    /// </summary>
    public static IReadOnlyList<JournalChange> Readable(IReadOnlyList<JournalChange> raw, Func<string, string, string?> name)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(name);
        return raw.Where(c => !Hidden.Contains(c.Field))
            .Select(c => new JournalChange(Field(c.Field), Value(c.Field, c.Before, name), Value(c.Field, c.After, name))).ToList();
    }

    /// <summary>A field's stored value (as <see cref="RawChanges"/> gives it) as a person reads it.</summary>
    public static string? Value(string field, string? value, Func<string, string, string?> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return null;
        }

        if (name(field, value) is { } resolved)
        {
            return resolved;
        }

        // The enum's own name says "last seen" where the lock really moves to the first device after the trigger.
        if (field == "UnbarOption" && Enum.TryParse<Domain.Sims.UnbarOption>(value, out var unbarOption))
        {
            return Orders.UnbarOptionText.Of(unbarOption);
        }

        if (value is "true" or "false")
        {
            return value == "true" ? "yes" : "no";
        }

        if (value.StartsWith('[') && TryList(value, out var list))
        {
            return list;
        }

        // Snapshots hold times as ISO 8601 (round-trip, UTC).
        if (value.Length >= 19 && value[4] == '-' && value[10] == 'T'
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
        }

        return value;
    }

    private static bool TryList(string json, out string list)
    {
        list = "";
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            list = string.Join(", ", document.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()));
            if (list.Length == 0)
            {
                list = "none";
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>"FrequentImeiChanges" is "Frequent IMEI changes".</summary>
    private static string Humanize(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || char.IsUpper(name[i]))
            {
                words.Add(name[start..i]);
                start = i;
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].TrimStart('_');
            if (word.Length == 0)
            {
                continue;
            }

            var said = Acronyms.TryGetValue(word, out var acronym) ? acronym
                : text.Length == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word.ToLowerInvariant();
            text.Append(text.Length == 0 ? "" : " ").Append(said);
        }

        return text.ToString();
    }

    private static Dictionary<string, string?> Flatten(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields["value"] = Show(document.RootElement);
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = Show(property.Value);
            }
        }
        catch (JsonException)
        {
            fields["value"] = json;
        }

        return fields;
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
