using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Data.Units;

/// <summary>The problems of units checked against each other and the database, each with the file and line.</summary>
internal static class UnitProblems
{
    public static Problem Duplicate(string? file, int line, string code, int firstLine) => Problem.Error(
        "UN007", file, new SourceSpan(line, 0),
        $"Mã {code} ở dòng {line} trùng với dòng {firstLine} (cùng mã và cùng ngày bắt đầu hiệu lực). Hãy xóa một dòng.",
        $"Code {code} on line {line} repeats line {firstLine} (same code and valid_from). Remove one of them.");

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
