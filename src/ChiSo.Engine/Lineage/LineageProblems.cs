namespace ChiSo.Engine.Lineage;

/// <summary>The problems of back-casting, in Vietnamese and English.</summary>
internal static class LineageProblems
{
    public static Problem NoPredecessors(string unit) => Problem.Error(
        "LN001", null, SourceSpan.None,
        $"Đơn vị {unit} không có đơn vị tiền thân nào để tính ngược. Hãy kiểm tra lịch sử sáp nhập của đơn vị.",
        $"Unit {unit} has no predecessors to back-cast from. Check the unit's merger history.");

    public static Problem UnknownPredecessor(string unit, string predecessor) => Problem.Error(
        "LN002", null, SourceSpan.None,
        $"Đơn vị tiền thân {predecessor} của {unit} không có trong kết quả năm trước. Hãy nhập kết quả của {predecessor} hoặc sửa lịch sử sáp nhập.",
        $"Predecessor {predecessor} of {unit} is not in the earlier year's results. Add its results or correct the merger history.");

    public static Problem MissingPopulation(string unit, string predecessor) => Problem.Error(
        "LN003", null, SourceSpan.None,
        $"Thiếu dân số của đơn vị tiền thân {predecessor} nên không tính được bình quân gia quyền theo dân số cho {unit}. Hãy nhập dân số hoặc dùng quy tắc bình quân.",
        $"The population of predecessor {predecessor} is missing, so {unit} cannot be back-cast by population-weighted mean. Enter the population or use the plain mean.");

    public static Problem MissingValue(string unit, string node) => Problem.Warning(
        "LN004", null, SourceSpan.None,
        $"Một đơn vị tiền thân của {unit} thiếu giá trị ở {node}, nên số liệu tính ngược để trống.",
        $"A predecessor of {unit} has no value for {node}, so the back-cast figure is left empty.");

    public static Problem EqualWeights(string unit) => Problem.Warning(
        "LN005", null, SourceSpan.None,
        $"Không đủ dân số của các đơn vị tiền thân của {unit}: các số liệu dạng số được lấy bình quân không gia quyền.",
        $"Not every predecessor of {unit} has a population: numbers are averaged with equal weights.");
}
