using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

public class FrameworkViewValidationTests
{
    private static FrameworkDefinition WithViews(params FrameworkView[] views) =>
        Framework(Parent("I", 30, Leaf("1", 10), Leaf("2", 20)), Leaf("3", 0) with { Scored = false }) with { Views = [.. views] };

    private static FrameworkView View(string code, params string[] of) =>
        new() { Code = code, Name = "Góc nhìn " + code, Of = [.. of.Select(c => new ViewPart(c))], At = new SourceSpan(90, 3) };

    private static string[] Codes(FrameworkDefinition f) => [.. FrameworkValidator.Validate(f, "f.yaml").Select(p => p.Code)];

    [Fact]
    public void Validate_ViewsOfNodesAndOfAViewAbove_NoProblems()
    {
        var f = WithViews(View("A", "1", "3"), View("B", "A", "2") with { Rule = ViewRule.Weighted });

        Assert.Empty(Codes(f));
        Assert.True(FrameworkValidator.Check(f, "f.yaml").IsValid);
    }

    [Fact]
    public void Validate_UnknownCodeOrAViewDeclaredBelow_Refused()
    {
        var problems = FrameworkValidator.Validate(WithViews(View("A", "1", "B", "9"), View("B", "2")), "f.yaml");

        Assert.Equal([FrameworkProblemCodes.ViewUnknownCode, FrameworkProblemCodes.ViewUnknownCode], problems.Select(p => p.Code));
        Assert.Contains("\"9\"", problems[1].MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateViewCode_AndViewCodeOfANode_Refused()
    {
        Assert.Equal([FrameworkProblemCodes.ViewCode], Codes(WithViews(View("A", "1"), View("A", "2"))));
        Assert.Equal([FrameworkProblemCodes.ViewCode], Codes(WithViews(View("I", "1"))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_WeightNotFinitePositive_Refused(double weight)
    {
        var view = View("A", "1") with { Of = [new ViewPart("1", weight), new ViewPart("2")] };

        Assert.Equal([FrameworkProblemCodes.ViewWeight], Codes(WithViews(view)));
    }

    [Fact]
    public void Validate_NoPartsAPartTwiceOrTooManyViews_Refused()
    {
        Assert.Equal([FrameworkProblemCodes.ViewParts], Codes(WithViews(View("A"))));
        Assert.Equal([FrameworkProblemCodes.ViewParts], Codes(WithViews(View("A", "1", "1"))));
        var many = Enumerable.Range(0, FrameworkView.MaxCount + 1).Select(i => View($"V{i}", "1")).ToArray();
        Assert.Equal([FrameworkProblemCodes.ViewParts], Codes(WithViews(many)));
        Assert.Empty(Codes(WithViews(many[..FrameworkView.MaxCount])));
    }

    [Fact]
    public void Validate_WeightedViewOfAnUnscoredNode_OrASumOfNothing_Refused()
    {
        Assert.Equal([FrameworkProblemCodes.ViewUnscored], Codes(WithViews(View("A", "1", "3") with { Rule = ViewRule.Weighted })));
        Assert.Equal([FrameworkProblemCodes.ViewUnscored], Codes(WithViews(View("A", "3"))));
    }

    [Fact]
    public void Validate_ViewsOnACompositeFramework_Refused()
    {
        var f = WithViews(View("A", "1")) with { Aggregation = AggregationFamily.Composite };

        Assert.Contains(FrameworkProblemCodes.ViewComposite, Codes(f));
    }
}
