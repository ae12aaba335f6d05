namespace ImeiPortal.Features.Common;

public static class UtcTime
{
    /// <summary>Times without a zone are taken as UTC (the API's convention), never as the server's local time.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
