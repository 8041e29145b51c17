namespace ChiSo.Engine.Formulas;

internal static partial class FormulaMessages
{
    public static Bilingual UnknownInput(string name, IEnumerable<string> inputs)
    {
        var list = string.Join(", ", inputs);
        return list.Length == 0
            ? ($"Đầu vào '{name}' chưa được khai báo cho tiêu chí này; tiêu chí chưa khai báo đầu vào nào.",
                $"Input '{name}' is not declared for this criterion; it declares no inputs.")
            : ($"Đầu vào '{name}' chưa được khai báo cho tiêu chí này. Các đầu vào đã khai báo: {list}.",
                $"Input '{name}' is not declared for this criterion. Declared inputs: {list}.");
    }

    public static Bilingual FunctionWithoutArguments(string name) => (
        $"'{name}' là tên hàm; hãy viết kèm đối số trong ngoặc, ví dụ {name}(…).",
        $"'{name}' is a function; write its arguments in brackets, e.g. {name}(…).");

    public static Bilingual UnknownFunction(string name, IEnumerable<string> available) => (
        $"Hàm '{name}' không tồn tại. Các hàm có thể dùng: {string.Join(", ", available)}.",
        $"Unknown function '{name}'. Available: {string.Join(", ", available)}.");

    public static Bilingual DateFormat() => (
        "Ngày phải viết theo dạng date(năm-tháng-ngày), ví dụ date(2024-12-31).",
        "Write a date as date(year-month-day), e.g. date(2024-12-31).");

    public static Bilingual ArgumentCount(string name, int count, int min, int max)
    {
        var (vi, en) = (min, max) switch
        {
            _ when name == "steps" => ("x rồi từng cặp ngưỡng, điểm (một số lẻ, ít nhất 3)",
                "x followed by threshold, points pairs (an odd number, at least 3)"),
            _ when min == max => (F($"{min}"), F($"{min}")),
            (_, int.MaxValue) => (F($"ít nhất {min}"), F($"at least {min}")),
            _ => (F($"{min} hoặc {max}"), F($"{min} or {max}")),
        };
        return (F($"Hàm '{name}' cần {vi} đối số, nhưng ở đây có {count}."),
            F($"Function '{name}' takes {en} arguments, but got {count}."));
    }

    public static Bilingual OperandType(string symbol, string text, FormulaType actual, FormulaType[] expected) => (
        $"Toán tử '{symbol}' cần {TypesVi(expected)}, nhưng '{text}' là {TypeVi(actual)}.{ChoiceHintVi(actual)}",
        $"Operator '{symbol}' needs {TypesEn(expected)}, but '{text}' is {TypeEn(actual)}.{ChoiceHintEn(actual)}");

    public static Bilingual OperandMismatch(string symbol, FormulaType left, FormulaType right) => (
        $"Không dùng được '{symbol}' giữa {TypeVi(left)} và {TypeVi(right)}.",
        $"'{symbol}' cannot combine {TypeEn(left)} with {TypeEn(right)}.");

    public static Bilingual ArgumentType(string name, int position, string text, FormulaType actual, FormulaType[] expected) => (
        F($"Đối số thứ {position} của '{name}' phải là {TypesVi(expected)}, nhưng '{text}' là {TypeVi(actual)}.{ChoiceHintVi(actual)}"),
        F($"Argument {position} of '{name}' must be {TypesEn(expected)}, but '{text}' is {TypeEn(actual)}.{ChoiceHintEn(actual)}"));

    public static Bilingual ArgumentsDiffer(string name, string first, FormulaType firstType, string other, FormulaType otherType) => (
        $"Các giá trị của '{name}' phải cùng kiểu, nhưng '{first}' là {TypeVi(firstType)} còn '{other}' là {TypeVi(otherType)}.",
        $"The values of '{name}' must have one type, but '{first}' is {TypeEn(firstType)} and '{other}' is {TypeEn(otherType)}.");

    public static Bilingual ResultType(FormulaType actual) => (
        $"Công thức phải cho ra số điểm (một số, hoặc đúng/sai), nhưng ở đây cho ra {TypeVi(actual)}.",
        $"The formula must give points (a number, or true/false), but it gives {TypeEn(actual)}.");

    public static string TypeVi(FormulaType type) => type switch
    {
        FormulaType.Number => "số",
        FormulaType.Boolean => "giá trị đúng/sai",
        FormulaType.Date => "ngày",
        FormulaType.Choice => "lựa chọn",
    };

    public static string TypeEn(FormulaType type) => type switch
    {
        FormulaType.Number => "a number",
        FormulaType.Boolean => "a true/false value",
        FormulaType.Date => "a date",
        FormulaType.Choice => "a choice",
    };

    private static string TypesVi(FormulaType[] types) => string.Join(" hoặc ", types.Select(TypeVi));

    private static string TypesEn(FormulaType[] types) => string.Join(" or ", types.Select(TypeEn));

    private static string ChoiceHintVi(FormulaType actual) => actual == FormulaType.Choice
        ? " Đầu vào lựa chọn chỉ dùng được trong choose(…) và has(…)."
        : "";

    private static string ChoiceHintEn(FormulaType actual) => actual == FormulaType.Choice
        ? " A choice input can only be used in choose(…) and has(…)."
        : "";
}
