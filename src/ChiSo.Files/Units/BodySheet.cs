using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Engine;
using ChiSo.Files.Csv;
using ClosedXML.Excel;

namespace ChiSo.Files.Units;

/// <summary>One row of a bodies sheet, text as written (dates as dd/MM/yyyy when the cell is a date).</summary>
public sealed record BodySheetRow(int Line, string Code, string Name, string Type, string ParentCode, string ValidFrom, string ValidTo, string Group);

/// <summary>What was read: the rows, and the problems that stop the whole file (nothing is applied when there is one).</summary>
public sealed record BodySheetRead(ImmutableArray<BodySheetRow> Rows, ImmutableArray<Problem> Problems);

/// <summary>
/// A sheet of a province's own bodies, .xlsx (the first sheet) or UTF-8 CSV, with a header row naming the columns in
/// any order: mã, tên, loại, đơn vị cấp trên (mã), hiệu lực từ, hiệu lực đến (dd/MM/yyyy), and optionally nhóm so
/// sánh. The file is bounded before any library parses it (<see cref="MaxBytes"/>, <see cref="WorkbookGuard"/>,
/// <see cref="MaxRows"/>); checking the rows against the units is the database's job.
/// </summary>
public static class BodySheet
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int MaxRows = 10_000;

    /// <summary>A cell longer than this is cut in what is read, and the row is then refused for its length by the checks.</summary>
    public const int MaxCell = 1_000;

    public static readonly ImmutableArray<string> Columns = ["Mã", "Tên", "Loại", "Đơn vị cấp trên (mã)", "Hiệu lực từ", "Hiệu lực đến", "Nhóm so sánh"];

    private static readonly int[] Required = [0, 1, 2, 3, 4];

    /// <summary>Reads an .xlsx (by content: a ZIP package) or a CSV file.</summary>
    public static BodySheetRead Read(Stream input, string fileName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = Buffer(input);
        if (bytes is null)
        {
            return Refused(Problem.Error("UB001", fileName, SourceSpan.None,
                $"Tệp lớn hơn {MaxBytes / (1024 * 1024)} MB. Một danh sách đơn vị không lớn đến vậy: hãy kiểm tra lại tệp.",
                $"The file is larger than {MaxBytes / (1024 * 1024)} MB. A list of units is never that large: check the file."));
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) ? ReadXlsx(stream, fileName) : ReadCsv(bytes, fileName);
    }

    private static BodySheetRead ReadXlsx(Stream stream, string fileName)
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(stream, fileName, problems);
        if (workbook is null)
        {
            return new BodySheetRead([], [.. problems]);
        }

        var sheet = workbook.Worksheets.First();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 50);
        var header = Enumerable.Range(1, lastColumn).Select(c => Cell(sheet.Cell(1, c))).ToList();
        if (Missing(header, fileName) is { } missing)
        {
            return Refused(missing);
        }

        if (last - 1 > MaxRows)
        {
            return Refused(TooMany(fileName, last - 1));
        }

        var map = Map(header);
        var rows = ImmutableArray.CreateBuilder<BodySheetRow>();
        for (var r = 2; r <= last; r++)
        {
            var fields = map.Select(c => c < 0 ? "" : Cell(sheet.Cell(r, c + 1))).ToArray();
            if (fields.Any(f => f.Length > 0))
            {
                rows.Add(Row(r, fields));
            }
        }

        return Finish(rows, fileName);
    }

    private static BodySheetRead ReadCsv(byte[] bytes, string fileName)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refused(Problem.Error("UB002", fileName, SourceSpan.None,
                "Tệp không phải bảng tính Excel (.xlsx) cũng không phải CSV UTF-8. Hãy lưu lại từ Excel dưới dạng \"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\".",
                "The file is neither an Excel workbook (.xlsx) nor UTF-8 CSV. Save it from Excel as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"."));
        }

        var (header, records, broken) = CsvRecords.Read(new StringReader(text), fileName);
        if (!broken.IsEmpty)
        {
            return new BodySheetRead([], broken);
        }

        if (Missing([.. header], fileName) is { } missing)
        {
            return Refused(missing);
        }

        if (records.Length > MaxRows)
        {
            return Refused(TooMany(fileName, records.Length));
        }

        var map = Map([.. header]);
        var rows = ImmutableArray.CreateBuilder<BodySheetRow>(records.Length);
        foreach (var record in records)
        {
            rows.Add(Row(record.Line, [.. map.Select(c => Clean(record.Field(c)))]));
        }

        return Finish(rows, fileName);
    }

    private static BodySheetRead Finish(ImmutableArray<BodySheetRow>.Builder rows, string fileName) => rows.Count == 0
        ? Refused(Problem.Error("UB005", fileName, SourceSpan.None, "Tệp không có dòng đơn vị nào dưới dòng tiêu đề.", "The file has no unit rows below the header row."))
        : new BodySheetRead(rows.ToImmutable(), []);

    private static BodySheetRow Row(int line, string[] f) => new(line, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);

    /// <summary>For each column of <see cref="Columns"/>, its index in the header, or -1.</summary>
    private static int[] Map(List<string> header) => [.. Columns.Select(c => header.FindIndex(h => Same(h, c)))];

    /// <summary>"Đơn vị cấp trên" matches "Đơn vị cấp trên (mã)": the part in brackets is a hint.</summary>
    private static bool Same(string header, string column) =>
        string.Equals(header.Trim(), column, StringComparison.OrdinalIgnoreCase)
        || string.Equals(header.Trim(), column.Split(" (")[0], StringComparison.OrdinalIgnoreCase);

    private static Problem? Missing(List<string> header, string fileName)
    {
        var missing = Required.Where(i => !header.Any(h => Same(h.Normalize(NormalizationForm.FormC), Columns[i]))).Select(i => Columns[i]).ToList();
        return missing.Count == 0 ? null : Problem.Error("UB003", fileName, new SourceSpan(1, 0),
            $"Dòng tiêu đề thiếu cột: {string.Join(", ", missing)}. Hãy dùng tệp mẫu (các cột: {string.Join(", ", Columns)}).",
            $"The header row lacks the column(s): {string.Join(", ", missing)}. Use the template (columns: {string.Join(", ", Columns)}).");
    }

    private static Problem TooMany(string fileName, int rows) => Problem.Error("UB004", fileName, SourceSpan.None,
        $"Tệp có {rows.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} dòng; mỗi lần tải lên tối đa {MaxRows.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} dòng. Hãy chia tệp.",
        $"The file has {rows.ToString("N0", CultureInfo.InvariantCulture)} rows; one upload takes at most {MaxRows.ToString("N0", CultureInfo.InvariantCulture)}. Split the file.");

    private static BodySheetRead Refused(Problem problem) => new([], [problem]);

    private static string Cell(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return "";
        }

        var typed = TypedCell.Of(cell);
        return typed.Kind == XLDataType.DateTime
            ? typed.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : Clean(CellText.Shown(cell));
    }

    private static string Clean(string text)
    {
        var trimmed = text.Replace("\r", "", StringComparison.Ordinal).Trim();
        return (trimmed.Length > MaxCell ? trimmed[..MaxCell] : trimmed).Normalize(NormalizationForm.FormC);
    }

    private static byte[]? Buffer(Stream input)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
