namespace ImeiPortal.Domain.Accounts;

/// <summary>What an API key may do beyond belonging to its tenant. Several at once.</summary>
[Flags]
public enum ApiKeyScopes
{
    None = 0,

    /// <summary>Every read (GET) of the key's tenant.</summary>
    Read = 1,

    /// <summary>Orders (lifecycle as far as the tenant level allows, IMEI status, unbar).</summary>
    Orders = 2,

    /// <summary>Alarm definitions and their webhook secrets.</summary>
    Alarms = 4,

    /// <summary>The network feed (<c>/api/network/*</c>), also as <c>X-Network-Key</c>.</summary>
    Feed = 8,
}

/// <summary>
/// A named credential for an integration, tied to the platform, a partner or a customer. Only a hash of the key is
/// kept: the key itself is shown once, at creation, and cannot be recovered. Revoked keys stay as rows so the journal's
/// actor keeps its name.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
        Name = "";
        Hash = "";
        Prefix = "";
    }

    public ApiKey(string name, ApiKeyScopes scopes, int? partnerId, int? customerId, string hash, string prefix,
        DateTime createdAt, DateTime? expiresAt, string? createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        if (customerId is not null && partnerId is null)
        {
            throw new ArgumentException("A customer's key also names the customer's partner.", nameof(partnerId));
        }

        Name = name.Trim();
        Scopes = scopes;
        PartnerId = partnerId;
        CustomerId = customerId;
        Hash = hash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public ApiKeyScopes Scopes { get; private set; }
    public int? PartnerId { get; private set; }
    public int? CustomerId { get; private set; }

    /// <summary>SHA-256 of the key, hex: the key has 256 random bits, so a fast hash cannot be reversed by guessing.</summary>
    public string Hash { get; private set; }

    /// <summary>The key's first characters, so people can tell their keys apart without the key.</summary>
    public string Prefix { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsUsableAt(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTime at) => RevokedAt ??= at;
}
