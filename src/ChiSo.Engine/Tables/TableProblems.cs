using System.Globalization;

namespace ChiSo.Engine.Tables;

/// <summary>Problems in tables (codes TB0xx), shared by every table reader and interpreter.</summary>
public static class TableProblems
{
    /// <summary>Two columns have the same header.</summary>
    public static Problem DuplicateHeader(string? file, SourceSpan at, string name) => Problem.Error("TB001", file, at,
        $"Tên cột '{name}' xuất hiện hai lần. Hãy đổi tên một trong hai cột.",
        $"Column name '{name}' appears twice. Rename one of the columns.");

    /// <summary>A required column is absent.</summary>
    public static Problem MissingColumn(string? file, string name) => Problem.Error("TB002", file, new SourceSpan(1, 0),
        $"Thiếu cột bắt buộc '{name}'. Hãy thêm cột này vào dòng tiêu đề.",
        $"Required column '{name}' is missing. Add it to the header row.");

    /// <summary>A cell that must be a number is text.</summary>
    public static Problem NotANumber(string? file, SourceSpan at, string column, string text) => Problem.Error("TB003", file, at,
        $"Ô ở cột '{column}' có giá trị '{text}', không phải là số. Hãy nhập số (dấu chấm thập phân, ví dụ 12.5) hoặc để trống nếu thiếu dữ liệu.",
        $"The cell in column '{column}' holds '{text}', which is not a number. Enter a number (decimal point, e.g. 12.5) or leave it empty if missing.");

    /// <summary>A required cell is empty.</summary>
    public static Problem EmptyCell(string? file, SourceSpan at, string column) => Problem.Error("TB004", file, at,
        $"Ô ở cột '{column}' đang trống nhưng bắt buộc phải có. Hãy điền giá trị.",
        $"The cell in column '{column}' is empty but required. Fill it in.");

    /// <summary>A unit code appears twice.</summary>
    public static Problem DuplicateUnit(string? file, SourceSpan at, string code, int firstLine) => Problem.Error("TB005", file, at,
        string.Create(CultureInfo.InvariantCulture, $"Mã đơn vị '{code}' bị trùng (đã có ở dòng {firstLine}). Mỗi đơn vị chỉ được có một dòng."),
        string.Create(CultureInfo.InvariantCulture, $"Unit code '{code}' is duplicated (already on line {firstLine}). Each unit must have one row."));

    /// <summary>A file or sheet could not be read.</summary>
    public static Problem Unreadable(string? file, string reason) => Problem.Error("TB006", file, SourceSpan.None,
        $"Không đọc được tệp: {reason}. Hãy kiểm tra tệp có đúng định dạng và không bị khoá.",
        $"The file cannot be read: {reason}. Check that it has the right format and is not locked.");
}
