namespace ChiSo.Engine.Tests.Formulas;

public class FormulaFunctionTests
{
    [Theory]
    [InlineData("a + b * 2", 3, 4, 11)]
    [InlineData("(a + b) * 2", 3, 4, 14)]
    [InlineData("a - b - 1", 10, 4, 5)]
    [InlineData("a / b / 2", 12, 3, 2)]
    [InlineData("-a + b", 3, 4, 1)]
    [InlineData("--a", 3, 0, 3)]
    [InlineData("max / 4", 0, 0, 2.5)]
    [InlineData("0.25 * a", 8, 0, 2)]
    public void Evaluate_Arithmetic_FollowsPrecedence(string source, double a, double b, double expected)
    {
        Assert.Equal(expected, TestFormulas.Evaluate(source, ("a", a), ("b", b)), 12);
    }

    [Theory]
    [InlineData("a < b", 1, 2, 1)]
    [InlineData("a <= b", 2, 2, 1)]
    [InlineData("a > b", 1, 2, 0)]
    [InlineData("a >= b", 2, 2, 1)]
    [InlineData("a = b", 2, 2, 1)]
    [InlineData("a != b", 2, 2, 0)]
    [InlineData("a ≤ b", 1, 2, 1)]
    [InlineData("a > 1 and b > 1", 2, 1, 0)]
    [InlineData("a > 1 or b > 1", 2, 1, 1)]
    [InlineData("not a > 1", 2, 0, 0)]
    [InlineData("true and not false", 0, 0, 1)]
    [InlineData("a > 1 or b > 1 and false", 2, 0, 1)]
    public void Evaluate_ComparisonsAndLogic_GiveOneOrZero(string source, double a, double b, double expected)
    {
        Assert.Equal(expected, TestFormulas.Evaluate(source, ("a", a), ("b", b)));
    }

    [Theory]
    [InlineData("if(a > 5, 10, 2)", 6, 0, 10)]
    [InlineData("if(a > 5, 10, 2)", 5, 0, 2)]
    [InlineData("min(a, b, 7)", 9, 8, 7)]
    [InlineData("max(a, b, 7)", 9, 8, 9)]
    [InlineData("clamp(a, 0, 10)", 12, 0, 10)]
    [InlineData("clamp(a, 0, 10)", -3, 0, 0)]
    [InlineData("clamp(a, 0, 10)", 4, 0, 4)]
    [InlineData("ratio(a, b)", 3, 4, 0.75)]
    [InlineData("ratio(a, b)", 3, 0, 0)]
    [InlineData("round(a, 2)", 2.345, 0, 2.35)]
    [InlineData("round(a, 0)", 2.5, 0, 3)]
    [InlineData("round(a, 0)", -2.5, 0, -3)]
    [InlineData("round(a)", 7.49, 0, 7)]
    [InlineData("round(a, -1)", 125, 0, 130)]
    [InlineData("abs(a - b)", 3, 5, 2)]
    [InlineData("has(a)", 3, 0, 1)]
    [InlineData("coalesce(a, b)", 3, 5, 3)]
    [InlineData("linear(a, 20, 80)", 50, 0, 0.5)]
    [InlineData("linear(a, 20, 80)", 10, 0, 0)]
    [InlineData("linear(a, 20, 80)", 95, 0, 1)]
    [InlineData("linear(a, 30, 10)", 15, 0, 0.75)]
    public void Evaluate_Functions_MatchHandComputedValues(string source, double a, double b, double expected)
    {
        // round(2.345, 2): 2.345 is stored as 2.34500000000000019…, above the half, so 2.35.
        // linear(15, 30, 10) = (15 − 30) / (10 − 30) = 0.75: lower is better, 10 days scores 1.
        Assert.Equal(expected, TestFormulas.Evaluate(source, ("a", a), ("b", b)), 12);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(50, 2)]
    [InlineData(69.9, 2)]
    [InlineData(70, 5)]
    [InlineData(100, 10)]
    public void Evaluate_Steps_GivesThePointsOfTheHighestThresholdReached(double a, double expected)
    {
        // Below 50 → 0; 50–69.9 → 2; 70–89.9 → 5; 90 and up → 10.
        Assert.Equal(expected, TestFormulas.Evaluate("steps(a, 50, 2, 70, 5, 90, 10)", ("a", a)));
    }

    [Fact]
    public void Evaluate_StepsWithInputThresholdsOutOfOrder_UsesTheHighestReached()
    {
        // Thresholds 6 (→ 1) and 3 (→ 2): with a = 7 both are reached and 6 is the highest, so 1.
        Assert.Equal(1, TestFormulas.Evaluate("steps(a, b, 1, 3, 2)", ("a", 7), ("b", 6)));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 4)]
    [InlineData(2, 0)]
    public void Evaluate_ChooseWithElse_FallsBackForUnlistedOptions(double option, double expected)
    {
        Assert.Equal(expected, TestFormulas.Evaluate("choose(head, chu_tich = max, pho_chu_tich = 4, else = 0)", ("head", option)));
    }

    [Fact]
    public void Evaluate_ChooseWithOutOfRangeIndex_IsMissingWithoutElse()
    {
        var result = TestFormulas.Evaluate("choose(head, chu_tich = 1, pho_chu_tich = 2, khong = 3)", ("head", 7));

        Assert.True(double.IsNaN(result));
    }

    [Fact]
    public void Evaluate_DateArithmetic_MovesByDays()
    {
        var day = new DateOnly(2024, 12, 25).DayNumber;

        Assert.Equal(1, TestFormulas.Evaluate("when + 7 > date(2024-12-31)", ("when", day)));
        Assert.Equal(0, TestFormulas.Evaluate("when + 6 > date(2024-12-31)", ("when", day)));
    }

    [Fact]
    public void Evaluate_YesNoInput_IsABoolean()
    {
        Assert.Equal(10, TestFormulas.Evaluate("if(flag, max, 0)", ("flag", 1)));
        Assert.Equal(0, TestFormulas.Evaluate("if(flag, max, 0)", ("flag", 0)));
    }
}
