namespace ImeiPortal.Domain.Tenancy;

/// <summary>An IoT connectivity partner: owns SIMs and serves customers.</summary>
public sealed class Partner
{
    private Partner() => Name = "";

    public Partner(string name, DateTime createdAt)
    {
        Name = "";
        Rename(name);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Its users must sign in with a second factor (TOTP); one who has none is sent to enrol first.</summary>
    public bool TwoFactorRequired { get; private set; }

    public void RequireTwoFactor(bool required) => TwoFactorRequired = required;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
