namespace ChiSo.Engine.Tests.Formulas;

public class FormulaMissingValueTests
{
    [Theory]
    [InlineData("a + 1")]
    [InlineData("-a")]
    [InlineData("a * 0")]
    [InlineData("a > 1")]
    [InlineData("a = a")]
    [InlineData("not (a > 1)")]
    [InlineData("min(a, 1)")]
    [InlineData("max(1, a)")]
    [InlineData("clamp(a, 0, 1)")]
    [InlineData("ratio(a, 0)")]
    [InlineData("ratio(1, a)")]
    [InlineData("round(a, 1)")]
    [InlineData("abs(a)")]
    [InlineData("steps(a, 1, 1)")]
    [InlineData("linear(a, 0, 1)")]
    [InlineData("if(a > 1, 1, 2)")]
    [InlineData("choose(head, else = 1)")]
    [InlineData("a > 1 and true")]
    [InlineData("a > 1 or false")]
    [InlineData("coalesce(a, a)")]
    public void Evaluate_MissingInput_GivesMissing(string source)
    {
        Assert.True(double.IsNaN(TestFormulas.Evaluate(source)));
    }

    [Theory]
    [InlineData("has(a)", 0)]
    [InlineData("has(head)", 1)]
    [InlineData("not has(when)", 1)]
    [InlineData("coalesce(a, 4)", 4)]
    [InlineData("coalesce(a, b, 5)", 5)]
    [InlineData("a > 1 and false", 0)]
    [InlineData("false and a > 1", 0)]
    [InlineData("a > 1 or true", 1)]
    [InlineData("if(true, 3, a)", 3)]
    [InlineData("if(false, a, 2)", 2)]
    [InlineData("choose(head, chu_tich = 1, else = a)", 1)]
    public void Evaluate_MissingInputWhereTheResultIsKnown_GivesTheResult(string source, double expected)
    {
        Assert.Equal(expected, TestFormulas.Evaluate(source, ("head", 0)));
    }

    [Fact]
    public void Evaluate_DivisionByZero_GivesMissing()
    {
        Assert.True(double.IsNaN(TestFormulas.Evaluate("a / b", ("a", 3), ("b", 0))));
        Assert.True(double.IsNaN(TestFormulas.Evaluate("0 / b", ("b", 0))));
    }

    [Fact]
    public void Evaluate_RatioByZero_GivesZero()
    {
        Assert.Equal(0, TestFormulas.Evaluate("ratio(a, b)", ("a", 3), ("b", 0)));
    }

    [Fact]
    public void Evaluate_LinearWithEqualGoalpostsFromInputs_GivesMissing()
    {
        Assert.True(double.IsNaN(TestFormulas.Evaluate("linear(5, a, b)", ("a", 3), ("b", 3))));
    }
}
