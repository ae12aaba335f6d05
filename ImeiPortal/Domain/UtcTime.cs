namespace ImeiPortal.Domain;

public static class UtcTime
{
    /// <summary>
    /// Every time in the portal is UTC. A time without a zone (from the API, whose convention is UTC, or from a store such
    /// as SQLite that keeps none) is taken as UTC, never as the server's local time; a local time is converted.
    /// </summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
