using System.Globalization;

namespace ChiSo.Engine.Formulas;

/// <summary>The sentences of formula diagnostics, Vietnamese and English side by side.</summary>
internal static partial class FormulaMessages
{
    public static Bilingual TooLong(int length, int limit) => (
        F($"Công thức dài {length} ký tự, vượt quá giới hạn {limit} ký tự. Hãy chia thành nhiều tiêu chí hoặc viết gọn lại."),
        F($"The formula is {length} characters long, more than the limit of {limit}. Split the criterion or shorten it."));

    public static Bilingual TooDeep(int limit) => (
        F($"Công thức lồng nhau quá {limit} tầng (ngoặc, hàm hoặc dấu trừ). Hãy viết đơn giản hơn."),
        F($"The formula nests more than {limit} levels (brackets, calls or minus signs). Simplify it."));

    public static Bilingual InvalidCharacter(string text) => (
        $"Ký tự '{text}' không dùng được trong công thức.",
        $"The character '{text}' cannot be used in a formula.");

    public static Bilingual NumberWithoutDecimals(string text) => (
        $"Số '{text}' thiếu chữ số sau dấu chấm thập phân.",
        $"The number '{text}' has no digits after its decimal point.");

    public static Bilingual InvalidDate(string text) => (
        $"Ngày '{text}' không có thật. Viết ngày theo dạng date(năm-tháng-ngày), ví dụ date(2024-12-31).",
        $"The date '{text}' does not exist. Write dates as date(year-month-day), e.g. date(2024-12-31).");

    public static Bilingual UseOperator(string text, string correct) => (
        $"Công thức không dùng '{text}'; hãy viết '{correct}'.",
        $"Formulas do not use '{text}'; write '{correct}'.");

    public static Bilingual EmptyFormula() => (
        "Công thức trống. Hãy viết cách tính điểm, ví dụ: max * ratio(a, b).",
        "The formula is empty. Write how points are computed, e.g. max * ratio(a, b).");

    public static Bilingual UnexpectedEnd() => (
        "Công thức kết thúc khi còn thiếu một giá trị hoặc biểu thức.",
        "The formula ends where a value or expression is expected.");

    public static Bilingual ExpectedValue(string text) => (
        $"Cần một giá trị hoặc biểu thức ở chỗ '{text}'.",
        $"A value or expression is expected where '{text}' is.");

    public static Bilingual UnexpectedToken(string text) => (
        $"Không hiểu '{text}' ở đây; có thể thiếu một toán tử hoặc thừa một dấu ngoặc.",
        $"'{text}' is not expected here; an operator may be missing or a bracket extra.");

    public static Bilingual ExpectedCommaOrClose(string text) => (
        $"Cần dấu ',' hoặc ')' trước '{text}'.",
        $"A ',' or ')' is expected before '{text}'.");

    public static Bilingual MissingClose(int column) => (
        F($"Thiếu dấu ')' để đóng dấu '(' ở cột {column}."),
        F($"A ')' is missing to close the '(' at column {column}."));

    public static Bilingual ChooseNeedsSubject() => (
        "Hàm 'choose' cần một đầu vào kiểu lựa chọn và các nhánh, ví dụ choose(head, chu_tich = max, else = 0).",
        "'choose' needs a choice input and arms, e.g. choose(head, chu_tich = max, else = 0).");

    public static Bilingual ExpectedArm(string text) => (
        $"Mỗi nhánh của 'choose' phải có dạng khóa = giá trị (ví dụ chu_tich = max), nhưng ở đây là '{text}'.",
        $"Each arm of 'choose' must read key = value (e.g. chu_tich = max), but here it is '{text}'.");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
