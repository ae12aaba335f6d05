using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ImeiPortal.Features.Exports;

/// <summary>
/// One row's cells, typed, so each format can store them properly (numbers as numbers, dates as dates,
/// identifiers as text). Cells are written in column order; a null writes an empty cell.
/// </summary>
public interface IExportRowWriter
{
    /// <summary>Free text a user or the network typed: neutralised against formula injection.</summary>
    void Text(string? value);

    /// <summary>Digits that are not a number (ICCID, IMEI, IMSI, MSISDN): text, so leading zeros and all 20 digits survive.</summary>
    void Identifier(string? value);

    void Number(long? value);

    void Date(DateTime? value);

    void Boolean(bool value);
}

internal interface IExportFileWriter : IExportRowWriter, IDisposable
{
    void Header(IReadOnlyList<string> headers);

    void BeginRow();

    void EndRow();

    /// <summary>Writes what is buffered and closes the container; the output stream stays open.</summary>
    void Complete();
}

internal static class CellText
{
    /// <summary>
    /// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading apostrophe
    /// makes it plain text in Excel and LibreOffice and is visible, so nothing is silently changed.
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}

/// <summary>RFC 4180 CSV, UTF-8, ISO 8601 UTC times.</summary>
internal sealed class CsvExportWriter : IExportFileWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvExportWriter(Stream output)
    {
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        // Neutralising is done per typed cell (text only), so a negative number is never "escaped".
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None });
    }

    public void Header(IReadOnlyList<string> headers)
    {
        foreach (var header in headers)
        {
            _csv.WriteField(header);
        }

        _csv.NextRecord();
    }

    public void BeginRow()
    {
    }

    public void EndRow() => _csv.NextRecord();

    public void Text(string? value) => _csv.WriteField(value is null ? null : CellText.Neutralise(value));

    public void Identifier(string? value) => _csv.WriteField(value is null ? null : CellText.Neutralise(value));

    public void Number(long? value) => _csv.WriteField(value?.ToString(CultureInfo.InvariantCulture));

    public void Date(DateTime? value) => _csv.WriteField(value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public void Boolean(bool value) => _csv.WriteField(value ? "true" : "false");

    public void Complete()
    {
        _csv.Flush();
        _text.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}

/// <summary>
/// XLSX written as a forward-only ZIP: the package parts are small fixed XML, the sheet is streamed with
/// <see cref="OpenXmlWriter"/>. The Open XML package API needs a seekable stream and keeps parts in memory
/// while it is open; writing the ZIP entries directly keeps memory flat and lets the file go straight to
/// the HTTP response.
/// </summary>
internal sealed class XlsxExportWriter : IExportFileWriter
{
    /// <summary>cellXfs indexes of styles.xml.</summary>
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;

    /// <summary>Excel refuses longer cell text.</summary>
    private const int MaxCellText = 32767;

    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly OpenXmlAttribute[] NoAttributes = [];
    private static readonly OpenXmlAttribute[] InlineString = [new("t", "", "inlineStr")];
    private static readonly OpenXmlAttribute[] BooleanCell = [new("t", "", "b")];
    private static readonly OpenXmlAttribute[] DateCell = [new("s", "", DateStyle.ToString(CultureInfo.InvariantCulture))];
    private static readonly OpenXmlAttribute[] HeaderCell = [new("t", "", "inlineStr"), new("s", "", HeaderStyle.ToString(CultureInfo.InvariantCulture))];

    // The SAX writer takes element prototypes; reusing them avoids an allocation per cell.
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();

    private readonly ZipArchive _zip;
    private readonly string _sheetName;
    private readonly Stream _sheetStream;
    private readonly OpenXmlWriter _sheet;
    private bool _completed;

    public XlsxExportWriter(Stream output, string sheetName)
    {
        _sheetName = sheetName;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _sheetStream = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _sheet = OpenXmlWriter.Create(_sheetStream);
        _sheet.WriteStartDocument();
        _sheet.WriteStartElement(new Worksheet());
        _sheet.WriteStartElement(new SheetData());
    }

    public void Header(IReadOnlyList<string> headers)
    {
        _sheet.WriteStartElement(_row);
        foreach (var header in headers)
        {
            WriteInline(header, HeaderCell);
        }

        _sheet.WriteEndElement();
    }

    public void BeginRow() => _sheet.WriteStartElement(_row);

    public void EndRow() => _sheet.WriteEndElement();

    public void Text(string? value)
    {
        if (value is null)
        {
            Empty();
            return;
        }

        WriteInline(CellText.Neutralise(value), InlineString);
    }

    public void Identifier(string? value)
    {
        if (value is null)
        {
            Empty();
            return;
        }

        WriteInline(CellText.Neutralise(value), InlineString);
    }

    public void Number(long? value)
    {
        if (value is null)
        {
            Empty();
            return;
        }

        WriteValue(value.Value.ToString(CultureInfo.InvariantCulture), NoAttributes);
    }

    public void Date(DateTime? value)
    {
        if (value is null)
        {
            Empty();
            return;
        }

        // Serial date (days since 1899-12-30) with a date format: Excel sorts and filters it as a date.
        WriteValue(value.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateCell);
    }

    public void Boolean(bool value) => WriteValue(value ? "1" : "0", BooleanCell);

    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Close();
        _sheetStream.Dispose();
        WritePackageParts();
        _zip.Dispose();
    }

    public void Dispose()
    {
        if (!_completed)
        {
            // An aborted export (client gone, error) still releases the writer; the partial file is never completed.
            _sheet.Dispose();
            _sheetStream.Dispose();
            _zip.Dispose();
        }
    }

    // Rows carry no cell references, so an empty cell must still be written to keep the columns aligned.
    private void Empty()
    {
        _sheet.WriteStartElement(_cell, NoAttributes);
        _sheet.WriteEndElement();
    }

    private void WriteValue(string value, OpenXmlAttribute[] attributes)
    {
        _sheet.WriteStartElement(_cell, attributes);
        _sheet.WriteStartElement(_value);
        _sheet.WriteString(value);
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
    }

    private void WriteInline(string value, OpenXmlAttribute[] attributes)
    {
        _sheet.WriteStartElement(_cell, attributes);
        _sheet.WriteStartElement(_inline);
        _sheet.WriteStartElement(_text);
        _sheet.WriteString(XmlSafe(value));
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
    }

    /// <summary>XML cannot carry most control characters; a stray one from a device must not break the file.</summary>
    private static string XmlSafe(string value)
    {
        if (value.Length > MaxCellText)
        {
            value = value[..MaxCellText];
        }

        foreach (var c in value)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return string.Create(value.Length, value, (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        span[i] = XmlConvert.IsXmlChar(source[i]) || char.IsSurrogate(source[i]) ? source[i] : '\uFFFD';
                    }
                });
            }
        }

        return value;
    }

    private void WritePackageParts()
    {
        WriteXml("[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            w.WriteEndElement();
        });
        WriteXml("_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        WriteXml("xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            Relationship(w, "rId1", RelNs + "/worksheet", "worksheets/sheet1.xml");
            Relationship(w, "rId2", RelNs + "/styles", "styles.xml");
            w.WriteEndElement();
        });
        WriteXml("xl/workbook.xml", w =>
        {
            w.WriteStartElement("workbook", SheetNs);
            w.WriteAttributeString("xmlns", "r", null, RelNs);
            w.WriteStartElement("sheets", SheetNs);
            w.WriteStartElement("sheet", SheetNs);
            w.WriteAttributeString("name", _sheetName);
            w.WriteAttributeString("sheetId", "1");
            w.WriteAttributeString("id", RelNs, "rId1");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });
        WriteXml("xl/styles.xml", Styles().WriteTo);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 3 });

    private void WriteXml(string name, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string contentType)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
