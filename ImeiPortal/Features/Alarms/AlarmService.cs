using ImeiPortal.Data;
using ImeiPortal.Domain.Alarms;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Alarms;

public sealed record AlarmRecipients(List<string>? UserIds = null, List<string>? Emails = null, string? WebhookUrl = null);

public sealed record AlarmFilter(SimStatus? Status = null, ImeiStatus? ImeiStatus = null, string? Network = null, string? Tag = null);

public sealed record SaveAlarmRequest(
    AlarmType? Type,
    string? Name,
    int? PartnerId = null,
    int? CustomerId = null,
    List<string>? Iccids = null,
    AlarmAction? Action = null,
    bool? Enabled = null,
    AlarmRecipients? Recipients = null,
    long? ThresholdMb = null,
    AlarmFilter? Filter = null,
    int? ActionDelayMinutes = null,
    int? MinRiskScore = null);

public sealed record AlarmDto(
    int Id,
    AlarmType Type,
    string Name,
    int PartnerId,
    int? CustomerId,
    IReadOnlyList<string> Iccids,
    AlarmAction Action,
    bool Enabled,
    AlarmRecipients Recipients,
    long? ThresholdMb,
    AlarmFilter? Filter,
    DateTime CreatedAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? WebhookSecret = null)
{
    public int ActionDelayMinutes { get; init; }

    public int MinRiskScore { get; init; }
}

/// <summary>A webhook alarm's new signing secret, shown this once.</summary>
public sealed record WebhookSecretDto(string Secret);

public sealed record AlarmQuery(AlarmType? Type = null, int? CustomerId = null, int Page = 1, int PageSize = 50);

/// <summary>
/// Alarm rules. Scope: partner users manage their partner's alarms (optionally narrowed to a customer),
/// customer users only their own customer's; an alarm never reaches SIMs or users outside its tenant.
/// </summary>
public sealed class AlarmService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock, WebhookSecrets webhookSecrets)
{
    public const int MaxIccids = 10_000;
    public const int MaxRecipients = 50;

    /// <summary>About a petabyte: far above any SIM's month, and small enough that the threshold in bytes fits a long.</summary>
    public const long MaxThresholdMb = 1_000_000_000;

    public async Task<PagedResult<AlarmDto>> ListAsync(AlarmQuery query, CancellationToken cancellationToken = default)
    {
        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarms = db.Alarms.AsNoTracking().VisibleTo(user);
        if (query.Type is { } type)
        {
            alarms = alarms.Where(a => a.Type == type);
        }

        if (query.CustomerId is { } customerId)
        {
            alarms = alarms.Where(a => a.CustomerId == customerId);
        }

        var total = await alarms.CountAsync(cancellationToken);
        var rows = await page.Of(alarms.OrderBy(a => a.Name).ThenBy(a => a.Id), total).ToListAsync(cancellationToken);
        return new PagedResult<AlarmDto>(rows.ConvertAll(ToDto), total);
    }

    public async Task<AlarmDto> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ToDto(await FindAsync(db, id, cancellationToken));
    }

    public async Task<AlarmDto> CreateAsync(SaveAlarmRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await NewAlarmAsync(db, request, null, cancellationToken);
        var secret = EnsureWebhookSecret(alarm);
        db.Alarms.Add(alarm);
        await db.SaveChangesAsync(cancellationToken);
        // The only time the secret is shown without a rotation: the receiver needs it before the first webhook arrives.
        return ToDto(alarm) with { WebhookSecret = secret };
    }

    public async Task<AlarmDto> UpdateAsync(int id, SaveAlarmRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageAlarms);
        var (partnerId, customerId) = await ResolveTenantAsync(db, request with { PartnerId = alarm.PartnerId }, cancellationToken);
        var validation = ValidateShape(request, request.Type ?? alarm.Type);
        if (request.Type is { } type && type != alarm.Type)
        {
            validation.Add("type", "type cannot be changed; create a new alarm instead.");
        }

        await ValidateReferencesAsync(db, validation, request, partnerId, customerId, cancellationToken);
        validation.ThrowIfInvalid();

        alarm.Name = request.Name!.Trim();
        Apply(alarm, request, customerId);
        // A webhook added later is signed from its first delivery on; its owner reads the secret by rotating it.
        EnsureWebhookSecret(alarm);
        alarm.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Alarm {id} was changed by someone else; reload and try again.");
        }

        return ToDto(alarm);
    }

    /// <summary>
    /// The alarm <paramref name="request"/> describes, unsaved, under the rules of creating one: 404 outside the caller's
    /// scope, 403 without <see cref="Permission.ManageAlarms"/>, 400 for a bad body (with <paramref name="validateMore"/>'s
    /// problems in the same answer). The dry run replays exactly what a create would save.
    /// </summary>
    internal async Task<Alarm> NewAlarmAsync(PortalDbContext db, SaveAlarmRequest request, Action<Validation>? validateMore, CancellationToken cancellationToken)
    {
        var (partnerId, customerId) = await ResolveTenantAsync(db, request, cancellationToken);
        user.Require(Permission.ManageAlarms);
        var validation = ValidateShape(request, request.Type);
        validateMore?.Invoke(validation);
        await ValidateReferencesAsync(db, validation, request, partnerId, customerId, cancellationToken);
        validation.ThrowIfInvalid();

        var alarm = new Alarm(partnerId!.Value, request.Type!.Value, request.Name!.Trim(), clock.GetUtcNow().UtcDateTime);
        Apply(alarm, request, customerId);
        return alarm;
    }

    /// <summary>Switches an alarm on or off without resending the whole rule (the list's toggle).</summary>
    public async Task<AlarmDto> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageAlarms);
        alarm.Enabled = enabled;
        alarm.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(alarm);
    }

    /// <summary>Replaces a webhook alarm's signing secret; the old one stops verifying with the next delivery.</summary>
    public async Task<WebhookSecretDto> RotateWebhookSecretAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageAlarms);
        if (alarm.WebhookUrl is null)
        {
            throw new ConflictException($"Alarm {id} has no webhook, so it has no signing secret; set recipients.webhookUrl first.");
        }

        var (secret, stored) = webhookSecrets.Generate();
        alarm.WebhookSecret = stored;
        alarm.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Alarm {id} was changed by someone else; reload and try again.");
        }

        return new WebhookSecretDto(secret);
    }

    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alarm = await FindAsync(db, id, cancellationToken);
        user.Require(Permission.ManageAlarms);
        // Its notifications stay: history must not vanish with the rule that produced it.
        db.Alarms.Remove(alarm);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives a webhook alarm without a secret its own; returns the new secret, or null when none was needed.</summary>
    private string? EnsureWebhookSecret(Alarm alarm)
    {
        if (alarm.WebhookUrl is null || alarm.WebhookSecret is not null)
        {
            return null;
        }

        var (secret, stored) = webhookSecrets.Generate();
        alarm.WebhookSecret = stored;
        return secret;
    }

    private async Task<Alarm> FindAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Alarms.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Alarm", id);

    /// <summary>The alarm's partner and customer: a customer user's alarm is always their customer's.</summary>
    private async Task<(int? PartnerId, int? CustomerId)> ResolveTenantAsync(PortalDbContext db, SaveAlarmRequest request, CancellationToken cancellationToken)
    {
        if (user.Level == TenantLevel.Customer)
        {
            // Naming another customer is out of scope (404), not a request to be quietly redirected to one's own.
            return request.CustomerId is { } other && other != user.CustomerId
                ? throw new NotFoundException("Customer", other)
                : (user.PartnerId, user.CustomerId);
        }

        if (request.CustomerId is { } customerId)
        {
            var customer = await db.Customers.VisibleTo(user).Where(c => c.Id == customerId)
                .Select(c => new { c.PartnerId }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Customer", customerId);
            if (request.PartnerId is { } partner && partner != customer.PartnerId)
            {
                throw new ValidationFailedException("customerId", "customerId belongs to another partner.");
            }

            return (customer.PartnerId, customerId);
        }

        if (user.Level == TenantLevel.Partner)
        {
            return (user.PartnerId, null);
        }

        if (request.PartnerId is { } partnerId)
        {
            if (!await db.Partners.VisibleTo(user).AnyAsync(p => p.Id == partnerId, cancellationToken))
            {
                throw new NotFoundException("Partner", partnerId);
            }

            return (partnerId, null);
        }

        if (user.Level == TenantLevel.Platform)
        {
            throw new ValidationFailedException("partnerId", "partnerId or customerId is required.");
        }

        throw new NotFoundException("Partner", null);
    }

    private static Validation ValidateShape(SaveAlarmRequest request, AlarmType? type)
    {
        var validation = new Validation().Required("name", request.Name);
        var iccids = request.Iccids ?? [];
        var action = request.Action ?? AlarmAction.Notify;
        if (type is null)
        {
            validation.Add("type", "type is required (ImeiStatusChange, SingleSim, StaticPool or DynamicPool).");
        }

        if (action != AlarmAction.Notify && type is not (null or AlarmType.ImeiStatusChange))
        {
            validation.Add("action", "Bar and Deactivate apply only to ImeiStatusChange alarms.");
        }

        switch (type)
        {
            case AlarmType.SingleSim when iccids.Count != 1:
                validation.Add("iccids", "A SingleSim alarm needs exactly one ICCID.");
                break;
            case AlarmType.StaticPool when iccids.Count < 1:
                validation.Add("iccids", "A StaticPool alarm needs at least one ICCID.");
                break;
            case AlarmType.DynamicPool when iccids.Count > 0:
                validation.Add("iccids", "A DynamicPool alarm takes its SIMs from filter, not from iccids.");
                break;
            default:
                break;
        }

        if (iccids.Count > MaxIccids)
        {
            validation.Add("iccids", $"At most {MaxIccids} ICCIDs.");
        }

        if (type is AlarmType.SingleSim or AlarmType.StaticPool or AlarmType.DynamicPool)
        {
            if (request.ThresholdMb is not (> 0 and <= MaxThresholdMb))
            {
                validation.Add("thresholdMb", $"thresholdMb must be between 1 and {MaxThresholdMb} for usage alarms.");
            }
        }
        else if (request.ThresholdMb is not null)
        {
            validation.Add("thresholdMb", "thresholdMb applies only to usage alarms.");
        }

        if (request.ActionDelayMinutes is not (null or (>= 0 and <= Alarm.MaxActionDelayMinutes)))
        {
            validation.Add("actionDelayMinutes", $"actionDelayMinutes must be between 0 and {Alarm.MaxActionDelayMinutes}.");
        }

        if (request.MinRiskScore is not (null or (>= 0 and <= TheftRisk.MaxScore)))
        {
            validation.Add("minRiskScore", $"minRiskScore must be between 0 and {TheftRisk.MaxScore}.");
        }

        if (type != AlarmType.ImeiStatusChange && (request.ActionDelayMinutes is > 0 || request.MinRiskScore is > 0))
        {
            validation.Add(request.ActionDelayMinutes is > 0 ? "actionDelayMinutes" : "minRiskScore", "An action delay and a minimum risk score apply only to ImeiStatusChange alarms.");
        }

        if (request.Filter is not null && type != AlarmType.DynamicPool)
        {
            validation.Add("filter", "filter applies only to DynamicPool alarms.");
        }

        if (request.Filter is { } filter)
        {
            if (filter.Network?.Length > 50)
            {
                validation.Add("filter.network", "filter.network must be at most 50 characters.");
            }

            if (filter.Tag?.Length > 50)
            {
                validation.Add("filter.tag", "filter.tag must be at most 50 characters.");
            }
        }

        ValidateRecipients(validation, request.Recipients);
        return validation;
    }

    private static void ValidateRecipients(Validation validation, AlarmRecipients? recipients)
    {
        if (recipients is null)
        {
            return;
        }

        if ((recipients.UserIds?.Count ?? 0) > MaxRecipients || (recipients.Emails?.Count ?? 0) > MaxRecipients)
        {
            validation.Add("recipients", $"At most {MaxRecipients} users and {MaxRecipients} emails.");
        }

        var mail = new System.ComponentModel.DataAnnotations.EmailAddressAttribute();
        foreach (var email in recipients.Emails ?? [])
        {
            if (string.IsNullOrWhiteSpace(email) || email.Length > 256 || !mail.IsValid(email.Trim()) || email.Contains('\n', StringComparison.Ordinal))
            {
                validation.Add("recipients.emails", $"'{email}' is not a valid email address.");
            }
        }

        if (recipients.WebhookUrl is { } url && !IsHttpUrl(url))
        {
            validation.Add("recipients.webhookUrl", "webhookUrl must be an absolute http or https URL of at most 500 characters.");
        }
    }

    private static bool IsHttpUrl(string url) =>
        url.Length <= 500 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>ICCIDs and recipient users must exist within the alarm's tenant and be visible to the caller.</summary>
    private async Task ValidateReferencesAsync(PortalDbContext db, Validation validation, SaveAlarmRequest request,
        int? partnerId, int? customerId, CancellationToken cancellationToken)
    {
        var iccids = (request.Iccids ?? []).Select(i => i?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (iccids.Count is > 0 and <= MaxIccids)
        {
            var sims = db.Sims.VisibleTo(user).Where(s => s.PartnerId == partnerId);
            if (customerId is not null)
            {
                sims = sims.Where(s => s.CustomerId == customerId);
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in iccids.Chunk(500))
            {
                found.UnionWith(await sims.Where(s => chunk.Contains(s.Iccid)).Select(s => s.Iccid).ToListAsync(cancellationToken));
            }

            var missing = iccids.Where(i => !found.Contains(i)).ToList();
            if (missing.Count > 0)
            {
                validation.Add("iccids", $"Unknown SIM(s) for this alarm's scope: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : "")}.");
            }
        }

        var userIds = (request.Recipients?.UserIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (userIds.Count is > 0 and <= MaxRecipients)
        {
            // A recipient must belong to the alarm's partner (its customers included) or, for a customer alarm, that customer.
            var users = db.Users.VisibleTo(user).Where(u => u.PartnerId == partnerId || db.Customers.Any(c => c.Id == u.CustomerId && c.PartnerId == partnerId));
            if (customerId is not null)
            {
                users = users.Where(u => u.CustomerId == customerId || (u.PartnerId == partnerId && u.CustomerId == null));
            }

            var found = await users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
            var missing = userIds.Except(found, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                validation.Add("recipients.userIds", $"Unknown user(s): {string.Join(", ", missing)}.");
            }
        }
    }

    private static void Apply(Alarm alarm, SaveAlarmRequest request, int? customerId)
    {
        alarm.CustomerId = customerId;
        alarm.Action = request.Action ?? AlarmAction.Notify;
        alarm.Enabled = request.Enabled ?? true;
        alarm.Iccids = (request.Iccids ?? []).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        alarm.RecipientUserIds = (request.Recipients?.UserIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        alarm.RecipientEmails = (request.Recipients?.Emails ?? []).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        alarm.WebhookUrl = string.IsNullOrWhiteSpace(request.Recipients?.WebhookUrl) ? null : request.Recipients.WebhookUrl.Trim();
        alarm.ThresholdMb = request.ThresholdMb;
        alarm.ActionDelayMinutes = request.ActionDelayMinutes ?? 0;
        alarm.MinRiskScore = request.MinRiskScore ?? 0;
        alarm.FilterStatus = request.Filter?.Status;
        alarm.FilterImeiStatus = request.Filter?.ImeiStatus;
        alarm.FilterNetwork = string.IsNullOrWhiteSpace(request.Filter?.Network) ? null : request.Filter.Network.Trim();
        alarm.FilterTag = string.IsNullOrWhiteSpace(request.Filter?.Tag) ? null : request.Filter.Tag.Trim();
    }

    public static AlarmDto ToDto(Alarm a) => new(
        a.Id, a.Type, a.Name, a.PartnerId, a.CustomerId, a.Iccids, a.Action, a.Enabled,
        new AlarmRecipients(a.RecipientUserIds, a.RecipientEmails, a.WebhookUrl), a.ThresholdMb,
        a.Type == AlarmType.DynamicPool ? new AlarmFilter(a.FilterStatus, a.FilterImeiStatus, a.FilterNetwork, a.FilterTag) : null,
        a.CreatedAt)
    {
        ActionDelayMinutes = a.ActionDelayMinutes,
        MinRiskScore = a.MinRiskScore,
    };
}
