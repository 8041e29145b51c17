using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaCompilerTests
{
    private static readonly FormulaContext HeadContext = new(
        [
            TestFormulas.Input("head", InputType.Choice, "chu_tich", "pho_chu_tich", "khong"),
            TestFormulas.Input("decision", InputType.Document),
        ],
        MaxPoints: 10);

    private static readonly FormulaContext TrainingContext = new(
        [TestFormulas.Input("trained", InputType.Integer), TestFormulas.Input("staff", InputType.Integer)],
        MaxPoints: 10);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 5)]
    [InlineData(2, 0)]
    public void Compile_ArchitectureChooseExample_GivesTheTablePoints(double option, double expected)
    {
        // ARCHITECTURE.md §4, criterion 1.1: chu_tich = max (10), pho_chu_tich = max / 2 (5), khong = 0.
        var formula = TestFormulas.Compile("choose(head, chu_tich = max, pho_chu_tich = max / 2, khong = 0)", HeadContext);

        Assert.Equal(expected, formula.Evaluate([option, 1]));
        Assert.Equal(expected, formula.Interpret([option, 1]));
    }

    [Theory]
    [InlineData(40, 100, 5)]
    [InlineData(80, 100, 10)]
    [InlineData(95, 100, 10)]
    [InlineData(0, 100, 0)]
    [InlineData(10, 0, 0)]
    public void Compile_ArchitectureRatioExample_ScalesToEightyPercent(double trained, double staff, double expected)
    {
        // ARCHITECTURE.md §4, criterion 1.2: 10 × clamp((40 / 100) / 0.8, 0, 1) = 10 × 0.5 = 5; staff 0 → ratio 0 → 0.
        var formula = TestFormulas.Compile("max * clamp(ratio(trained, staff) / 0.8, 0, 1)", TrainingContext);

        Assert.Equal(expected, formula.Evaluate([trained, staff]), 12);
        Assert.Equal(expected, formula.Interpret([trained, staff]), 12);
    }

    [Fact]
    public void Compile_ValidFormula_ReportsUsedInputsAndResultType()
    {
        var formula = TestFormulas.Compile("if(flag, b, 0) + a");

        Assert.Equal([0, 1, 2], formula.UsedInputs.ToArray());
        Assert.Equal(FormulaType.Number, formula.ResultType);
        Assert.Equal(TestFormulas.Context.Inputs.Length, formula.InputCount);
    }

    [Fact]
    public void Compile_BooleanFormula_GivesOneOrZero()
    {
        var formula = TestFormulas.Compile("a >= 3");

        Assert.Equal(FormulaType.Boolean, formula.ResultType);
        Assert.Equal(1, formula.Evaluate(TestFormulas.Values(("a", 3))));
        Assert.Equal(0, formula.Evaluate(TestFormulas.Values(("a", 2))));
    }

    [Fact]
    public void Evaluate_WrongNumberOfValues_Throws()
    {
        var formula = TestFormulas.Compile("a");

        Assert.Throws<ArgumentException>(() => formula.Evaluate([1.0]));
    }

    [Fact]
    public void Evaluate_ManyThreads_EachGetsItsOwnResult()
    {
        var formula = TestFormulas.Compile("a * 2 + b");

        var results = Enumerable.Range(0, 2000).AsParallel()
            .Select(i => (i, formula.Evaluate(TestFormulas.Values(("a", i), ("b", 1)))))
            .ToArray();

        Assert.All(results, r => Assert.Equal((r.i * 2) + 1, r.Item2));
    }

    [Fact]
    public void Compile_MaxAsIdentifierAndAsFunction_AreTellApart()
    {
        // max alone is the criterion maximum (10); max(a, b) is the larger of a and b.
        Assert.Equal(13, TestFormulas.Evaluate("max + max(a, b)", ("a", 1), ("b", 3)));
    }

    [Fact]
    public void Compile_VietnameseIdentifier_ResolvesTheInput()
    {
        Assert.Equal(7, TestFormulas.Evaluate("tỷ_lệ + 2", ("tỷ_lệ", 5)));
    }

    [Fact]
    public void Compile_DecomposedVietnameseIdentifier_MatchesTheComposedId()
    {
        var decomposed = "tỷ_lệ".Normalize(System.Text.NormalizationForm.FormD) + " * 2";

        Assert.Equal(10, TestFormulas.Evaluate(decomposed, ("tỷ_lệ", 5)));
    }

    [Fact]
    public void Compile_InputsOfEachKind_HaveTheLanguageTypes()
    {
        // YesNo, document and file inputs are true/false; percentage and integer are numbers; dates compare with literals.
        Assert.Equal(1, TestFormulas.Evaluate("flag and doc and pct > 50 and n = 3", ("flag", 1), ("doc", 1), ("pct", 60), ("n", 3)));
        var day = new DateOnly(2024, 6, 1).DayNumber;
        Assert.Equal(1, TestFormulas.Evaluate("when <= date(2024-12-31)", ("when", day)));
        Assert.Equal(213, TestFormulas.Evaluate("date(2024-12-31) - when", ("when", day)));
    }
}
