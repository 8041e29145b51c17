using System.Globalization;
using ChiSo.Engine;

namespace ChiSo.Files.Frameworks;

/// <summary>Problems of official criteria lists imported from a sheet or CSV file (codes XL1xx).</summary>
internal static class CriteriaProblems
{
    public static Problem SeveralFrameworks(string file, IEnumerable<string> names) => Problem.Error(
        "XL101", file, SourceSpan.None,
        $"Tệp chứa nhiều bộ chỉ số: {Quote(names)}. Hãy chọn một bộ để nhập.",
        $"The file holds several frameworks: {Quote(names)}. Choose the one to import.");

    public static Problem ProcessRowIgnored(string file, int line, string name) => Problem.Warning(
        "XL102", file, new SourceSpan(line, 0),
        $"Dòng \"{name}\" không có mã và không có điểm nên được coi là dòng mô tả quy trình và bị bỏ qua.",
        $"The row \"{name}\" has no code and no points, so it is taken as a description of the process and ignored.");

    public static Problem TotalRow(string file, int line, string name, double total) => Problem.Warning(
        "XL103", file, new SourceSpan(line, 0),
        $"Dòng \"{name}\" không có mã nhưng có {Points(total)} điểm nên được dùng làm tổng điểm của bộ chỉ số.",
        $"The row \"{name}\" has no code but {Points(total)} points, so it is used as the framework's total.");

    public static Problem Inconsistent(string file, SourceSpan at, string code, int firstLine) => Problem.Warning(
        "XL104", file, at,
        $"Tên hoặc điểm tối đa của \"{code}\" khác với dòng {firstLine}. ChiSo giữ giá trị ở dòng {firstLine}; hãy kiểm tra lại.",
        $"The name or maximum of \"{code}\" differs from row {firstLine}. ChiSo keeps the value of row {firstLine}; check it.");

    public static Problem NoEdition(string file) => Problem.Warning(
        "XL105", file, SourceSpan.None,
        "Không tìm thấy năm của kỳ đánh giá trong tên bộ chỉ số hoặc văn bản ban hành; kỳ được đặt là 0. Hãy nhập năm sau khi nhập.",
        "No assessment year was found in the framework name or the decision; the edition is set to 0. Enter the year after importing.");

    public static Problem LeafWithoutMax(string file, SourceSpan at, string code) => Problem.Warning(
        "XL106", file, at,
        $"Tiêu chí \"{code}\" không có điểm tối đa. Hãy nhập điểm tối đa trước khi chấm điểm.",
        $"Criterion \"{code}\" has no maximum points. Enter them before scoring.");

    public static Problem FrameworkNotFound(string file, string wanted, IEnumerable<string> names) => Problem.Error(
        "XL107", file, SourceSpan.None,
        $"Không có bộ chỉ số \"{wanted}\" trong tệp. Các bộ có trong tệp: {Quote(names)}.",
        $"The file has no framework \"{wanted}\". Frameworks in the file: {Quote(names)}.");

    public static Problem NoRows(string file) => Problem.Error(
        "XL108", file, SourceSpan.None,
        "Tệp không có dòng chỉ số hay tiêu chí nào. Hãy kiểm tra rằng dòng 1 là dòng tiêu đề và dữ liệu bắt đầu từ dòng 2.",
        "The file has no index or criterion rows. Check that row 1 is the header and the data starts on row 2.");

    public static Problem UnnamedGroup(string file, SourceSpan at, string code) => Problem.Warning(
        "XL109", file, at,
        $"Nhóm \"{code}\" không có tên nên tạm lấy mã làm tên. Hãy nhập tên nhóm.",
        $"Group \"{code}\" has no name, so its code is used as the name for now. Enter the group's name.");

    private static string Points(double total) => total.ToString(CultureInfo.InvariantCulture);

    private static string Quote(IEnumerable<string> names) => string.Join("; ", names.Select(n => $"\"{n}\""));
}
