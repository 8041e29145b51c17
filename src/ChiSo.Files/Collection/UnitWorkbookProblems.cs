using ChiSo.Engine;

namespace ChiSo.Files.Collection;

/// <summary>Problems of uploaded unit workbooks (codes XL2xx), in both languages.</summary>
internal static class UnitWorkbookProblems
{
    public static Problem MissingSheet(string file) => Problem.Error(
        "XL201", file, SourceSpan.None,
        $"Tệp không có trang tính \"{UnitWorkbookLayout.EntrySheet}\". Hãy tải tệp mẫu của đơn vị và nhập vào đó.",
        $"The file has no \"{UnitWorkbookLayout.EntrySheet}\" sheet. Download the unit's workbook and fill that one in.");

    public static Problem MissingKeys(string file) => Problem.Error(
        "XL202", file, SourceSpan.None,
        $"Trang \"{UnitWorkbookLayout.EntrySheet}\" thiếu các cột khóa ẩn ({UnitWorkbookLayout.CriterionKey}, {UnitWorkbookLayout.InputKey}) hoặc cột \"{UnitWorkbookLayout.ValueTitle}\". Hãy tải lại tệp mẫu; không xoá các cột này.",
        $"The \"{UnitWorkbookLayout.EntrySheet}\" sheet lacks the hidden key columns or the \"{UnitWorkbookLayout.ValueTitle}\" column. Download the workbook again; do not delete these columns.");

    public static Problem UnknownKey(string file, SourceSpan at, string criterion, string input) => Problem.Error(
        "XL203", file, at,
        $"Dòng {at.Line}: bộ chỉ số không có tiêu chí \"{criterion}\" với đầu vào \"{input}\". Không sửa các cột khóa ẩn; hãy tải lại tệp mẫu nếu cần.",
        $"Row {at.Line}: the framework has no criterion \"{criterion}\" with input \"{input}\". Do not edit the hidden key columns; download the workbook again if needed.");

    public static Problem Duplicate(string file, SourceSpan at, string criterion, string input) => Problem.Error(
        "XL204", file, at,
        $"Dòng {at.Line}: đầu vào \"{input}\" của tiêu chí {criterion} xuất hiện lần thứ hai. Hãy xoá dòng bị chép.",
        $"Row {at.Line}: input \"{input}\" of criterion {criterion} appears a second time. Delete the copied row.");

    public static Problem BadValue(string file, SourceSpan at, string address, string criterion, Bilingual problem) => Problem.Error(
        "XL205", file, at,
        $"Ô {address} (tiêu chí {criterion}): {problem.Vi}",
        $"Cell {address} (criterion {criterion}): {problem.En}");
}
