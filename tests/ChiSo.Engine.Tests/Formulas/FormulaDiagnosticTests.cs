using ChiSo.Engine.Formulas;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaDiagnosticTests
{
    // Columns are 1-based: in "a + $", '$' is the 5th character.
    [Theory]
    [InlineData("a + $", 5, 1, "character '$'", "Ký tự '$'")]
    [InlineData("a + 😀", 5, 2, "character '😀'", "Ký tự '😀'")]
    [InlineData("a == b", 3, 2, "write '='", "hãy viết '='")]
    [InlineData("flag && doc", 6, 2, "write 'and'", "hãy viết 'and'")]
    [InlineData("flag || doc", 6, 2, "write 'or'", "hãy viết 'or'")]
    [InlineData("!flag", 1, 1, "write 'not'", "hãy viết 'not'")]
    [InlineData("a <> b", 3, 2, "write '!='", "hãy viết '!='")]
    [InlineData("1. + a", 1, 2, "no digits after", "thiếu chữ số")]
    [InlineData("when > date(2024-02-30)", 13, 10, "does not exist", "không có thật")]
    [InlineData("", 1, 1, "empty", "trống")]
    [InlineData("   ", 1, 3, "empty", "trống")]
    [InlineData("a +", 4, 1, "ends where", "kết thúc")]
    [InlineData("a + * b", 5, 1, "expected where '*'", "ở chỗ '*'")]
    [InlineData("(a + b", 1, 1, "close the '(' at column 1", "đóng dấu '(' ở cột 1")]
    [InlineData("min(a b)", 7, 1, "',' or ')' is expected before 'b'", "Cần dấu ',' hoặc ')' trước 'b'")]
    [InlineData("a b", 3, 1, "'b' is not expected", "Không hiểu 'b'")]
    [InlineData("a + 1 )", 7, 1, "')' is not expected", "Không hiểu ')'")]
    [InlineData("choose(head, 1)", 14, 1, "key = value", "khóa = giá trị")]
    [InlineData("choose()", 1, 8, "needs a choice input", "cần một đầu vào kiểu lựa chọn")]
    public void Compile_SyntaxError_PointsAtTheColumn(string source, int column, int length, string en, string vi)
    {
        AssertSingle(source, column, length, en, vi);
    }

    [Theory]
    [InlineData("foo(1)", 1, 3, "Unknown function 'foo'. Available: if, min, max, clamp, ratio, round, abs, has, coalesce, steps, linear, choose, date.", "Hàm 'foo' không tồn tại. Các hàm có thể dùng: if, min, max")]
    [InlineData("2 * x", 5, 1, "Input 'x' is not declared for this criterion. Declared inputs: a, b, flag", "Đầu vào 'x' chưa được khai báo cho tiêu chí này.")]
    [InlineData("abs + 1", 1, 3, "'abs' is a function", "'abs' là tên hàm")]
    [InlineData("date(2024)", 1, 4, "date(year-month-day)", "date(năm-tháng-ngày)")]
    [InlineData("head + 1", 1, 4, "Operator '+' needs a number or a date, but 'head' is a choice. A choice input can only", "nhưng 'head' là lựa chọn. Đầu vào lựa chọn chỉ")]
    [InlineData("if(1, 2, 3)", 4, 1, "Argument 1 of 'if' must be a true/false value, but '1' is a number.", "Đối số thứ 1 của 'if' phải là giá trị đúng/sai")]
    [InlineData("not a", 5, 1, "Operator 'not' needs a true/false value, but 'a' is a number.", "Toán tử 'not' cần giá trị đúng/sai")]
    [InlineData("-flag", 2, 4, "Operator '-' needs a number", "Toán tử '-' cần số")]
    [InlineData("when + when", 6, 1, "'+' cannot combine a date with a date", "Không dùng được '+' giữa ngày và ngày")]
    [InlineData("a < when", 3, 1, "'<' cannot combine a number with a date", "giữa số và ngày")]
    [InlineData("if(flag, 1, true)", 13, 4, "'1' is a number and 'true' is a true/false value", "phải cùng kiểu")]
    [InlineData("min(1)", 1, 6, "Function 'min' takes at least 2 arguments, but got 1.", "Hàm 'min' cần ít nhất 2 đối số")]
    [InlineData("abs(1, 2)", 1, 9, "Function 'abs' takes 1 arguments, but got 2.", "Hàm 'abs' cần 1 đối số")]
    [InlineData("steps(a, 1, 2, 3)", 1, 17, "threshold, points pairs", "từng cặp ngưỡng, điểm")]
    [InlineData("steps(a, 50, 2, 40, 5)", 17, 2, "40 is not above the previous 50", "ngưỡng 40 không lớn hơn ngưỡng trước 50")]
    [InlineData("clamp(a, 10, 0)", 10, 5, "lower bound 10 is above the upper bound 0", "cận dưới 10 lớn hơn cận trên 0")]
    [InlineData("linear(a, 5, 5)", 11, 4, "both goalposts are 5", "hai mốc bằng nhau (5)")]
    [InlineData("choose(a, x = 1)", 8, 1, "first argument of 'choose' must be a choice input, but 'a' is a number", "phải là một đầu vào kiểu lựa chọn")]
    [InlineData("choose(head, chu_tich = 1, pho = 2, else = 0)", 28, 3, "Input 'head' has no option 'pho'. Its options: chu_tich, pho_chu_tich, khong.", "Lựa chọn 'pho' không có trong đầu vào 'head'")]
    [InlineData("choose(head, chu_tich = 1, chu_tich = 2, else = 0)", 28, 8, "already given at column 14", "đã có ở cột 14")]
    [InlineData("choose(head, chu_tich = 1, khong = 0)", 1, 6, "no arm for option pho_chu_tich of input 'head'", "chưa có nhánh cho lựa chọn pho_chu_tich")]
    [InlineData("choose(head, chu_tich = 1, else = true)", 35, 4, "must have one type", "phải cùng kiểu")]
    [InlineData("when", 1, 4, "must give points", "phải cho ra số điểm")]
    [InlineData("coalesce(head, 1)", 10, 4, "Argument 1 of 'coalesce'", "Đối số thứ 1 của 'coalesce'")]
    public void Compile_TypeError_PointsAtTheColumn(string source, int column, int length, string en, string vi)
    {
        AssertSingle(source, column, length, en, vi);
    }

    [Fact]
    public void Compile_AndOfTwoNumbers_ReportsBothOperands()
    {
        var result = FormulaCompiler.Compile("a and b", TestFormulas.Context);

        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal((1, 1), (d.Column, d.Length)),
            d => Assert.Equal((7, 1), (d.Column, d.Length)));
        Assert.All(result.Diagnostics, d => Assert.Contains("Operator 'and' needs a true/false value", d.MessageEn, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_SeveralMistakes_ReportsEveryOneInColumnOrder()
    {
        // '$' at column 3, unknown input x at column 7, unknown function foo at column 11.
        var result = FormulaCompiler.Compile("a $ + x + foo(1)", TestFormulas.Context);

        Assert.Equal([3, 7, 11], result.Diagnostics.Select(d => d.Column));
    }

    [Fact]
    public void Compile_TooLong_IsRefused()
    {
        var diagnostic = TestFormulas.SingleError(new string('1', FormulaParser.MaxLength + 1));

        Assert.Equal(FormulaParser.MaxLength + 1, diagnostic.Column);
        Assert.Contains("limit of 2000", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TooDeep_IsRefusedAtTheFirstBracketPastTheLimit()
    {
        var source = new string('(', 60) + "1" + new string(')', 60);

        var diagnostic = TestFormulas.SingleError(source);

        Assert.Equal(FormulaParser.MaxNesting + 1, diagnostic.Column);
        Assert.Contains("nests more than 50", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NoInputsDeclared_SaysSo()
    {
        var context = new FormulaContext([], 10);

        var diagnostic = TestFormulas.SingleError("x", context);

        Assert.Contains("declares no inputs", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("chưa khai báo đầu vào nào", diagnostic.MessageVi, StringComparison.Ordinal);
    }

    private static void AssertSingle(string source, int column, int length, string en, string vi)
    {
        var diagnostic = TestFormulas.SingleError(source);

        Assert.Equal((column, length), (diagnostic.Column, diagnostic.Length));
        Assert.Contains(en, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains(vi, diagnostic.MessageVi, StringComparison.Ordinal);
    }
}
