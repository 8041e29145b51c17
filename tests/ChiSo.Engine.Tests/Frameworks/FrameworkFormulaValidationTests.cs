using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>
/// Scoring-rule checks surfaced by the validator. These call the formula compiler, so they need the formula
/// branch: until it is merged they fail with NotImplementedException.
/// </summary>
public class FrameworkFormulaValidationTests
{
    private static FrameworkNode Criterion(string score) => Leaf("1.1", 10) with
    {
        Inputs = [new InputDefinition { Id = "trained", Type = InputType.Integer }, new InputDefinition { Id = "staff", Type = InputType.Integer }],
        Score = score,
        ScoreAt = new SourceSpan(12, 12),
    };

    [Fact]
    public void Validate_RuleUsingDeclaredInputs_NoProblem()
    {
        Assert.Empty(FrameworkValidator.Validate(Framework(Criterion("max * clamp(ratio(trained, staff) / 0.8, 0, 1)")), "f.yaml"));
    }

    [Fact]
    public void Validate_RuleUsingUndeclaredInput_ErrorAtTheNameInTheFile()
    {
        // "max * ratio(trained, staf)": "staf" is at column 22 of the rule, which starts at column 12 → 33.
        var problem = Assert.Single(FrameworkValidator.Validate(Framework(Criterion("max * ratio(trained, staf)")), "f.yaml"));

        Assert.Equal(FrameworkProblemCodes.Formula, problem.Code);
        Assert.Equal(new SourceSpan(12, 33), problem.At);
        Assert.Contains("\"1.1\"", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChooseNotCoveringOptions_Error()
    {
        var node = Leaf("1.1", 10) with
        {
            Inputs = [new InputDefinition { Id = "head", Type = InputType.Choice, Options = [new("chu_tich", "Chủ tịch"), new("khong", "Không")] }],
            Score = "choose(head, chu_tich = max)",
            ScoreAt = new SourceSpan(3, 12),
        };

        var problems = FrameworkValidator.Validate(Framework(node), "f.yaml");

        Assert.Contains(problems, p => p.Code == FrameworkProblemCodes.Formula && p.At.Line == 3);
    }
}
