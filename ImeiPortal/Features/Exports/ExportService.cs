using System.Globalization;
using ImeiPortal.Data;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
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
    int? PartnerId = null)
{
    public SimQuery ToSimQuery() => new SimQuery(Search, Status, ImeiStatus, CustomerId, Network, Tag, Sort).Validated();
}

/// <summary>
/// Streams a list, as the caller may see it, to CSV or XLSX. Rows come straight from a no-tracking query and go
/// straight to the output, so memory stays flat whatever the row count. The API streams to the response; a page
/// can stream to a file and show progress from <see cref="CountAsync"/> and the <c>progress</c> callback.
/// </summary>
public sealed class ExportService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, CustomerService customers, TimeProvider clock)
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
            ExportKind.Customers => await CountCustomersAsync(db, filters, cancellationToken),
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
        return kind switch
        {
            ExportKind.Sims => await WriteRowsAsync(SimRows(db, filters).AsAsyncEnumerable(), SimSheet, format, output, progress, cancellationToken),
            ExportKind.Notifications => await WriteRowsAsync(NotificationRows(db, filters).AsAsyncEnumerable(), NotificationSheet, format, output, progress, cancellationToken),
            ExportKind.Journal => await WriteRowsAsync(JournalRows(db, filters).AsAsyncEnumerable(), JournalSheet, format, output, progress, cancellationToken),
            ExportKind.Customers => await WriteRowsAsync(customers.StreamAsync(db, ToCustomerQuery(filters)), CustomerSheet, format, output, progress, cancellationToken),
            ExportKind.Usage => await WriteRowsAsync(UsageRows(db, filters).AsAsyncEnumerable(), UsageSheet, format, output, progress, cancellationToken),
            _ => throw new NotFoundException("Export", kind),
        };
    }

    private static async Task<long> WriteRowsAsync<T>(IAsyncEnumerable<T> rows, Sheet<T> sheet, ExportFormat format, Stream output,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Starting the query first makes a filter error surface before any byte of the file is written.
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var hasRow = await enumerator.MoveNextAsync();
        using IExportFileWriter writer = format == ExportFormat.Xlsx ? new XlsxExportWriter(output, sheet.Name) : new CsvExportWriter(output);
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

    private IQueryable<SimExportRow> SimRows(PortalDbContext db, ExportFilters filters)
    {
        // The list's own filter and order, so the export holds exactly the rows the list pages through.
        var query = filters.ToSimQuery();
        var sims = query.Order(query.Filter(db.Sims.AsNoTracking().VisibleTo(user), db.Customers.AsNoTracking()));
        return sims.Select(s => new SimExportRow(s.Iccid, s.Imsi, s.Msisdn, s.Network, s.PartnerId, s.CustomerId, s.Status, s.Imei,
            s.ImeiLock, s.ImeiStatus, s.ImeiLastSeenAt, s.FirstImeiAfterTrigger, s.FrequentImeiChanges, s.TacChanged, s.CreatedAt));
    }

    private IQueryable<NotificationExportRow> NotificationRows(PortalDbContext db, ExportFilters filters)
    {
        ValidateRange(filters);
        var rows = db.Notifications.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(filters.Iccid))
        {
            var iccid = filters.Iccid.Trim();
            rows = rows.Where(n => n.Iccid == iccid);
        }

        if (filters.AlarmId is { } alarmId)
        {
            rows = rows.Where(n => n.AlarmId == alarmId);
        }

        if (filters.From is { } from)
        {
            rows = rows.Where(n => n.CreatedAt >= from);
        }

        if (filters.To is { } to)
        {
            rows = rows.Where(n => n.CreatedAt < to);
        }

        return rows.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NotificationExportRow(n.Id, n.AlarmId, n.Iccid, n.CreatedAt, n.Kind, n.Message, n.PreviousImei, n.NewImei, n.ImeiLock, n.TacChanged));
    }

    private IQueryable<JournalExportRow> JournalRows(PortalDbContext db, ExportFilters filters)
    {
        ValidateRange(filters);
        var rows = db.Journal.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(filters.Entity))
        {
            var entity = filters.Entity.Trim();
            rows = rows.Where(j => j.Entity == entity);
        }

        if (!string.IsNullOrWhiteSpace(filters.EntityId))
        {
            var entityId = filters.EntityId.Trim();
            rows = rows.Where(j => j.EntityId == entityId);
        }

        if (!string.IsNullOrWhiteSpace(filters.UserId))
        {
            var userId = filters.UserId.Trim();
            rows = rows.Where(j => j.UserId == userId);
        }

        if (filters.From is { } from)
        {
            rows = rows.Where(j => j.At >= from);
        }

        if (filters.To is { } to)
        {
            rows = rows.Where(j => j.At < to);
        }

        return rows.OrderByDescending(j => j.At).ThenByDescending(j => j.Id)
            .Select(j => new JournalExportRow(j.At, j.UserId, j.UserEmail, j.Action, j.Entity, j.EntityId, j.Before, j.After));
    }

    private IQueryable<UsageExportRow> UsageRows(PortalDbContext db, ExportFilters filters)
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
        return rows.Join(db.Sims.AsNoTracking().VisibleTo(user), u => u.SimId, s => s.Id, (u, s) => u)
            .OrderBy(u => u.Start).ThenBy(u => u.Id)
            .Select(u => new UsageExportRow(u.RecordId, u.Iccid, u.Start, u.End, u.Bytes, u.ReceivedAt));
    }

    // The customer list exposes its rows as a stream only; customers number in the hundreds, so counting them by reading is cheap.
    private async Task<int> CountCustomersAsync(PortalDbContext db, ExportFilters filters, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in customers.StreamAsync(db, ToCustomerQuery(filters)).WithCancellation(cancellationToken))
        {
            count++;
        }

        return count;
    }

    private static CustomerQuery ToCustomerQuery(ExportFilters filters) => new(filters.Search, filters.PartnerId, filters.Tag);

    private static void ValidateRange(ExportFilters filters)
    {
        if (filters.From is { } from && filters.To is { } to && to < from)
        {
            throw new ValidationFailedException("to", "to must not be before from.");
        }
    }

    private sealed record Sheet<T>(string Name, IReadOnlyList<string> Headers, Action<T, IExportRowWriter> Write);

    private sealed record SimExportRow(string Iccid, string? Imsi, string? Msisdn, string? Network, int PartnerId, int? CustomerId,
        SimStatus Status, string? Imei, string? ImeiLock, ImeiStatus ImeiStatus, DateTime? ImeiLastSeenAt, string? FirstImeiAfterTrigger,
        bool FrequentImeiChanges, bool TacChanged, DateTime CreatedAt);

    private sealed record NotificationExportRow(long Id, int AlarmId, string? Iccid, DateTime CreatedAt, NotificationKind Kind, string Message,
        string? PreviousImei, string? NewImei, string? ImeiLock, bool TacChanged);

    private sealed record JournalExportRow(DateTime At, string? UserId, string? UserEmail, string Action, string Entity, string? EntityId,
        string? Before, string? After);

    private sealed record UsageExportRow(string? RecordId, string Iccid, DateTime Start, DateTime End, long Bytes, DateTime ReceivedAt);

    private static readonly Sheet<SimExportRow> SimSheet = new("SIMs",
        ["iccid", "imsi", "msisdn", "network", "partnerId", "customerId", "status", "imei", "imeiLock", "imeiStatus", "imeiLastSeenAt",
            "firstImeiAfterTrigger", "frequentImeiChanges", "tacChanged", "createdAt"],
        (s, w) =>
        {
            w.Identifier(s.Iccid);
            w.Identifier(s.Imsi);
            w.Identifier(s.Msisdn);
            w.Text(s.Network);
            w.Number(s.PartnerId);
            w.Number(s.CustomerId);
            w.Text(s.Status.ToString());
            w.Identifier(s.Imei);
            w.Identifier(s.ImeiLock);
            w.Text(s.ImeiStatus.ToString());
            w.Date(s.ImeiLastSeenAt);
            w.Identifier(s.FirstImeiAfterTrigger);
            w.Boolean(s.FrequentImeiChanges);
            w.Boolean(s.TacChanged);
            w.Date(s.CreatedAt);
        });

    private static readonly Sheet<NotificationExportRow> NotificationSheet = new("Notifications",
        ["id", "alarmId", "iccid", "createdAt", "kind", "message", "previousImei", "newImei", "imeiLock", "tacChanged"],
        (n, w) =>
        {
            w.Number(n.Id);
            w.Number(n.AlarmId);
            w.Identifier(n.Iccid);
            w.Date(n.CreatedAt);
            w.Text(n.Kind.ToString());
            w.Text(n.Message);
            w.Identifier(n.PreviousImei);
            w.Identifier(n.NewImei);
            w.Identifier(n.ImeiLock);
            w.Boolean(n.TacChanged);
        });

    private static readonly Sheet<JournalExportRow> JournalSheet = new("Journal",
        ["at", "userId", "userEmail", "action", "entity", "entityId", "before", "after"],
        (j, w) =>
        {
            w.Date(j.At);
            w.Text(j.UserId);
            w.Text(j.UserEmail);
            w.Text(j.Action);
            w.Text(j.Entity);
            w.Text(j.EntityId);
            w.Text(j.Before);
            w.Text(j.After);
        });

    private static readonly Sheet<CustomerDto> CustomerSheet = new("Customers",
        ["id", "name", "partnerId", "tags", "createdAt"],
        (c, w) =>
        {
            w.Number(c.Id);
            w.Text(c.Name);
            w.Number(c.PartnerId);
            w.Text(string.Join("; ", c.Tags));
            w.Date(c.CreatedAt);
        });

    private static readonly Sheet<UsageExportRow> UsageSheet = new("Usage",
        ["recordId", "iccid", "start", "end", "bytes", "receivedAt"],
        (u, w) =>
        {
            w.Text(u.RecordId);
            w.Identifier(u.Iccid);
            w.Date(u.Start);
            w.Date(u.End);
            w.Number(u.Bytes);
            w.Date(u.ReceivedAt);
        });
}
