using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>The validator's view of checks and date windows: every problem with its place in the file.</summary>
public class FrameworkValidatorCheckTests
{
    private static readonly InputDefinition Whole = new() { Id = "tong_so", Type = InputType.Integer, At = new SourceSpan(20, 9) };
    private static readonly InputDefinition Part = new() { Id = "so_phan", Type = InputType.Integer, At = new SourceSpan(21, 9) };

    private static Problem[] Validate(params InputCheck[] checks) =>
        [.. FrameworkValidator.Validate(Framework(Leaf("1", null) with { Scored = false, Inputs = [Whole, Part], Checks = [.. checks] }), "f.yaml")];

    private static InputCheck Check(string rule) => new() { Rule = rule, At = new SourceSpan(30, 9), RuleAt = new SourceSpan(30, 17) };

    [Fact]
    public void Validate_PartNotAboveWhole_Clean()
    {
        Assert.Empty(Validate(Check("so_phan <= tong_so")));
    }

    [Fact]
    public void Validate_UnknownInput_ErrorAtItsColumn()
    {
        var problem = Assert.Single(Validate(Check("so_phan <= tong")));

        Assert.Equal(FrameworkProblemCodes.CheckRule, problem.Code);
        Assert.Equal(new SourceSpan(30, 17 + 11), problem.At);
        Assert.Contains("tong", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotACondition_Error()
    {
        var problem = Assert.Single(Validate(Check("so_phan + tong_so")));

        Assert.Equal((FrameworkProblemCodes.CheckNotCondition, new SourceSpan(30, 17)), (problem.Code, problem.At));
    }

    [Fact]
    public void Validate_WithinOnANumber_Error()
    {
        var leaf = Leaf("1", null) with { Scored = false, Inputs = [Whole with { Within = new DateWindow(true) }] };

        var problem = Assert.Single(FrameworkValidator.Validate(Framework(leaf), "f.yaml"));

        Assert.Equal((FrameworkProblemCodes.Within, new SourceSpan(20, 9)), (problem.Code, problem.At));
    }

    [Fact]
    public void Validate_WithinFirstDayAfterLast_Error()
    {
        var date = new InputDefinition { Id = "ngay", Type = InputType.Date, Within = new DateWindow(false, new DateOnly(2026, 12, 31), new DateOnly(2026, 1, 1)) };

        var problem = Assert.Single(FrameworkValidator.Validate(Framework(Leaf("1", null) with { Scored = false, Inputs = [date] }), "f.yaml"));

        Assert.Equal(FrameworkProblemCodes.Within, problem.Code);
    }
}
