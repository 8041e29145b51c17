using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Data.Units;

/// <summary>The problems of a units file, in Vietnamese and English, each with the file and line.</summary>
internal static class UnitProblems
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

    public static Problem Duplicate(string? file, int line, string code, int firstLine) => Problem.Error(
        "UN007", file, new SourceSpan(line, 0),
        $"Mã {code} ở dòng {line} trùng với dòng {firstLine} (cùng mã và cùng ngày bắt đầu hiệu lực). Hãy xóa một dòng.",
        $"Code {code} on line {line} repeats line {firstLine} (same code and valid_from). Remove one of them.");

    // otherLine is 0 when the other version is in the database rather than the file.
    public static Problem Overlap(string? file, int line, string code, int otherLine, DateOnly otherFrom)
    {
        var (vi, en) = otherLine > 0
            ? ($"dòng {otherLine}", $"line {otherLine}")
            : ($"phiên bản từ ngày {Vn(otherFrom)} trong cơ sở dữ liệu", $"the version from {Iso(otherFrom)} in the database");
        return Problem.Error(
            "UN008", file, new SourceSpan(line, 0),
            $"Thời gian hiệu lực của mã {code} ở dòng {line} chồng lên {vi}. Mỗi mã chỉ ứng với một đơn vị tại mỗi thời điểm: hãy kết thúc phiên bản trước (valid_to) trước ngày bắt đầu của phiên bản sau.",
            $"The validity of code {code} on line {line} overlaps {en}. A code names one unit at a time: end the earlier version (valid_to) before the later one starts.");
    }

    public static Problem UnknownParent(string? file, int line, string code, string parent, DateOnly on) => Problem.Error(
        "UN009", file, new SourceSpan(line, 0),
        $"Đơn vị cấp trên {parent} của mã {code} (dòng {line}) không tồn tại vào ngày {Vn(on)}, trong tệp cũng như trong cơ sở dữ liệu. Hãy thêm đơn vị cấp trên hoặc sửa parent_code.",
        $"Parent {parent} of code {code} (line {line}) does not exist on {Iso(on)}, in the file or in the database. Add the parent or correct parent_code.");

    private static string Vn(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
