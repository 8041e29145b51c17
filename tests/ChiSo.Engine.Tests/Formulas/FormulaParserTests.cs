using ChiSo.Engine.Formulas;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "(Add 1 (Multiply 2 3))")]
    [InlineData("1 - 2 - 3", "(Subtract (Subtract 1 2) 3)")]
    [InlineData("-a * b", "(Multiply (Negate a) b)")]
    [InlineData("a < b and b < 3 or flag", "(Or (And (Less a b) (Less b 3)) flag)")]
    [InlineData("not a > 3 and flag", "(And (Not (Greater a 3)) flag)")]
    [InlineData("max * max(a, 2)", "(Multiply max (max a 2))")]
    [InlineData("date(2024-12-31) >= when", "(GreaterOrEqual @2024-12-31 when)")]
    [InlineData("date ( 2024-01-05 )", "@2024-01-05")]
    [InlineData("choose(head, chu_tich = a > 1 and flag, else = false)", "(choose head [chu_tich (And (Greater a 1) flag)] [else #f])")]
    [InlineData("a ≥ 2 ≠ true", "(NotEqual (GreaterOrEqual a 2) #t)")]
    [InlineData("0.125", "0.125")]
    [InlineData("tỷ_lệ", "tỷ_lệ")]
    public void Parse_ValidText_BuildsTheExpectedTree(string source, string shape)
    {
        var parsed = FormulaParser.Parse(source);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(shape, FormulaShape.Of(parsed.Syntax));
    }

    [Fact]
    public void Parse_Spans_PointAtTheText()
    {
        var parsed = FormulaParser.Parse("a + ratio(b, 2)");

        var binary = Assert.IsType<BinarySyntax>(parsed.Syntax);
        var call = Assert.IsType<CallSyntax>(binary.Right);
        Assert.Equal(new FormulaSpan(0, 15), binary.Span);
        Assert.Equal(new FormulaSpan(2, 1), binary.OperatorSpan);
        Assert.Equal(new FormulaSpan(4, 5), call.NameSpan);
        Assert.Equal(new FormulaSpan(4, 11), call.Span);
        Assert.Equal(11, call.Arguments[0].Span.Column);
    }

    [Fact]
    public void Parse_NotADateLiteral_IsAnIdentifierOrCall()
    {
        Assert.Equal("date", FormulaShape.Of(FormulaParser.Parse("date").Syntax));
        Assert.Equal("(date 2024)", FormulaShape.Of(FormulaParser.Parse("date(2024)").Syntax));
    }

    [Fact]
    public void Parse_DeepButAllowedNesting_Succeeds()
    {
        var source = new string('(', FormulaParser.MaxNesting) + "1" + new string(')', FormulaParser.MaxNesting);

        Assert.Empty(FormulaParser.Parse(source).Diagnostics);
    }

    [Fact]
    public void Parse_LongChainAtTheLengthLimit_CompilesAndEvaluates()
    {
        // 1000 ones joined by '+' is 1999 characters: a left-deep tree 999 levels high.
        var source = string.Join("+", Enumerable.Repeat("1", 1000));

        Assert.Equal(1000, TestFormulas.Evaluate(source));
    }

    [Theory]
    [InlineData("a + b * (2 - a) / 4")]
    [InlineData("not (flag and doc) or a >= 3")]
    [InlineData("-(a - b)")]
    [InlineData("a - (b - 1)")]
    [InlineData("choose(head, chu_tich = max, pho_chu_tich = max / 2, khong = 0)")]
    [InlineData("if(when <= date(2024-12-31), steps(a, 10, 1, 20, 2), 0)")]
    public void Print_ParsedText_GivesTheSameText(string source)
    {
        Assert.Equal(source, FormulaPrinter.Print(FormulaParser.Parse(source).Syntax));
    }

    [Fact]
    public void Print_RedundantBrackets_AreDropped()
    {
        Assert.Equal("a + b * 2", FormulaPrinter.Print(FormulaParser.Parse("((a) + (b * 2))").Syntax));
    }
}
