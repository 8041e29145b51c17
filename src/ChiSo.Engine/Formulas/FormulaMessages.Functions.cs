namespace ChiSo.Engine.Formulas;

internal static partial class FormulaMessages
{
    public static Bilingual StepsOrder(double threshold, double previous) => (
        F($"Các ngưỡng của 'steps' phải tăng dần, nhưng ngưỡng {threshold} không lớn hơn ngưỡng trước {previous}."),
        F($"The thresholds of 'steps' must increase, but {threshold} is not above the previous {previous}."));

    public static Bilingual ClampRange(double lo, double hi) => (
        F($"Trong 'clamp', cận dưới {lo} lớn hơn cận trên {hi}; hãy đổi chỗ hai cận."),
        F($"In 'clamp', the lower bound {lo} is above the upper bound {hi}; swap them."));

    public static Bilingual LinearRange(double value) => (
        F($"Trong 'linear', hai mốc bằng nhau ({value}) nên không chia được thang điểm; hãy chọn hai mốc khác nhau."),
        F($"In 'linear', both goalposts are {value}, so there is no scale between them; choose two different goalposts."));

    public static Bilingual ChooseSubject(string text, FormulaType actual) => (
        $"Đối số đầu của 'choose' phải là một đầu vào kiểu lựa chọn, nhưng '{text}' là {TypeVi(actual)}.",
        $"The first argument of 'choose' must be a choice input, but '{text}' is {TypeEn(actual)}.");

    public static Bilingual UnknownOption(string key, string input, IEnumerable<string> options) => (
        $"Lựa chọn '{key}' không có trong đầu vào '{input}'. Các lựa chọn: {string.Join(", ", options)}.",
        $"Input '{input}' has no option '{key}'. Its options: {string.Join(", ", options)}.");

    public static Bilingual DuplicateArm(string key, int column) => (
        F($"Nhánh '{key}' đã có ở cột {column}; mỗi lựa chọn chỉ được một nhánh."),
        F($"The arm '{key}' is already given at column {column}; each option takes one arm."));

    public static Bilingual UncoveredOptions(string input, IEnumerable<string> missing) => (
        $"'choose' chưa có nhánh cho lựa chọn {string.Join(", ", missing)} của đầu vào '{input}'. Hãy thêm các nhánh đó hoặc một nhánh 'else = …'.",
        $"'choose' has no arm for option {string.Join(", ", missing)} of input '{input}'. Add those arms or an 'else = …' arm.");
}
