namespace ImeiPortal.Features.Reports;

public static class ReportsApi
{
    public static void MapPortalReportsApi(this RouteGroupBuilder api) =>
        api.MapGet("/reports/imei-lock-fees", static (string? month, FeeReportService reports, CancellationToken ct) => reports.GetImeiLockFeesAsync(month, ct))
            .WithTags("Reports");
}
