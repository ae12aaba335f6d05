using ImeiPortal.Domain.Sims;

namespace ImeiPortal.Domain.Tenancy;

/// <summary>
/// A customer's service (product): its service profile. SIMs activated under it start with its default
/// IMEI status, so a customer can switch the lock on for a whole fleet at activation.
/// </summary>
public sealed class ServiceProfile
{
    private ServiceProfile() => Name = "";

    public ServiceProfile(int customerId, string name, ImeiStatus defaultImeiStatus)
    {
        CustomerId = customerId;
        Name = "";
        Update(name, defaultImeiStatus);
    }

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public string Name { get; private set; }
    public ImeiStatus DefaultImeiStatus { get; private set; }

    public void Update(string name, ImeiStatus defaultImeiStatus)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // Locked and Differed need a device; a fleet default can only be one of these.
        if (defaultImeiStatus is not (ImeiStatus.Neutral or ImeiStatus.Armed or ImeiStatus.Pairing))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultImeiStatus), defaultImeiStatus,
                "A service's default IMEI status must be Neutral, Armed or Pairing.");
        }

        Name = name.Trim();
        DefaultImeiStatus = defaultImeiStatus;
    }
}
