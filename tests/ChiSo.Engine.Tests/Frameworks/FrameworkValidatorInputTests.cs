using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>Input checks. The leaves are unscored so that no rule is needed (and the formula compiler is not called).</summary>
public class FrameworkValidatorInputTests
{
    private static FrameworkNode With(params InputDefinition[] inputs) => Leaf("1", null) with { Scored = false, Inputs = [.. inputs] };

    private static InputDefinition Input(string id, InputType type = InputType.Number, int line = 20) =>
        new() { Id = id, Type = type, At = new SourceSpan(line, 9) };

    private static Problem[] Validate(FrameworkNode node) => [.. FrameworkValidator.Validate(Framework(node), "f.yaml")];

    [Fact]
    public void Validate_DuplicateInputId_ErrorAtTheSecond()
    {
        var problem = Assert.Single(Validate(With(Input("a", line: 20), Input("a", line: 21))));

        Assert.Equal(FrameworkProblemCodes.DuplicateInput, problem.Code);
        Assert.Equal(new SourceSpan(21, 9), problem.At);
        Assert.Contains("lines 20 and 21", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinAboveMax_ErrorAtTheInput()
    {
        var problem = Assert.Single(Validate(With(Input("a") with { Min = 5, Max = 1 })));

        Assert.Equal((FrameworkProblemCodes.InputRange, new SourceSpan(20, 9)), (problem.Code, problem.At));
    }

    [Fact]
    public void Validate_ChoiceWithoutOptions_Error()
    {
        Assert.Equal(FrameworkProblemCodes.ChoiceWithoutOptions, Assert.Single(Validate(With(Input("a", InputType.Choice)))).Code);
    }

    [Fact]
    public void Validate_DuplicateOptionKey_Error()
    {
        var input = Input("a", InputType.Choice) with { Options = [new("x", "X"), new("x", "Y")] };

        Assert.Equal(FrameworkProblemCodes.DuplicateInput, Assert.Single(Validate(With(input))).Code);
    }

    [Theory]
    [InlineData("so can bo")]
    [InlineData("1a")]
    [InlineData("a-b")]
    [InlineData("")]
    public void Validate_IdNotAnIdentifier_Error(string id)
    {
        Assert.Equal(FrameworkProblemCodes.Identifier, Assert.Single(Validate(With(Input(id)))).Code);
    }

    [Fact]
    public void Validate_VietnameseLettersInId_Accepted()
    {
        // The formula language accepts identifiers such as tỷ_lệ (docs/formula-language.md).
        Assert.Empty(Validate(With(Input("số_cán_bộ"))));
    }

    [Fact]
    public void Validate_ScoredLeafWithInputsButNoRule_Error()
    {
        var node = Leaf("1", 10) with { Inputs = [Input("a")] };

        Assert.Equal(FrameworkProblemCodes.MissingScore, Assert.Single(Validate(node)).Code);
    }

    [Fact]
    public void Validate_ScoredLeafWithNoInputsAndNoRule_IsPointsEnteredDirectly()
    {
        Assert.Empty(Validate(Leaf("1", 10)));
    }
}
