using ChiSo.Engine;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// The problems found in framework workbooks and criteria lists, in both languages. Codes XL0xx concern the
/// framework workbook, XL1xx the import of official criteria lists.
/// </summary>
internal static class WorkbookProblems
{
    public static Problem Unreadable(string file, string reason) => Problem.Error(
        "XL001", file, SourceSpan.None,
        $"Không đọc được tệp Excel ({reason}). Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.",
        $"The Excel file cannot be read ({reason}). Open it in Excel and save it again as .xlsx.");

    public static Problem MissingSheet(string file, string sheet) => Problem.Error(
        "XL002", file, SourceSpan.None,
        $"Thiếu trang tính \"{sheet}\". Hãy thêm trang tính này (xem tài liệu docs/framework-workbook.md).",
        $"The sheet \"{sheet}\" is missing. Add it (see docs/framework-workbook.md).");

    public static Problem MissingColumn(string file, string title, string key) => Problem.Error(
        "XL003", file, new SourceSpan(1, 0),
        $"Thiếu cột \"{title}\" (khóa \"{key}\") ở dòng tiêu đề. Hãy thêm cột này vào dòng 1.",
        $"The column \"{title}\" (key \"{key}\") is missing from the header row. Add it to row 1.");

    public static Problem NotANumber(string file, SourceSpan at, string title, string text) => Problem.Error(
        "XL004", file, at,
        $"Ô \"{title}\" chứa \"{text}\", không phải là số. Hãy nhập một số (dùng dấu chấm cho phần thập phân) hoặc để trống.",
        $"The \"{title}\" cell holds \"{text}\", which is not a number. Enter a number (with a decimal point) or leave it empty.");

    public static Problem UnknownParent(string file, SourceSpan at, string code, string parent) => Problem.Error(
        "XL005", file, at,
        $"Nút \"{code}\" có mã cha \"{parent}\" nhưng không có nút nào mang mã này. Hãy sửa mã cha hoặc thêm nút cha.",
        $"Node \"{code}\" names the parent \"{parent}\", but no node has that code. Fix the parent code or add the parent.");

    public static Problem Cycle(string file, SourceSpan at, string path) => Problem.Error(
        "XL006", file, at,
        $"Mã cha tạo thành vòng lặp: {path}. Một nút không thể là tổ tiên của chính nó; hãy sửa mã cha.",
        $"The parent codes form a cycle: {path}. A node cannot be its own ancestor; fix the parent codes.");

    public static Problem TooDeep(string file, SourceSpan at, string code, int levels) => Problem.Error(
        "XL016", file, at,
        $"Cây chỉ số sâu hơn {levels} cấp (từ nút \"{code}\" trở xuống). Hãy gộp bớt các cấp.",
        $"The tree is deeper than {levels} levels (from node \"{code}\" down). Merge some levels.");

    public static Problem DuplicateCode(string file, SourceSpan at, string code, int firstRow) => Problem.Error(
        "XL007", file, at,
        $"Mã \"{code}\" đã dùng ở dòng {firstRow}. Mỗi nút phải có mã riêng; hãy đổi một trong hai mã.",
        $"The code \"{code}\" is already used on row {firstRow}. Every node needs its own code; change one of them.");

    public static Problem Empty(string file, SourceSpan at, string title) => Problem.Error(
        "XL008", file, at,
        $"Ô \"{title}\" đang để trống. Hãy nhập giá trị.",
        $"The \"{title}\" cell is empty. Enter a value.");

    public static Problem BadValue(string file, SourceSpan at, string title, string text, string expectedVi, string expectedEn) =>
        Problem.Error(
            "XL009", file, at,
            $"Ô \"{title}\" chứa \"{text}\", không hợp lệ. Giá trị hợp lệ: {expectedVi}.",
            $"The \"{title}\" cell holds \"{text}\", which is not valid. Valid values: {expectedEn}.");

    public static Problem InputOfUnknownCriterion(string file, SourceSpan at, string code) => Problem.Error(
        "XL010", file, at,
        $"Đầu vào thuộc tiêu chí \"{code}\" nhưng trang tính Cây không có tiêu chí này. Hãy sửa mã tiêu chí.",
        $"The input belongs to criterion \"{code}\", which is not in the tree sheet. Fix the criterion code.");

    public static Problem DuplicateInput(string file, SourceSpan at, string code, string id) => Problem.Error(
        "XL011", file, at,
        $"Tiêu chí \"{code}\" đã có đầu vào \"{id}\". Mã đầu vào phải khác nhau trong một tiêu chí.",
        $"Criterion \"{code}\" already has an input \"{id}\". Input ids must differ within a criterion.");

    public static Problem UnknownKey(string file, SourceSpan at, string key) => Problem.Warning(
        "XL012", file, at,
        $"Khóa \"{key}\" không được ChiSo sử dụng nên bị bỏ qua. Hãy kiểm tra chính tả.",
        $"The key \"{key}\" is not used by ChiSo and is ignored. Check its spelling.");

    public static Problem BadOptions(string file, SourceSpan at, string text) => Problem.Error(
        "XL013", file, at,
        $"Không hiểu danh sách lựa chọn \"{text}\". Hãy viết dạng \"chu_tich=Chủ tịch; pho_chu_tich=Phó Chủ tịch\".",
        $"The option list \"{text}\" cannot be understood. Write it as \"key=Label; key2=Label 2\".");

    public static Problem MissingKey(string file, string key, string label) => Problem.Error(
        "XL014", file, SourceSpan.None,
        $"Thiếu dòng có khóa \"{key}\" ({label}). Hãy thêm dòng này và nhập giá trị.",
        $"The row with the key \"{key}\" ({label}) is missing. Add it with a value.");

    public static Problem CheckOfUnknownCriterion(string file, SourceSpan at, string code) => Problem.Error(
        "XL017", file, at,
        $"Điều kiện kiểm tra thuộc tiêu chí \"{code}\" nhưng trang tính Cây không có tiêu chí này. Hãy sửa mã tiêu chí.",
        $"The check belongs to criterion \"{code}\", which is not in the tree sheet. Fix the criterion code.");
}
