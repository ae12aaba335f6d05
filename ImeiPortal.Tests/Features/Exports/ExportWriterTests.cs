using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ImeiPortal.Data;
using ImeiPortal.Data.Sqlite;
using ImeiPortal.Domain.Sims;
using ImeiPortal.Features.Exports;
using Microsoft.Data.Sqlite;
using Column = ImeiPortal.Data.ExportColumn;
using ExportTable = ImeiPortal.Features.Exports.Table;

namespace ImeiPortal.Tests.Features.Exports;

public class ExportWriterTests
{
    private static readonly DateTime Seen = new(2026, 11, 23, 18, 5, 7, DateTimeKind.Utc);

    [Fact]
    public void Csv_QuotesCommasAndLineBreaks_AreQuotedPerRfc4180()
    {
        var text = Csv(w =>
        {
            w.Text("say \"hi\"");
            w.Text("a,b");
            w.Text("line1\r\nline2");
            w.Text(" padded");
            w.Text("plain");
        });

        Assert.Equal("c1,c2,c3,c4,c5,c6\r\n\"say \"\"hi\"\"\",\"a,b\",\"line1\r\nline2\",\" padded\",plain\r\n", text);
        Assert.Equal(["say \"hi\"", "a,b", "line1\r\nline2", " padded", "plain"], Parse(text)[1]);
    }

    [Fact]
    public void Csv_Unicode_IsUtf8AndLoneSurrogateIsReplaced()
    {
        var bytes = CsvBytes(w =>
        {
            w.Text("Zoë 日本 😀");
            w.Utf8Text("Straße"u8);
            w.Text("bad \uD800 end");
        });

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(["Zoë 日本 😀", "Straße", "bad \uFFFD end"], Parse(text)[1][..3]);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Csv_FormulaText_GetsApostropheButNumbersDoNot()
    {
        var row = Parse(Csv(w =>
        {
            w.Text("=SUM(A1:A9)");
            w.Utf8Text("+44 7700"u8);
            w.Identifier("@x");
            w.Number(-5);
            w.Text("-1,2");
        }))[1];

        Assert.Equal(["'=SUM(A1:A9)", "'+44 7700", "'@x", "-5", "'-1,2"], row[..5]);
    }

    [Fact]
    public void Csv_FormulaAfterASeparator_IsNeutralisedAndTheFieldQuoted()
    {
        var text = Csv(w =>
        {
            w.Text("=1+1");
            w.Text("a;=1+1");
            w.Text("a,=1+1");
            w.Text("a\t=1+1");
            w.Utf8Text("x;@cmd"u8);
            w.Text("+1");
            w.Number(-1);
        });

        // A semicolon- or tab-separated reader keeps a quoted field whole; one that ignores quotes still finds text after the break.
        Assert.Equal("'=1+1,\"a;'=1+1\",\"a,'=1+1\",\"a\t'=1+1\",\"x;'@cmd\",'+1,-1\r\n", text.Split("\r\n", 2)[1]);
        Assert.Equal(["'=1+1", "a;'=1+1", "a,'=1+1", "a\t'=1+1", "x;'@cmd", "'+1", "-1"], Parse(text)[1][..7]);
    }

    [Fact]
    public void Csv_BenignTextWithSeparators_IsUnchanged()
    {
        var row = Parse(Csv(w =>
        {
            w.Text("a;b");
            w.Text("Smith, John");
            w.Text("north - south");
            w.Text("ops@acme.test");
            w.Text("2026-11-23");
        }))[1];

        Assert.Equal(["a;b", "Smith, John", "north - south", "ops@acme.test", "2026-11-23"], row[..5]);
    }

    [Fact]
    public void Csv_DatesBooleansAndNulls_AreIsoTextAndEmpty()
    {
        var row = Parse(Csv(w =>
        {
            w.Date(Seen);
            w.Boolean(true);
            w.Boolean(false);
            w.Text(null);
            w.Number(null);
        }))[1];

        Assert.Equal(["2026-11-23T18:05:07Z", "true", "false", "", ""], row);
    }

    [Fact]
    public void Xlsx_ReadBack_IdentifiersAreTextDatesAreStyledNumbers()
    {
        using var document = Xlsx(w =>
        {
            w.Identifier("89440000000000000019");
            w.Number(42);
            w.Date(Seen);
            w.Boolean(true);
            w.Text(null);
        });
        var (cells, styles) = FirstRow(document);

        Assert.Equal(CellValues.InlineString, cells[0].DataType!.Value);
        Assert.Equal("89440000000000000019", cells[0].InnerText);
        Assert.Null(cells[1].DataType);
        Assert.Equal("42", cells[1].CellValue!.Text);
        Assert.Null(cells[2].DataType);
        Assert.Equal(Seen, DateTime.FromOADate(double.Parse(cells[2].CellValue!.Text, CultureInfo.InvariantCulture)), TimeSpan.FromMilliseconds(1));
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cells[2].StyleIndex!.Value);
        Assert.Contains(styles.NumberingFormats!.Elements<NumberingFormat>(), f => f.NumberFormatId!.Value == format.NumberFormatId!.Value
            && f.FormatCode!.Value!.Contains("yyyy", StringComparison.Ordinal));
        Assert.Equal(CellValues.Boolean, cells[3].DataType!.Value);
        Assert.Equal("1", cells[3].CellValue!.Text);
        Assert.Equal("", cells[4].InnerText);
    }

    [Fact]
    public void Xlsx_MarkupUnicodeAndControlCharacters_ReadBackAsText()
    {
        using var document = Xlsx(w =>
        {
            w.Text("a<b & c>\"d\"");
            w.Utf8Text("Zoë 日本 😀"u8);
            w.Text("tab\there\r\nnext");
            w.Text("bell\u0007 \uFFFE");
            w.Text("  padded  ");
            w.Text("=HYPERLINK(\"http://evil.test\")");
        });
        var (cells, _) = FirstRow(document);

        Assert.Equal(["a<b & c>\"d\"", "Zoë 日本 😀", "tab\there\r\nnext", "bell\uFFFD \uFFFD", "  padded  ", "'=HYPERLINK(\"http://evil.test\")"],
            cells.Select(c => c.InnerText));
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
    }

    [Fact]
    public void Xlsx_TextLongerThanExcelAllows_IsCut()
    {
        using var document = Xlsx(w => w.Text(new string('x', 40_000)));

        Assert.Equal(32767, FirstRow(document).Cells[0].InnerText.Length);
    }

    [Theory]
    [InlineData("2025-10-19 17:59:12.5744934", 2025, 10, 19, 17, 59, 12, 5744934)]
    [InlineData("2025-10-19 17:59:12.5", 2025, 10, 19, 17, 59, 12, 5000000)]
    [InlineData("2025-10-19 17:59:12", 2025, 10, 19, 17, 59, 12, 0)]
    [InlineData("2025-10-19T19:59:12+02:00", 2025, 10, 19, 17, 59, 12, 0)]
    public void StoredTime_Parse_ReadsSqliteTextAsUtc(string text, int y, int mo, int d, int h, int mi, int s, long ticks)
    {
        var parsed = StoredTime.Parse(text);

        Assert.Equal(new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).AddTicks(ticks), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public void SqliteCursor_SameQuery_WritesWhatTheDataReaderWrites(ExportFormat format)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                CREATE TABLE T (Iccid TEXT, Network TEXT, PartnerId INTEGER, CustomerId INTEGER, Status INTEGER, Seen TEXT, Flag INTEGER);
                INSERT INTO T VALUES ('8944000000000000019', '=cmd', 1, NULL, 1, '2025-10-19 17:59:12.5744934', 1);
                INSERT INTO T VALUES ('8944000000000000027', 'Zoë "x", y', 1, 7, 4, NULL, 0);
                INSERT INTO T VALUES ('8944000000000000035', NULL, 1, 8, 99, '2026-01-02 03:04:05', NULL);
                INSERT INTO T VALUES ('8944000000000000043', 'other partner', 2, 9, 0, '2026-01-02 03:04:05', 1);
                """;
            setup.ExecuteNonQuery();
        }

        ExportTable table = new("T",
        [
            new("iccid", CellKind.Identifier), new("network", CellKind.Text), new("customerId", CellKind.Number),
            Column.Of<SimStatus>("status"), new("seen", CellKind.Date), new("flag", CellKind.Boolean),
        ]);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Flag, Seen, Status, CustomerId, Network, Iccid FROM T WHERE PartnerId = @p AND (Seen IS NULL OR Seen > @after) ORDER BY Iccid";
        command.Parameters.AddWithValue("@p", 1);
        command.Parameters.AddWithValue("@after", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        using var direct = SqliteCursor.TryOpen(command)!;
        var fast = Export(direct, table, format);
        using var reader = new DataReaderCursor(command.ExecuteReader());
        var portable = Export(reader, table, format);

        Assert.Equal(Contents(portable, format), Contents(fast, format));
        if (format == ExportFormat.Csv)
        {
            var rows = Parse(Encoding.UTF8.GetString(fast));
            Assert.Equal(4, rows.Count);
            Assert.Equal(["8944000000000000019", "'=cmd", "", "Active", "2025-10-19T17:59:12Z", "true"], rows[1]);
            Assert.Equal(["8944000000000000027", "Zoë \"x\", y", "7", "Deactivated", "", "false"], rows[2]);
            Assert.Equal(["8944000000000000035", "", "8", "99", "2026-01-02T03:04:05Z", "false"], rows[3]);
        }
    }

    /// <summary>
    /// What a file says: CSV as text; XLSX as its parts' names and contents, without the zip's entry times (two writes
    /// either side of a 2-second boundary differ only there).
    /// </summary>
    private static string Contents(byte[] file, ExportFormat format)
    {
        if (format == ExportFormat.Csv)
        {
            return Encoding.UTF8.GetString(file);
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file));
        var parts = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var content = new StreamReader(entry.Open(), Encoding.UTF8);
            parts.Append(entry.FullName).Append('\n').Append(content.ReadToEnd()).Append('\n');
        }

        return parts.ToString();
    }

    private static readonly string[] Headers = ["c1", "c2", "c3", "c4", "c5", "c6"];

    private static byte[] Export(RowCursor cursor, ExportTable table, ExportFormat format)
    {
        using var output = new MemoryStream();
        using (IExportFileWriter writer = format == ExportFormat.Csv ? new CsvExportWriter(output) : new XlsxExportWriter(output, table.Name))
        {
            writer.Header(table.Headers);
            if (cursor.Read())
            {
                ExportService.WriteRows(cursor, table, table.Ordinals(cursor.ColumnNames), writer, null, CancellationToken.None);
            }

            writer.Complete();
        }

        return output.ToArray();
    }

    private static byte[] CsvBytes(Action<IExportFileWriter> row)
    {
        using var output = new MemoryStream();
        using (var writer = new CsvExportWriter(output))
        {
            writer.Header(Headers);
            writer.BeginRow();
            row(writer);
            writer.EndRow();
            writer.Complete();
        }

        return output.ToArray();
    }

    private static string Csv(Action<IExportFileWriter> row) => Encoding.UTF8.GetString(CsvBytes(row));

    private static List<string[]> Parse(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }

    private static SpreadsheetDocument Xlsx(Action<IExportFileWriter> row)
    {
        var output = new MemoryStream();
        using (var writer = new XlsxExportWriter(output, "Test"))
        {
            writer.Header(Headers);
            writer.BeginRow();
            row(writer);
            writer.EndRow();
            writer.Complete();
        }

        output.Position = 0;
        return SpreadsheetDocument.Open(output, false);
    }

    private static (List<Cell> Cells, Stylesheet Styles) FirstRow(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(Headers, rows[0].Elements<Cell>().Select(c => c.InnerText));
        return (rows[1].Elements<Cell>().ToList(), workbook.WorkbookStylesPart!.Stylesheet);
    }
}
