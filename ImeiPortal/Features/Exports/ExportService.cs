using System.Globalization;
using System.Runtime.CompilerServices;
using ImeiPortal.Data;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.Journal;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Features.Sims;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Exports;

public enum ExportKind
{
    Sims,
    Notifications,
    Journal,
    Customers,
    Usage,
}

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Every list filter an export takes, named as the lists' query parameters. Each export reads the ones its
/// list has: sims (search, status, imeiStatus, customerId, network, tag, sort), notifications (iccid,
/// alarmId, from, to), journal (entity, entityId, userId, from, to), customers (search, partnerId, tag),
/// usage (iccid, from, to). <c>from</c> is inclusive, <c>to</c> exclusive.
/// </summary>
public sealed record ExportFilters(
    string? Search = null,
    SimStatus? Status = null,
    ImeiStatus? ImeiStatus = null,
    int? CustomerId = null,
    string? Network = null,
    string? Tag = null,
    string? Sort = null,
    string? Iccid = null,
    int? AlarmId = null,
    DateTime? From = null,
    DateTime? To = null,
    string? Entity = null,
    string? EntityId = null,
    string? UserId = null,
    int? PartnerId = null,
    bool? FrequentImeiChanges = null,
    bool? ModelChanged = null)
{
    // The SIM list's filters, every one of them: an export holds exactly the rows the list shows.
    public SimQuery ToSimQuery() => new SimQuery(Search, Status, ImeiStatus, CustomerId, Network, Tag, Sort,
        PartnerId: PartnerId, FrequentImeiChanges: FrequentImeiChanges, ModelChanged: ModelChanged).Validated();
}

/// <summary>
/// Streams a list, as the caller may see it, to CSV or XLSX. Rows come straight from a no-tracking query and go
/// straight to the output, so memory stays flat whatever the row count. The API streams to the response; a page
/// can stream to a file and show progress from <see cref="CountAsync"/> and the <c>progress</c> callback.
/// </summary>
public sealed class ExportService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, CustomerService customers, NotificationHistoryService notifications, JournalService journal, TimeProvider clock,
    Operations.PortalMetrics metrics, IExportCursor cursors)
{
    /// <summary>How often progress is reported, in rows.</summary>
    public const int ProgressInterval = 1000;

    public static readonly IReadOnlyDictionary<string, ExportKind> Names =
        Enum.GetValues<ExportKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.Ordinal);

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>e.g. <c>sims-2026-11-23.csv</c>.</summary>
    public string FileName(ExportKind kind, ExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{kind.ToString().ToLowerInvariant()}-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.{format.ToString().ToLowerInvariant()}");

    /// <summary>Rows the export will hold (for a progress bar); the same filters as the export.</summary>
    public async Task<int> CountAsync(ExportKind kind, ExportFilters filters, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            ExportKind.Sims => await SimRows(db, filters).CountAsync(cancellationToken),
            ExportKind.Notifications => await NotificationRows(db, filters).CountAsync(cancellationToken),
            ExportKind.Journal => await JournalRows(db, filters).CountAsync(cancellationToken),
            ExportKind.Customers => await customers.Rows(db, ToCustomerQuery(filters)).CountAsync(cancellationToken),
            ExportKind.Usage => await UsageRows(db, filters).CountAsync(cancellationToken),
            _ => throw new NotFoundException("Export", kind),
        };
    }

    /// <summary>
    /// Writes the export to <paramref name="output"/> with synchronous writes (an HTTP caller must allow them
    /// for the request) and returns the number of data rows. Filters are validated before the first byte.
    /// </summary>
    public async Task<long> WriteAsync(ExportKind kind, ExportFormat format, ExportFilters filters, Stream output,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = kind switch
        {
            ExportKind.Sims => await WriteQueryAsync(db, SimRows(db, filters), SimTable, format, output, progress, cancellationToken),
            ExportKind.Notifications => await WriteQueryAsync(db, NotificationRows(db, filters), NotificationTable, format, output, progress, cancellationToken),
            ExportKind.Journal => await WriteQueryAsync(db, JournalRows(db, filters), JournalTable, format, output, progress, cancellationToken),
            ExportKind.Customers => await WriteRowsAsync(CustomerRows(db, filters).AsAsyncEnumerable(), CustomerSheet, format, output, progress, cancellationToken),
            ExportKind.Usage => await WriteQueryAsync(db, UsageRows(db, filters), UsageTable, format, output, progress, cancellationToken),
            _ => throw new NotFoundException("Export", kind),
        };
        metrics.ExportRows(kind.ToString(), format.ToString(), rows);
        return rows;
    }

    /// <summary>
    /// Writes rows another feature computed (a report) in the same formats and with the same cell rules as the lists'
    /// exports, so a report's file reads like every other export.
    /// </summary>
    public static Task<long> WriteSheetAsync<T>(IEnumerable<T> rows, string sheetName, IReadOnlyList<string> headers, Action<T, IExportRowWriter> write,
        ExportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(rows.ToAsyncEnumerable(), new Sheet<T>(sheetName, headers, write), format, output, progress: null, cancellationToken);

    private static IExportFileWriter CreateWriter(ExportFormat format, Stream output, string sheetName) =>
        format == ExportFormat.Xlsx ? new XlsxExportWriter(output, sheetName) : new CsvExportWriter(output);

    private static async Task<long> WriteRowsAsync<T>(IAsyncEnumerable<T> rows, Sheet<T> sheet, ExportFormat format, Stream output,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Starting the query first makes a filter error surface before any byte of the file is written.
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var hasRow = await enumerator.MoveNextAsync();
        using var writer = CreateWriter(format, output, sheet.Name);
        writer.Header(sheet.Headers);
        long count = 0;
        while (hasRow)
        {
            writer.BeginRow();
            sheet.Write(enumerator.Current, writer);
            writer.EndRow();
            if (++count % ProgressInterval == 0)
            {
                progress?.Report(count);
            }

            hasRow = await enumerator.MoveNextAsync();
        }

        writer.Complete();
        progress?.Report(count);
        return count;
    }

    /// <summary>
    /// Runs the LINQ query's own command (the SQL and parameters EF would run) and reads the cells by ordinal, so a
    /// million rows cost no entity or row object each; the store's <see cref="IExportCursor"/> reads them its fastest
    /// way. Columns are found by name, so the table's column names must be the projection's.
    /// </summary>
    private async Task<long> WriteQueryAsync<T>(PortalDbContext db, IQueryable<T> rows, Table table, ExportFormat format, Stream output,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var cursor = await cursors.OpenAsync(db, rows, cancellationToken);
        var ordinals = table.Ordinals(cursor.ColumnNames);
        // Reading the first row before the writer exists makes a query error surface before any byte of the file.
        var hasRow = cursor.Read();
        using var writer = CreateWriter(format, output, table.Name);
        writer.Header(table.Headers);
        var count = hasRow ? WriteRows(cursor, table, ordinals, writer, progress, cancellationToken) : 0;
        writer.Complete();
        progress?.Report(count);
        return count;
    }

    // Fully optimised from the first call: a tiered JIT would run the first export's early rows in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long WriteRows(RowCursor cursor, Table table, int[] ordinals, IExportFileWriter writer, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        long count = 0;
        do
        {
            writer.BeginRow();
            for (var i = 0; i < ordinals.Length; i++)
            {
                cursor.Write(table.Columns[i], ordinals[i], writer);
            }

            writer.EndRow();
            if (++count % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(count);
            }
        }
        // The writers are synchronous and so is SQLite underneath; an await per row would only add overhead.
        while (cursor.Read());
        return count;
    }

    private IQueryable<object> SimRows(PortalDbContext db, ExportFilters filters)
    {
        // The list's own filter and order, so the export holds exactly the rows the list pages through.
        var query = filters.ToSimQuery();
        var sims = query.Order(query.Filter(db.Sims.AsNoTracking().VisibleTo(user), db.Customers.AsNoTracking()), db.Customers.AsNoTracking());
        // Names come from the same statement, so the rows still stream: joined, not a sub-select per row, which
        // PostgreSQL runs as a plan of its own for each of a million rows (2.5x the export's time, bench/README.md).
        return from s in sims
               from p in db.Partners.Where(p => p.Id == s.PartnerId).DefaultIfEmpty()
               from c in db.Customers.Where(c => c.Id == s.CustomerId).DefaultIfEmpty()
               select new
               {
                   s.Iccid, s.Imsi, s.Msisdn, s.Network,
                   PartnerName = p == null ? null : p.Name, s.PartnerId,
                   CustomerName = c == null ? null : c.Name, s.CustomerId,
                   s.Status, s.Imei, s.ImeiLock, s.ImeiStatus, s.ImeiLastSeenAt,
                   s.FirstImeiAfterTrigger, s.FrequentImeiChanges, s.TacChanged, s.CreatedAt,
               };
    }

    // Notifications and journal: the lists' own filter and order, so an export holds exactly what the list shows.
    private IQueryable<object> NotificationRows(PortalDbContext db, ExportFilters filters)
    {
        ValidateRange(filters);
        return notifications.Rows(db, new NotificationQuery(filters.Iccid, filters.AlarmId, filters.From, filters.To))
            .Select(n => new
            {
                n.Id,
                // An alarm the caller may not see (a partner's alarm, seen by a customer) is not named.
                AlarmName = db.Alarms.VisibleTo(user).Where(a => a.Id == n.AlarmId).Select(a => a.Name).FirstOrDefault(), n.AlarmId,
                n.Iccid, n.CreatedAt, n.Kind, n.Message, n.PreviousImei, n.NewImei, n.ImeiLock, n.TacChanged,
            });
    }

    private IQueryable<object> JournalRows(PortalDbContext db, ExportFilters filters)
    {
        ValidateRange(filters);
        return journal.Rows(db, new JournalQuery(filters.Entity, filters.EntityId, filters.UserId, filters.From, filters.To))
            .Select(j => new
            {
                j.At, j.UserEmail, j.UserId, j.Action, j.Entity, j.EntityId,
                CustomerName = db.Customers.Where(c => c.Id == j.CustomerId).Select(c => c.Name).FirstOrDefault(), j.CustomerId,
                j.Before, j.After,
            });
    }

    private IQueryable<object> UsageRows(PortalDbContext db, ExportFilters filters)
    {
        ValidateRange(filters);
        var rows = db.UsageRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filters.Iccid))
        {
            var iccid = filters.Iccid.Trim();
            rows = rows.Where(u => u.Iccid == iccid);
        }

        if (filters.From is { } from)
        {
            rows = rows.Where(u => u.Start >= from);
        }

        if (filters.To is { } to)
        {
            rows = rows.Where(u => u.Start < to);
        }

        // Usage carries no tenant of its own: it is visible when its SIM is.
        return rows.Join(db.Sims.AsNoTracking().VisibleTo(user), u => u.SimId, s => s.Id, (u, s) => new { Record = u, s.CustomerId })
            .OrderBy(x => x.Record.Start).ThenBy(x => x.Record.Id)
            .Select(x => new
            {
                x.Record.RecordId, x.Record.Iccid,
                CustomerName = db.Customers.Where(c => c.Id == x.CustomerId).Select(c => c.Name).FirstOrDefault(), x.CustomerId,
                x.Record.Start, x.Record.End, x.Record.Bytes, x.Record.ReceivedAt,
            });
    }

    private IQueryable<CustomerRow> CustomerRows(PortalDbContext db, ExportFilters filters) =>
        customers.Rows(db, ToCustomerQuery(filters)).Select(c => new CustomerRow(c.Id, c.Name,
            db.Partners.Where(p => p.Id == c.PartnerId).Select(p => p.Name).FirstOrDefault(), c.PartnerId, c.Tags, c.CreatedAt));

    private sealed record CustomerRow(int Id, string Name, string? PartnerName, int PartnerId, IReadOnlyList<string> Tags, DateTime CreatedAt);

    private static CustomerQuery ToCustomerQuery(ExportFilters filters) => new(filters.Search, filters.PartnerId, filters.Tag);

    private static void ValidateRange(ExportFilters filters)
    {
        if (filters.From is { } from && filters.To is { } to && to < from)
        {
            throw new ValidationFailedException("to", "to must not be before from.");
        }
    }

    private sealed record Sheet<T>(string Name, IReadOnlyList<string> Headers, Action<T, IExportRowWriter> Write);

    // Headers a person reads (issue 14 item 8); ids stay beside the names as their own columns. Times are UTC.
    private static readonly Table SimTable = new("SIMs",
    [
        Id("iccid", "ICCID"), Id("imsi", "IMSI"), Id("msisdn", "MSISDN"), Text("network", "Network"),
        Text("partnerName", "Partner"), Number("partnerId", "Partner id"), Text("customerName", "Customer"), Number("customerId", "Customer id"),
        ExportColumn.Of<SimStatus>("status", "Status"), Id("imei", "IMEI"), Id("imeiLock", "Lock IMEI"),
        ExportColumn.Of<ImeiStatus>("imeiStatus", "IMEI status"), Date("imeiLastSeenAt", "Last seen (UTC)"),
        Id("firstImeiAfterTrigger", "First IMEI after the trigger"), Flag("frequentImeiChanges", "Frequent IMEI changes"),
        Flag("tacChanged", "Model changed"), Date("createdAt", "Created (UTC)"),
    ]);

    private static readonly Table NotificationTable = new("Notifications",
    [
        Number("id", "Notification id"), Text("alarmName", "Alarm"), Number("alarmId", "Alarm id"), Id("iccid", "ICCID"),
        Date("createdAt", "Created (UTC)"), ExportColumn.Of<NotificationKind>("kind", "Kind"), Text("message", "Message"),
        Id("previousImei", "Previous IMEI"), Id("newImei", "New IMEI"), Id("imeiLock", "Lock IMEI"), Flag("tacChanged", "Model changed"),
    ]);

    private static readonly Table JournalTable = new("Journal",
    [
        Date("at", "When (UTC)"), Text("userEmail", "User"), Text("userId", "User id"), Text("action", "Action"),
        Text("entity", "Entity"), Text("entityId", "Entity id"), Text("customerName", "Customer"), Number("customerId", "Customer id"),
        Text("before", "Before"), Text("after", "After"),
    ]);

    private static readonly Table UsageTable = new("Usage",
    [
        Text("recordId", "Record id"), Id("iccid", "ICCID"), Text("customerName", "Customer"), Number("customerId", "Customer id"),
        Date("start", "Start (UTC)"), Date("end", "End (UTC)"), Number("bytes", "Bytes"), Date("receivedAt", "Received (UTC)"),
    ]);

    private static readonly Sheet<CustomerRow> CustomerSheet = new("Customers",
        ["Customer id", "Name", "Partner", "Partner id", "Tags", "Created (UTC)"],
        (c, w) =>
        {
            w.Number(c.Id);
            w.Text(c.Name);
            w.Text(c.PartnerName);
            w.Number(c.PartnerId);
            w.Text(string.Join("; ", c.Tags));
            w.Date(c.CreatedAt);
        });

    private static ExportColumn Id(string name, string header) => new(name, CellKind.Identifier) { Header = header };

    private static ExportColumn Text(string name, string header) => new(name, CellKind.Text) { Header = header };

    private static ExportColumn Number(string name, string header) => new(name, CellKind.Number) { Header = header };

    private static ExportColumn Date(string name, string header) => new(name, CellKind.Date) { Header = header };

    private static ExportColumn Flag(string name, string header) => new(name, CellKind.Boolean) { Header = header };
}
