using ImeiPortal.Data;
using ImeiPortal.Domain.Accounts;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.ApiKeys;

/// <param name="TenantName">The customer's or the partner's name, or "Platform": what people call the key's tenant.</param>
public sealed record ApiKeyDto(int Id, string Name, IReadOnlyList<string> Scopes, int? PartnerId, int? CustomerId, string Prefix,
    DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, string TenantName = ApiKeyService.PlatformName);

public sealed record CreateApiKeyRequest(string? Name, List<string>? Scopes, int? PartnerId, int? CustomerId, DateTime? ExpiresAt);

/// <summary>The one answer that carries the key: it is never shown again.</summary>
public sealed record CreatedApiKey(int Id, string Key);

/// <summary>
/// Keys are accounts for machines, so they follow the users' rule: whoever may manage users of a tenant (Admin,
/// PartnerAdmin for its partner and its customers, CustomerAdmin for its customer) may create and revoke its keys, and
/// every role of the tenant may list them. A key acts with the admin role of its level narrowed by its scopes, which
/// never exceeds what its creator may do. A key cannot manage keys (no scope grants managing users).
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const string PlatformName = "Platform";

    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().VisibleTo(user).Where(k => k.RevokedAt == null)
            .OrderBy(k => k.Name).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        var partnerIds = keys.Select(k => k.PartnerId).OfType<int>().Distinct().ToList();
        var customerIds = keys.Select(k => k.CustomerId).OfType<int>().Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. keys.Select(k => ToDto(k) with
        {
            TenantName = k.CustomerId is { } c ? customers.GetValueOrDefault(c, "") : k.PartnerId is { } p ? partners.GetValueOrDefault(p, "") : PlatformName,
        })];
    }

    public async Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var validation = new Validation().Required("name", request.Name, MaxNameLength);
        var scopes = ApiKeyScopes.None;
        if (request.Scopes is not { Count: > 0 })
        {
            validation.Add("scopes", $"At least one scope is required: {string.Join(", ", ApiKeyPermissions.Names(AllScopes))}.");
        }

        foreach (var name in request.Scopes ?? [])
        {
            if (ApiKeyPermissions.Parse(name) is { } scope)
            {
                scopes |= scope;
            }
            else
            {
                validation.Add("scopes", $"Unknown scope '{name}'. Known scopes: {string.Join(", ", ApiKeyPermissions.Names(AllScopes))}.");
            }
        }

        if (request.ExpiresAt is { } expiresAt && UtcTimeOf(expiresAt) <= now)
        {
            validation.Add("expiresAt", "expiresAt must be in the future.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (partnerId, customerId) = await user.ResolveOwnerAsync(db, request.PartnerId, request.CustomerId, cancellationToken);
        if (scopes.HasFlag(ApiKeyScopes.Feed) && partnerId is not null)
        {
            // The network reports on every SIM of the platform; a partner's key must not move another partner's SIMs.
            validation.Add("scopes", "The feed scope is for platform keys only (no partnerId or customerId): the network feed covers every SIM.");
        }

        validation.ThrowIfInvalid();
        user.Require(Permission.ManageUsers);

        var (key, hash, prefix) = ApiKeyAuthentication.NewKey();
        var apiKey = new ApiKey(request.Name!, scopes, partnerId, customerId, hash, prefix, now,
            request.ExpiresAt is { } at ? UtcTimeOf(at) : null, user.UserId);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(apiKey.Id, key);
    }

    /// <summary>Revocation holds from the next call: keys are looked up on every call, never cached.</summary>
    public async Task RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.VisibleTo(user).Where(k => k.RevokedAt == null).FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new NotFoundException("API key", id);
        user.Require(Permission.ManageUsers);
        key.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private const ApiKeyScopes AllScopes = ApiKeyScopes.Read | ApiKeyScopes.Orders | ApiKeyScopes.Alarms | ApiKeyScopes.Feed;

    private static DateTime UtcTimeOf(DateTime value) => Domain.UtcTime.AsUtc(value);

    private static ApiKeyDto ToDto(ApiKey k) =>
        new(k.Id, k.Name, ApiKeyPermissions.Names(k.Scopes), k.PartnerId, k.CustomerId, k.Prefix, k.CreatedAt, k.ExpiresAt, k.LastUsedAt);
}
