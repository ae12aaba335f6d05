namespace ImeiPortal.Domain.Sims;

/// <summary>SIM lifecycle. Values are persisted: never renumber.</summary>
public enum SimStatus
{
    Inventory = 0,
    Active = 1,
    Suspended = 2,
    Barred = 3,
    Deactivated = 4,
}
