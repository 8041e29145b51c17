using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Frameworks.FrameworkEdits;
using static ChiSo.Engine.Tests.Frameworks.FrameworkEditsTests;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>Edits of a criterion's inputs and rule, on the sample of <see cref="FrameworkEditsTests"/>.</summary>
public class FrameworkEditsInputTests
{
    private static InputDefinition Number(string id) => new() { Id = id, Type = InputType.Number, Label = "Số " + id };

    private static FrameworkDefinition WithRatio()
    {
        var framework = AddInput(Sample(), "1.1", Number("a"), Limits).Framework!;
        framework = AddInput(framework, "1.1", Number("b"), Limits).Framework!;
        return SetRule(framework, "1.1", "max * ratio(a, b)").Framework!;
    }

    private static FrameworkNode Criterion(FrameworkDefinition framework) => framework.Tree[0].Children[0];

    private static string Refusal(EditOutcome outcome) => Assert.IsType<Bilingual>(outcome.Refusal).Vi;

    [Fact]
    public void AddInputAndSetRule_ValidFramework()
    {
        var framework = WithRatio();

        Assert.Equal(["a", "b"], Criterion(framework).Inputs.Select(i => i.Id));
        Assert.Equal("max * ratio(a, b)", Criterion(framework).Score);
        Assert.True(FrameworkValidator.Check(framework, null).IsValid);
    }

    [Fact]
    public void AddInput_DuplicateId_Refused()
    {
        Assert.Contains("đã có đầu vào id \"a\"", Refusal(AddInput(WithRatio(), "1.1", Number("a"), Limits)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1a")]
    [InlineData("so can bo")]
    [InlineData("")]
    public void AddInput_IdNotAnIdentifier_Refused(string id)
    {
        Assert.Contains("không dùng được trong công thức", Refusal(AddInput(Sample(), "1.1", Number(id), Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInput_ToAParent_Refused()
    {
        Assert.Contains("có nút con", Refusal(AddInput(Sample(), "1", Number("a"), Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInput_BeyondTheCount_Refused()
    {
        var framework = AddInput(WithRatio(), "1.1", Number("c"), Limits).Framework!;

        Assert.Contains("3 đầu vào", Refusal(AddInput(framework, "1.1", Number("d"), Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInput_ChoiceWithDuplicateKeys_Refused()
    {
        var choice = new InputDefinition { Id = "c", Type = InputType.Choice, Options = [new("co", "Có"), new("co", "Có nữa")] };

        Assert.Contains("phải khác nhau", Refusal(AddInput(Sample(), "1.1", choice, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveInput_TheRuleUsesIt_Refused()
    {
        Assert.Contains("đang dùng đầu vào \"b\"", Refusal(RemoveInput(WithRatio(), "1.1", "b")), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveInput_NotUsed_Removed()
    {
        var framework = AddInput(WithRatio(), "1.1", Number("c"), Limits).Framework!;

        Assert.Equal(["a", "b"], Criterion(RemoveInput(framework, "1.1", "c").Framework!).Inputs.Select(i => i.Id));
    }

    [Fact]
    public void ChangeInput_LabelAndUnit_KeptInPlace()
    {
        var changed = Number("a") with { Label = "Số cán bộ được đào tạo", Unit = "người" };

        var inputs = Criterion(ChangeInput(WithRatio(), "1.1", "a", changed, Limits).Framework!).Inputs;

        Assert.Equal(["a", "b"], inputs.Select(i => i.Id));
        Assert.Equal(("Số cán bộ được đào tạo", "người"), (inputs[0].Label, inputs[0].Unit));
    }

    [Fact]
    public void ChangeInput_IdTheRuleUses_Refused()
    {
        Assert.Contains("không đổi id được", Refusal(ChangeInput(WithRatio(), "1.1", "a", Number("x"), Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeInput_ToAnotherInputsId_Refused()
    {
        var framework = AddInput(WithRatio(), "1.1", Number("c"), Limits).Framework!;

        Assert.Contains("đã có đầu vào id \"a\"", Refusal(ChangeInput(framework, "1.1", "c", Number("a"), Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeInput_TypeTheRuleCannotUse_KeptAndTheValidatorSaysWhy()
    {
        var yesNo = new InputDefinition { Id = "a", Type = InputType.YesNo };

        var outcome = ChangeInput(WithRatio(), "1.1", "a", yesNo, Limits);

        Assert.True(outcome.Applied);
        Assert.Equal(FrameworkProblemCodes.Formula, Assert.Single(FrameworkValidator.Validate(outcome.Framework!, null)).Code);
    }

    [Fact]
    public void SetRule_ThatDoesNotCompile_KeptAsWrittenWithItsProblem()
    {
        var outcome = SetRule(WithRatio(), "1.1", "  max * ratio(a, c)  ");

        Assert.Equal("max * ratio(a, c)", Criterion(outcome.Framework!).Score);
        var problem = Assert.Single(FrameworkValidator.Validate(outcome.Framework!, null));
        Assert.Contains("'c'", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void SetRule_Empty_RemovesTheRule()
    {
        Assert.Null(Criterion(SetRule(WithRatio(), "1.1", " ").Framework!).Score);
    }

    [Fact]
    public void SetRule_OnAParent_Refused()
    {
        Assert.False(SetRule(Sample(), "1", "max").Applied);
    }

    [Fact]
    public void NamesIn_EveryNameOfTheRule()
    {
        Assert.Equal(["a", "b", "head", "max"], NamesIn("if(a > 0, max * ratio(a, b), choose(head, x = 1, else = 0))").Order(StringComparer.Ordinal));
    }
}
