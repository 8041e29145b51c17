using System.Globalization;

namespace ChiSo.Engine.Composite;

/// <summary>The problems the pipeline itself can report (codes CO1xx).</summary>
internal static class CompositeProblems
{
    public static Problem MissingColumn(string code) => Problem.Error("CO101", null, SourceSpan.None,
        $"Không có dữ liệu cho chỉ số '{code}'. Hãy thêm cột '{code}' vào bảng dữ liệu.",
        $"There is no data for indicator '{code}'. Add a column '{code}' to the data table.");

    public static Problem NoParameters(string code, NormalisationMethod method) => Problem.Error("CO102", null, SourceSpan.None,
        $"Chỉ số '{code}' thiếu tham số cho cách chuẩn hoá {method} (mốc dưới/trên hoặc giá trị mục tiêu). Hãy bổ sung tham số.",
        $"Indicator '{code}' lacks the parameters for {method} normalisation (goalposts or target). Supply them.");

    public static Problem Constant(string code) => Problem.Warning("CO103", null, SourceSpan.None,
        $"Chỉ số '{code}' có cùng một giá trị ở mọi đơn vị nên không chuẩn hoá được (kết quả để trống, như COINr). Hãy kiểm tra dữ liệu hoặc bỏ chỉ số này.",
        $"Indicator '{code}' has the same value for every unit, so it cannot be normalised (left missing, as in COINr). Check the data or drop the indicator.");

    public static Problem NotPositive(string code, int units, AggregationMethod method) => Problem.Warning("CO104", null, SourceSpan.None,
        string.Create(CultureInfo.InvariantCulture, $"'{code}': {units} đơn vị có giá trị con ≤ 0 (hoặc bằng 0) nên không tính được trung bình {method}; kết quả để trống. Hãy chuẩn hoá về khoảng dương, ví dụ min-max [1, 100]."),
        string.Create(CultureInfo.InvariantCulture, $"'{code}': {units} units have a child value ≤ 0 (or 0), so the {method} cannot be computed; left missing. Normalise onto a positive range such as min-max [1, 100]."));

    public static Problem MissingGroup(string code, string purpose) => Problem.Error("CO105", null, SourceSpan.None,
        $"Không có cột nhóm '{code}' (dùng cho {(purpose == "ranking" ? "xếp hạng theo nhóm" : "điền giá trị thiếu theo nhóm")}). Hãy thêm cột hoặc sửa tên nhóm.",
        $"There is no group column '{code}' (used for {purpose}). Add the column or fix the group name.");
}
