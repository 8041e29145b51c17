using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ChiSo.Engine;

namespace ChiSo.Files;

/// <summary>
/// Checks an .xlsx package against <see cref="WorkbookLimits"/> before any workbook library opens it: that it is a
/// ZIP with content types, how many parts it has and how much they unpack to (counted while unpacking, not taken
/// from the ZIP directory, which can lie), that every XML part is XML without a DTD, that no part links outside the
/// file except hyperlinks, and how many rows, columns and cells the sheets declare. Every refusal is a problem the
/// user can read; nothing here throws for a bad file.
/// </summary>
internal static class WorkbookGuard
{
    public const string Code = "XL015";

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>The refusal of <paramref name="package"/>, or null when it may be opened; the stream is read from its position.</summary>
    public static Problem? Check(Stream package, string fileName)
    {
        ArgumentNullException.ThrowIfNull(package);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return NotXlsx(fileName);
        }

        using (zip)
        {
            try
            {
                return Parts(zip, fileName);
            }
            catch (InvalidDataException)
            {
                return NotXlsx(fileName);
            }
        }
    }

    private static Problem? Parts(ZipArchive zip, string fileName)
    {
        if (zip.Entries.Count > WorkbookLimits.MaxParts)
        {
            return Refused(fileName,
                $"Tệp có {N(zip.Entries.Count)} phần, nhiều hơn giới hạn {N(WorkbookLimits.MaxParts)}.",
                $"The file has {E(zip.Entries.Count)} parts, more than the limit of {E(WorkbookLimits.MaxParts)}.");
        }

        if (zip.GetEntry("[Content_Types].xml") is null)
        {
            return Refused(fileName,
                "Tệp là tệp nén nhưng không phải bảng tính .xlsx (thiếu phần [Content_Types].xml).",
                "The file is a ZIP archive but not an .xlsx workbook (it has no [Content_Types].xml part).");
        }

        var tally = new Tally();
        foreach (var entry in zip.Entries)
        {
            if (Part(entry, fileName, tally) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static Problem? Part(ZipArchiveEntry entry, string fileName, Tally tally)
    {
        var left = WorkbookLimits.MaxUnpackedBytes - tally.Unpacked;
        if (entry.Length > left)
        {
            return TooLarge(fileName);
        }

        using var bounded = new BoundedReadStream(entry.Open(), left);
        try
        {
            var refusal = IsXml(entry.FullName) ? XmlPart(bounded, entry.FullName, fileName, tally) : Drain(bounded);
            tally.Unpacked += bounded.BytesRead;
            if (refusal is null && bounded.BytesRead > WorkbookLimits.RatioCheckedFrom
                && bounded.BytesRead > (long)WorkbookLimits.MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                return Refused(fileName,
                    $"Phần {entry.FullName} của tệp nén bất thường (giải nén ra hơn {N(WorkbookLimits.MaxRatio)} lần kích thước), có thể là tệp nén độc hại.",
                    $"The part {entry.FullName} is abnormally compressed (it unpacks to more than {E(WorkbookLimits.MaxRatio)} times its size), possibly a decompression bomb.");
            }

            return refusal;
        }
        catch (BudgetExceededException)
        {
            return TooLarge(fileName);
        }
        catch (XmlException e)
        {
            return e.Message.Contains("DTD", StringComparison.Ordinal)
                ? Refused(fileName,
                    $"Phần {entry.FullName} của tệp có khai báo DTD; vì an toàn, ChiSo không mở tệp như vậy.",
                    $"The part {entry.FullName} declares a DTD; for safety, ChiSo does not open such files.")
                : Refused(fileName,
                    $"Phần {entry.FullName} của tệp không phải XML hợp lệ (dòng {N(e.LineNumber)}): tệp bị hỏng.",
                    $"The part {entry.FullName} is not valid XML (line {E(e.LineNumber)}): the file is damaged.");
        }
    }

    // VML drawings (comment boxes) are often not well-formed XML (Excel writes bare <br>); ClosedXML does not parse
    // them as XML either, so they are only counted.
    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static Problem? Drain(Stream part)
    {
        var buffer = new byte[81920];
        while (part.Read(buffer) > 0)
        {
        }

        return null;
    }

    private static Problem? XmlPart(Stream part, string name, string fileName, Tally tally)
    {
        var sheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
        var rows = 0;
        using var reader = XmlReader.Create(part, Xml);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (++tally.Elements > WorkbookLimits.MaxElements)
            {
                return TooLarge(fileName);
            }

            var refusal = reader.LocalName switch
            {
                "Relationship" => Relationship(reader, fileName),
                "row" when sheet => Row(reader, ++rows, fileName),
                "c" when sheet => Cell(reader, tally, fileName),
                "si" when name.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase) => Cell(reader, tally, fileName),
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>Hyperlinks may point outside the file; any other external target (linked workbooks, OLE objects, templates) is refused.</summary>
    private static Problem? Relationship(XmlReader reader, string fileName)
    {
        if (!string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
            || (reader.GetAttribute("Type") ?? "").EndsWith("/hyperlink", StringComparison.Ordinal))
        {
            return null;
        }

        var target = reader.GetAttribute("Target") ?? "";
        target = target.Length > 80 ? target[..80] + "…" : target;
        return Refused(fileName,
            $"Tệp liên kết tới một nguồn bên ngoài ({target}); ChiSo chỉ nhận bảng tính tự chứa dữ liệu. Hãy bỏ liên kết (Data → Edit Links → Break Link) rồi lưu lại.",
            $"The file links to an outside source ({target}); ChiSo only accepts self-contained workbooks. Break the link (Data → Edit Links → Break Link) and save again.");
    }

    private static Problem? Row(XmlReader reader, int count, string fileName)
    {
        var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : count;
        return number > WorkbookLimits.MaxRows || count > WorkbookLimits.MaxRows
            ? Refused(fileName,
                $"Trang tính có hơn {N(WorkbookLimits.MaxRows)} hàng.",
                $"A sheet has more than {E(WorkbookLimits.MaxRows)} rows.")
            : null;
    }

    private static Problem? Cell(XmlReader reader, Tally tally, string fileName)
    {
        if (++tally.Cells > WorkbookLimits.MaxCells)
        {
            return Refused(fileName,
                $"Tệp có hơn {N(WorkbookLimits.MaxCells)} ô dữ liệu.",
                $"The file has more than {E(WorkbookLimits.MaxCells)} cells.");
        }

        return reader.LocalName == "c" && Column(reader.GetAttribute("r")) > WorkbookLimits.MaxColumns
            ? Refused(fileName,
                $"Trang tính có dữ liệu ở cột thứ {N(Column(reader.GetAttribute("r")))}, vượt quá giới hạn {N(WorkbookLimits.MaxColumns)} cột.",
                $"A sheet has data in column {E(Column(reader.GetAttribute("r")))}, beyond the limit of {E(WorkbookLimits.MaxColumns)} columns.")
            : null;
    }

    /// <summary>The column number of a cell reference such as "AB12"; 0 when there is none.</summary>
    internal static long Column(string? reference)
    {
        long column = 0;
        foreach (var ch in reference ?? "")
        {
            var letter = char.ToUpperInvariant(ch);
            if (letter is < 'A' or > 'Z' || column > WorkbookLimits.MaxColumns)
            {
                break;
            }

            column = (column * 26) + (letter - 'A' + 1);
        }

        return column;
    }

    private static Problem NotXlsx(string fileName) => Refused("XL001", fileName,
        "Tệp không phải bảng tính Excel .xlsx (có thể là tệp .xls cũ, tệp đặt mật khẩu hoặc tệp bị hỏng). Hãy mở bằng Excel và lưu dưới dạng \"Excel Workbook (.xlsx)\".",
        "The file is not an Excel .xlsx workbook (it may be an old .xls, a password-protected file or a damaged one). Open it in Excel and save it as \"Excel Workbook (.xlsx)\".");

    internal static Problem TooLarge(string fileName) => Refused(fileName,
        $"Tệp quá lớn: giải nén ra hơn {N(WorkbookLimits.MaxUnpackedBytes / (1024 * 1024))} MB dữ liệu, hoặc quá nhiều phần tử.",
        $"The file is too large: it unpacks to more than {E(WorkbookLimits.MaxUnpackedBytes / (1024 * 1024))} MB, or holds too many elements.");

    private static Problem Refused(string fileName, string vi, string en) => Refused(Code, fileName, vi, en);

    private static Problem Refused(string code, string fileName, string vi, string en) => Problem.Error(
        code, fileName, SourceSpan.None,
        $"ChiSo không mở tệp Excel này. {vi}",
        $"ChiSo does not open this Excel file. {en}");

    private static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    private static string E(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Tally
    {
        public long Unpacked { get; set; }

        public long Elements { get; set; }

        public long Cells { get; set; }
    }
}
