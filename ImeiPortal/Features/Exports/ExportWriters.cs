using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;
using ImeiPortal.Data;

namespace ImeiPortal.Features.Exports;

/// <summary>
/// One row's cells, typed, so each format can store them properly (numbers as numbers, dates as dates,
/// identifiers as text). Cells are written in column order; a null writes an empty cell.
/// </summary>
public interface IExportRowWriter : IExportCellWriter
{
    /// <summary>Digits that are not a number (ICCID, IMEI, IMSI, MSISDN): text, so leading zeros and all 20 digits survive.</summary>
    void Identifier(string? value);
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
    public static bool NeedsApostrophe(ReadOnlySpan<byte> value) => value.Length > 0 && StartsFormula(value[0]);

    public static bool StartsFormula(byte b) => b is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';

    /// <summary>
    /// <paramref name="value"/> in UTF-8, encoded into <paramref name="scratch"/> (grown as needed): each writer has
    /// one text path, over the bytes a database hands over. Null becomes empty, which both formats show alike.
    /// </summary>
    public static ReadOnlySpan<byte> ToUtf8(string? value, ref byte[] scratch)
    {
        if (string.IsNullOrEmpty(value))
        {
            return default;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (scratch.Length < most)
        {
            scratch = new byte[Math.Max(most, 256)];
        }

        Utf8.FromUtf16(value, scratch, out _, out var written, replaceInvalidSequences: true);
        return scratch.AsSpan(0, written);
    }

    /// <summary>Bytes that are not valid UTF-8 (a stray write from elsewhere) are replaced with U+FFFD, so the file stays readable.</summary>
    public static ReadOnlySpan<byte> ValidUtf8(ReadOnlySpan<byte> value) =>
        Utf8.IsValid(value) ? value : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(value));
}

/// <summary>
/// A pooled byte buffer that encodes text as UTF-8 straight into itself and hands full blocks to a stream, so a
/// row costs no string or encoder allocation. Unpaired surrogates become U+FFFD, as UTF-8 cannot carry them.
/// </summary>
internal sealed class Utf8Output(Stream output) : IDisposable
{
    private const int Size = 1 << 16;

    /// <summary>The most any single formatted value (a number, a date) reserves.</summary>
    private const int MaxValue = 64;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _used;

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(Utf8Output));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(byte value)
    {
        if (_used == Buffer.Length)
        {
            Flush();
        }

        Buffer[_used++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > Buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > Buffer.Length)
            {
                output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(Buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, Buffer.AsSpan(_used), out var read, out var written, replaceInvalidSequences: true);
            _used += written;
            if (status == OperationStatus.Done)
            {
                return;
            }

            text = text[read..];
            Flush();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write<T>(T value, ReadOnlySpan<char> format = default) where T : IUtf8SpanFormattable
    {
        if (Buffer.Length - _used < MaxValue)
        {
            Flush();
        }

        if (!value.TryFormat(Buffer.AsSpan(_used), out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A formatted value did not fit its reserve.");
        }

        _used += written;
    }

    /// <summary>ISO 8601 UTC to the second, e.g. <c>2026-11-23T18:05:00Z</c>, written digit by digit (a custom format string is slow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteIsoSeconds(DateTime value)
    {
        if (Buffer.Length - _used < MaxValue)
        {
            Flush();
        }

        var span = Buffer.AsSpan(_used, 20);
        Digits(span[..4], value.Year);
        span[4] = (byte)'-';
        Digits(span.Slice(5, 2), value.Month);
        span[7] = (byte)'-';
        Digits(span.Slice(8, 2), value.Day);
        span[10] = (byte)'T';
        Digits(span.Slice(11, 2), value.Hour);
        span[13] = (byte)':';
        Digits(span.Slice(14, 2), value.Minute);
        span[16] = (byte)':';
        Digits(span.Slice(17, 2), value.Second);
        span[19] = (byte)'Z';
        _used += 20;
    }

    public void Flush()
    {
        if (_used > 0)
        {
            output.Write(Buffer, 0, _used);
            _used = 0;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}

/// <summary>
/// RFC 4180 CSV in UTF-8 with CRLF line ends and ISO 8601 UTC times. A field is quoted when it holds a quote, a line
/// break or a separator some Excel locale splits cells on (comma, semicolon, tab), or starts or ends with a space
/// (which some readers trim); quotes inside are doubled.
/// </summary>
/// <remarks>
/// Formula injection: text starting with = + - @ tab or CR gets a leading apostrophe; inside a quoted field, each
/// separator or line break followed by one of those gets an apostrophe after it, so a reader that splits there anyway
/// (a semicolon-locale Excel opening <c>a;=1+1</c>) still finds text. Numbers, dates and booleans are written as they
/// are. The extra work happens only for fields that need quoting, which the one <see cref="MustQuote"/> scan every
/// field already gets finds: the 1M-SIM export's identifiers never pay for it.
/// </remarks>
internal sealed class CsvExportWriter(Stream output) : IExportFileWriter
{
    private static readonly SearchValues<byte> MustQuote = SearchValues.Create("\",;\t\r\n"u8);

    private readonly Utf8Output _out = new(output);
    private byte[] _scratch = [];
    private bool _firstCell = true;

    public void Header(IReadOnlyList<string> headers)
    {
        BeginRow();
        foreach (var header in headers)
        {
            Separator();
            Field(CellText.ToUtf8(header, ref _scratch), neutralise: false);
        }

        EndRow();
    }

    public void BeginRow() => _firstCell = true;

    public void EndRow() => _out.Write("\r\n"u8);

    public void Text(string? value) => Utf8Text(CellText.ToUtf8(value, ref _scratch));

    public void Identifier(string? value) => Text(value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Utf8Text(ReadOnlySpan<byte> value)
    {
        Separator();
        if (!value.IsEmpty)
        {
            Field(CellText.ValidUtf8(value), neutralise: true);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(long? value)
    {
        Separator();
        if (value is { } number)
        {
            _out.Write(number);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Date(DateTime? value)
    {
        Separator();
        if (value is { } date)
        {
            _out.WriteIsoSeconds(date);
        }
    }

    public void Boolean(bool value)
    {
        Separator();
        _out.Write(value ? "true"u8 : "false"u8);
    }

    public void Complete() => _out.Flush();

    public void Dispose() => _out.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Separator()
    {
        if (_firstCell)
        {
            _firstCell = false;
        }
        else
        {
            _out.Write((byte)',');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Field(ReadOnlySpan<byte> value, bool neutralise)
    {
        var apostrophe = neutralise && CellText.NeedsApostrophe(value);
        var quoted = value.IndexOfAny(MustQuote) >= 0 || value[0] == ' ' || value[^1] == ' ';
        if (quoted)
        {
            _out.Write((byte)'"');
        }

        if (apostrophe)
        {
            _out.Write((byte)'\'');
        }

        if (quoted)
        {
            for (var special = value.IndexOfAny(MustQuote); special >= 0; special = value.IndexOfAny(MustQuote))
            {
                _out.Write(value[..(special + 1)]);
                if (value[special] == (byte)'"')
                {
                    _out.Write((byte)'"');
                }
                else if (neutralise && special + 1 < value.Length && CellText.StartsFormula(value[special + 1]))
                {
                    _out.Write((byte)'\'');
                }

                value = value[(special + 1)..];
            }
        }

        _out.Write(value);
        if (quoted)
        {
            _out.Write((byte)'"');
        }
    }
}

/// <summary>
/// XLSX written as a forward-only ZIP (deflate at its fastest level): the package parts are small fixed XML, the
/// sheet is SpreadsheetML written directly as UTF-8, one pooled buffer for the whole file. The Open XML package
/// API needs a seekable stream and keeps parts in memory while it is open, and its SAX writer costs several
/// allocations per cell; writing the ZIP entries directly keeps memory flat and lets the file go straight to the
/// HTTP response.
/// </summary>
internal sealed class XlsxExportWriter : IExportFileWriter
{
    /// <summary>cellXfs indexes of styles.xml.</summary>
    private const int DateStyle = 1;
    private const int HeaderStyle = 2;

    /// <summary>Excel refuses longer cell text.</summary>
    private const int MaxCellText = 32767;

    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// What text cannot carry as is: markup, CR (XML parsers turn CRLF into LF), the control characters XML 1.0
    /// forbids, and 0xEF, the lead byte of the forbidden U+FFFE and U+FFFF.
    /// </summary>
    private static readonly SearchValues<byte> Special = SearchValues.Create(
        [(byte)'&', (byte)'<', (byte)'>', (byte)'\r', 0xEF, .. Enumerable.Range(0, 32).Where(b => b is not '\t' and not '\n').Select(b => (byte)b)]);

    private readonly ZipArchive _zip;
    private readonly string _sheetName;
    private readonly Stream _sheetStream;
    private readonly Utf8Output _sheet;
    private byte[] _scratch = [];
    private bool _completed;

    public XlsxExportWriter(Stream output, string sheetName)
    {
        _sheetName = sheetName;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _sheetStream = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _sheet = new Utf8Output(_sheetStream);
        _sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""u8);
        _sheet.Write(SheetNs);
        _sheet.Write("\"><sheetData>"u8);
    }

    public void Header(IReadOnlyList<string> headers)
    {
        _sheet.Write("<row>"u8);
        foreach (var header in headers)
        {
            Inline(CellText.ToUtf8(header, ref _scratch), apostrophe: false, "<c t=\"inlineStr\" s=\"2\"><is>"u8);
        }

        _sheet.Write("</row>"u8);
    }

    public void BeginRow() => _sheet.Write("<row>"u8);

    public void EndRow() => _sheet.Write("</row>"u8);

    public void Text(string? value) => Utf8Text(CellText.ToUtf8(value, ref _scratch));

    public void Identifier(string? value) => Text(value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Utf8Text(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Empty();
            return;
        }

        value = CellText.ValidUtf8(value);
        var apostrophe = CellText.NeedsApostrophe(value);
        var limit = apostrophe ? MaxCellText - 1 : MaxCellText;
        if (value.Length > limit)
        {
            value = Truncate(value, limit);
        }

        Inline(value, apostrophe, "<c t=\"inlineStr\"><is>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(long? value)
    {
        if (value is not { } number)
        {
            Empty();
            return;
        }

        _sheet.Write("<c><v>"u8);
        _sheet.Write(number);
        _sheet.Write("</v></c>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Date(DateTime? value)
    {
        if (value is not { } date)
        {
            Empty();
            return;
        }

        // Serial date (days since 1899-12-30) with a date format: Excel sorts and filters it as a date.
        _sheet.Write("<c s=\"1\"><v>"u8);
        _sheet.Write(date.ToOADate(), "R");
        _sheet.Write("</v></c>"u8);
    }

    public void Boolean(bool value) => _sheet.Write(value ? "<c t=\"b\"><v>1</v></c>"u8 : "<c t=\"b\"><v>0</v></c>"u8);

    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _sheet.Write("</sheetData></worksheet>"u8);
        _sheet.Flush();
        _sheet.Dispose();
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
    private void Empty() => _sheet.Write("<c/>"u8);

    /// <summary>At most <paramref name="chars"/> UTF-16 characters (Excel's measure), never splitting a character.</summary>
    private ReadOnlySpan<byte> Truncate(ReadOnlySpan<byte> value, int chars)
    {
        var text = Encoding.UTF8.GetString(value);
        if (text.Length <= chars)
        {
            return value;
        }

        return CellText.ToUtf8(text[..(char.IsHighSurrogate(text[chars - 1]) ? chars - 1 : chars)], ref _scratch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Inline(ReadOnlySpan<byte> value, bool apostrophe, ReadOnlySpan<byte> open)
    {
        _sheet.Write(open);
        // Without it a reader may drop the spaces at either end.
        _sheet.Write(value.Length > 0 && (IsXmlSpace(value[0]) || IsXmlSpace(value[^1])) ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
        if (apostrophe)
        {
            _sheet.Write((byte)'\'');
        }

        for (var special = value.IndexOfAny(Special); special >= 0; special = value.IndexOfAny(Special))
        {
            _sheet.Write(value[..special]);
            var rest = value[special..];
            var skip = 1;
            switch (rest[0])
            {
                case (byte)'&':
                    _sheet.Write("&amp;"u8);
                    break;
                case (byte)'<':
                    _sheet.Write("&lt;"u8);
                    break;
                case (byte)'>':
                    _sheet.Write("&gt;"u8);
                    break;
                case (byte)'\r':
                    _sheet.Write("&#13;"u8);
                    break;
                case 0xEF when rest.Length >= 3 && rest[1] == 0xBF && rest[2] is 0xBE or 0xBF:
                    _sheet.Write("\uFFFD"u8);
                    skip = 3;
                    break;
                case 0xEF:
                    _sheet.Write(rest[..1]);
                    break;
                default:
                    // A stray control character from a device must not break the file.
                    _sheet.Write("\uFFFD"u8);
                    break;
            }

            value = rest[skip..];
        }

        _sheet.Write(value);
        _sheet.Write("</t></is></c>"u8);
    }

    private static bool IsXmlSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

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
