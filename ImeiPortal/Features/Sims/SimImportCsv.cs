using System.Globalization;
using ImeiPortal.Features.Common;

namespace ImeiPortal.Features.Sims;

/// <summary>One line of an import: what it asks for, or why it cannot be read.</summary>
public sealed record SimImportLine(int Line, string? Iccid, CreateSimRequest? Request, string? Error);

/// <summary>A rejected line of an import, by its line number in the file.</summary>
public sealed record SimImportRejection(int Line, string? Iccid, string Error);

/// <summary>
/// What an import creates (the ICCIDs, in file order) and rejects. The preview and the import give the same
/// answer for the same file unless the stored SIMs changed in between.
/// </summary>
public sealed record SimImportResult(bool Imported, IReadOnlyList<string> Created, IReadOnlyList<SimImportRejection> Rejected);

/// <summary>
/// The SIM import file: <c>iccid,imsi,msisdn,network,partnerId,customerId</c>. A header line (starting with
/// <c>iccid</c>) may name the columns in any order and leave some out; without one the columns are in that order.
/// Empty cells are absent values (a partner's own users leave partnerId empty).
/// </summary>
public static class SimImportCsv
{
    public static readonly IReadOnlyList<string> Columns = ["iccid", "imsi", "msisdn", "network", "partnerId", "customerId"];

    public static IReadOnlyList<SimImportLine> Parse(string text)
    {
        var lines = new List<SimImportLine>();
        List<string> columns = [.. Columns];
        var first = true;
        foreach (var (number, line) in CsvText.Lines(text))
        {
            var fields = CsvText.Fields(line).Select(f => f.Trim()).ToList();
            if (first && fields.Count > 0 && fields[0].Equals("iccid", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                var unknown = fields.FirstOrDefault(f => !Columns.Contains(f, StringComparer.OrdinalIgnoreCase));
                if (unknown is not null)
                {
                    throw new ValidationFailedException("file", $"Unknown column '{unknown}' in the header; the columns are {string.Join(", ", Columns)}.");
                }

                columns = [.. fields.Select(f => Columns.First(c => c.Equals(f, StringComparison.OrdinalIgnoreCase)))];
                continue;
            }

            first = false;
            lines.Add(Read(number, columns, fields));
        }

        return lines;
    }

    private static SimImportLine Read(int number, List<string> columns, List<string> fields)
    {
        string? Cell(string column)
        {
            var i = columns.IndexOf(column);
            return i >= 0 && i < fields.Count && fields[i].Length > 0 ? fields[i] : null;
        }

        var iccid = Cell("iccid");
        if (fields.Count > columns.Count)
        {
            return new SimImportLine(number, iccid, null, $"{fields.Count} values where the file has {columns.Count} columns.");
        }

        if (!Id(Cell("partnerId"), out var partnerId))
        {
            return new SimImportLine(number, iccid, null, "partnerId must be a number.");
        }

        if (!Id(Cell("customerId"), out var customerId))
        {
            return new SimImportLine(number, iccid, null, "customerId must be a number.");
        }

        return new SimImportLine(number, iccid, new CreateSimRequest(iccid, Cell("imsi"), Cell("msisdn"), Cell("network"), partnerId, customerId), null);
    }

    private static bool Id(string? text, out int? id)
    {
        id = null;
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            id = value;
            return true;
        }

        return false;
    }
}
