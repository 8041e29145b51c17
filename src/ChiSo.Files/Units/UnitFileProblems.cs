using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Files.Units;

/// <summary>The problems of a units file, in Vietnamese and English, each with the file and line.</summary>
internal static class UnitFileProblems
{
    public static Problem MissingColumn(string? file, string column) => Problem.Error(
        "UN001", file, new SourceSpan(1, 0),
        $"Tệp đơn vị thiếu cột '{column}'. Dòng tiêu đề cần có: {UnitFile.ColumnList}.",
        $"The units file has no '{column}' column. The header row needs: {UnitFile.ColumnList}.");

    public static Problem MissingValue(string? file, int line, string column) => Problem.Error(
        "UN002", file, new SourceSpan(line, 0),
        $"Dòng {line} để trống cột '{column}'. Hãy điền giá trị.",
        $"Line {line} has no value in column '{column}'. Fill it in.");

    public static Problem UnknownLevel(string? file, int line, string level) => Problem.Error(
        "UN003", file, new SourceSpan(line, 0),
        $"Cấp '{level}' ở dòng {line} không hợp lệ. Hãy dùng một trong: {UnitFile.LevelList}.",
        $"Level '{level}' on line {line} is not known. Use one of: {UnitFile.LevelList}.");

    public static Problem BadDate(string? file, int line, string column, string text) => Problem.Error(
        "UN004", file, new SourceSpan(line, 0),
        $"'{text}' ở cột '{column}' dòng {line} không phải là ngày. Hãy viết yyyy-MM-dd (ví dụ 2025-07-01) hoặc dd/MM/yyyy.",
        $"'{text}' in column '{column}' on line {line} is not a date. Write yyyy-MM-dd (e.g. 2025-07-01) or dd/MM/yyyy.");

    public static Problem EndsBeforeStart(string? file, int line) => Problem.Error(
        "UN005", file, new SourceSpan(line, 0),
        $"Dòng {line}: ngày hết hiệu lực (valid_to) trước ngày bắt đầu hiệu lực (valid_from). Hãy sửa một trong hai ngày.",
        $"Line {line}: valid_to is before valid_from. Correct one of the two dates.");

    public static Problem BadNumber(string? file, int line, string column, string text) => Problem.Error(
        "UN006", file, new SourceSpan(line, 0),
        $"'{text}' ở cột '{column}' dòng {line} không phải là số không âm.",
        $"'{text}' in column '{column}' on line {line} is not a non-negative number.");

    private static string Vn(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
