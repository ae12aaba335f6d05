using System.Diagnostics.Metrics;

namespace ImeiPortal.Features.Operations;

/// <summary>
/// The portal's own meters, beside the framework's: what an operator of the feed and the workers watches.
/// One instance per app (the meter factory scopes the meter to the host, so test hosts do not share counts).
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "ImeiPortal";

    private readonly Counter<long> _detections;
    private readonly Counter<long> _triggers;
    private readonly Counter<long> _orders;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _exportRows;

    public PortalMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _detections = meter.CreateCounter<long>("imeiportal.detections.ingested", "{detection}",
            "Detections accepted from the network feed (duplicates and rejected items excluded).");
        _triggers = meter.CreateCounter<long>("imeiportal.imei_lock.triggers", "{trigger}",
            "SIMs moved to Differed by a detection (IMEI lock triggers).");
        _orders = meter.CreateCounter<long>("imeiportal.orders", "{order}",
            "Orders placed and finished, by type and state (Pending when placed, then Completed, Failed or Cancelled).");
        _deliveries = meter.CreateCounter<long>("imeiportal.notification.deliveries", "{delivery}",
            "Notification delivery attempts, by channel and resulting state.");
        _exportRows = meter.CreateCounter<long>("imeiportal.export.rows", "{row}", "Rows written to CSV and XLSX exports, by list and format.");
    }

    public void DetectionsIngested(long count)
    {
        if (count > 0)
        {
            _detections.Add(count);
        }
    }

    public void Triggered(int count = 1) => _triggers.Add(count);

    public void Order(string type, string state) =>
        _orders.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("state", state));

    public void Delivery(string channel, string state) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("state", state));

    public void ExportRows(string list, string format, long rows) =>
        _exportRows.Add(rows, new KeyValuePair<string, object?>("list", list), new KeyValuePair<string, object?>("format", format));
}
