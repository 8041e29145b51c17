using ChiSo.Engine.Frameworks;
using static ChiSo.Engine.Frameworks.FrameworkEdits;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>Edits of a draft's tree. The sample: 1 (30) = 1.1 (10) + 1.2 (20); 2 (50) = 2.1 (50).</summary>
public class FrameworkEditsTests
{
    internal static readonly EditLimits Limits = new(MaxNodes: 20, MaxDepth: 3, MaxInputs: 3, MaxOptions: 4);

    internal static FrameworkDefinition Sample() => Framework(
        Parent("1", 30, Leaf("1.1", 10), Leaf("1.2", 20)),
        Parent("2", 50, Leaf("2.1", 50)));

    private static FrameworkNode New(string code, double? max = 5) => new() { Code = code, Name = "Mới " + code, MaxPoints = max };

    private static string Shape(EditOutcome outcome) => Shape(Assert.IsType<FrameworkDefinition>(outcome.Framework).Tree);

    private static string Shape(System.Collections.Immutable.ImmutableArray<FrameworkNode> nodes) =>
        string.Join(" ", nodes.Select(n => n.IsLeaf ? n.Code : $"{n.Code}({Shape(n.Children)})"));

    private static string Refusal(EditOutcome outcome)
    {
        Assert.False(outcome.Applied);
        return Assert.IsType<Bilingual>(outcome.Refusal).Vi;
    }

    [Fact]
    public void AddNode_UnderAParentAtAPosition_InsertedThere()
    {
        Assert.Equal("1(1.1 1.3 1.2) 2(2.1)", Shape(AddNode(Sample(), "1", New("1.3"), 1, Limits)));
    }

    [Fact]
    public void AddNode_AsARootWithoutPosition_Last()
    {
        Assert.Equal("1(1.1 1.2) 2(2.1) 3", Shape(AddNode(Sample(), null, New("3"), null, Limits)));
    }

    [Fact]
    public void AddNode_UnderACriterion_TurnsItIntoAParentWhoseTotalNoLongerAddsUp()
    {
        var outcome = AddNode(Sample(), "2.1", New("2.1.1", 20), null, Limits);

        Assert.Equal("1(1.1 1.2) 2(2.1(2.1.1))", Shape(outcome));
        // Kept, and the validator says what is left to do: 2.1 says 50 but its child has 20.
        var problem = Assert.Single(FrameworkValidator.Validate(outcome.Framework!, null));
        Assert.Equal(FrameworkProblemCodes.MaxNotSum, problem.Code);
        Assert.Contains("\"2.1\" là 50", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("là 20", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_DuplicateCode_Refused()
    {
        Assert.Contains("\"1.2\" đã được dùng", Refusal(AddNode(Sample(), "2", New("1.2"), null, Limits)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 3")]
    [InlineData("3\n")]
    public void AddNode_EmptyOrPaddedCode_Refused(string code)
    {
        Assert.False(AddNode(Sample(), null, New(code), null, Limits).Applied);
    }

    [Fact]
    public void AddNode_UnknownParent_Refused()
    {
        Assert.Contains("\"9\"", Refusal(AddNode(Sample(), "9", New("9.1"), null, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_UnderACriterionWithARule_Refused()
    {
        var framework = SetRule(Sample(), "1.1", "max").Framework!;

        Assert.Contains("công thức", Refusal(AddNode(framework, "1.1", New("1.1.1"), null, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_BeyondTheDepth_Refused()
    {
        var deep = AddNode(Sample(), "1.1", New("1.1.1"), null, Limits).Framework!;

        Assert.Contains("3 cấp", Refusal(AddNode(deep, "1.1.1", New("1.1.1.1"), null, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_BeyondTheNodeCount_Refused()
    {
        Assert.Contains("5 nút", Refusal(AddNode(Sample(), null, New("3"), null, Limits with { MaxNodes = 5 })), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveNode_AParent_RemovesItsSubtree()
    {
        var outcome = RemoveNode(Sample(), "1");

        Assert.Equal("2(2.1)", Shape(outcome));
        Assert.Equal(50, FrameworkTree.TotalOf(outcome.Framework!));
    }

    [Fact]
    public void RemoveNode_AChild_ParentTotalShownWrong()
    {
        var outcome = RemoveNode(Sample(), "1.2");

        Assert.Equal("1(1.1) 2(2.1)", Shape(outcome));
        Assert.Equal(FrameworkProblemCodes.MaxNotSum, Assert.Single(FrameworkValidator.Validate(outcome.Framework!, null)).Code);
    }

    [Fact]
    public void RemoveNode_Unknown_Refused()
    {
        Assert.False(RemoveNode(Sample(), "7").Applied);
    }

    [Fact]
    public void MoveNode_ToAnotherParent_SumsFollow()
    {
        var outcome = MoveNode(Sample(), "1.2", "2", 0, Limits);

        Assert.Equal("1(1.1) 2(1.2 2.1)", Shape(outcome));
        var roots = FrameworkTree.WithResolvedMaxima(outcome.Framework! with
        {
            Tree = [.. outcome.Framework!.Tree.Select(n => n with { MaxPoints = null })],
        }).Tree;
        Assert.Equal([10.0, 70.0], roots.Select(r => r.MaxPoints!.Value));
    }

    [Fact]
    public void MoveNode_UpAmongItsSiblings_PositionCountedAfterLeaving()
    {
        Assert.Equal("1(1.2 1.1) 2(2.1)", Shape(MoveNode(Sample(), "1.2", "1", 0, Limits)));
        Assert.Equal("1(1.2 1.1) 2(2.1)", Shape(MoveNode(Sample(), "1.1", "1", 1, Limits)));
    }

    [Fact]
    public void MoveNode_ToTheRoots_Allowed()
    {
        Assert.Equal("1(1.1) 1.2 2(2.1)", Shape(MoveNode(Sample(), "1.2", null, 1, Limits)));
    }

    [Fact]
    public void MoveNode_UnderItsOwnDescendant_Refused()
    {
        var deeper = AddNode(Sample(), "1.1", New("1.1.1"), null, Limits).Framework!;

        Assert.Contains("tổ tiên", Refusal(MoveNode(deeper, "1", "1.1.1", null, Limits)), StringComparison.Ordinal);
        Assert.Contains("tổ tiên", Refusal(MoveNode(deeper, "1", "1", null, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void MoveNode_ASubtreeBelowTheDepth_Refused()
    {
        // 1 has height 2; under 2.1 (level 2) it would reach level 4 of 3.
        Assert.Contains("3 cấp", Refusal(MoveNode(Sample(), "1", "2.1", null, Limits)), StringComparison.Ordinal);
    }

    [Fact]
    public void RenameNode_NewCodeAndNames_Applied()
    {
        var node = RenameNode(Sample(), "1.1", "1.1a", "Chỉ tiêu mới", "New").Framework!.Tree[0].Children[0];

        Assert.Equal(("1.1a", "Chỉ tiêu mới", "New"), (node.Code, node.Name, node.NameEn));
        Assert.Equal(10, node.MaxPoints);
    }

    [Fact]
    public void RenameNode_ToAnotherNodesCode_Refused()
    {
        Assert.Contains("đã được dùng", Refusal(RenameNode(Sample(), "1.1", "2.1", "x", null)), StringComparison.Ordinal);
    }

    [Fact]
    public void RenameNode_KeepingItsCodeWithAnEmptyName_Refused()
    {
        Assert.Contains("Tên nút", Refusal(RenameNode(Sample(), "1.1", "1.1", "  ", null)), StringComparison.Ordinal);
    }

    [Fact]
    public void SetPoints_NewMaxOnACriterion_ParentTotalRecheckedByTheValidator()
    {
        var outcome = SetPoints(Sample(), "1.1", 15, cap: false, weight: 2);

        var node = outcome.Framework!.Tree[0].Children[0];
        Assert.Equal((15.0, 2.0), (node.MaxPoints!.Value, node.Weight));
        var problem = Assert.Single(FrameworkValidator.Validate(outcome.Framework, null));
        Assert.Contains("là 35", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void SetPoints_ParentWithoutMax_TakesTheSum()
    {
        var outcome = SetPoints(Sample(), "1", null, cap: false, weight: 1);

        Assert.Empty(FrameworkValidator.Validate(outcome.Framework!, null));
        Assert.Equal(80, FrameworkTree.TotalOf(outcome.Framework!));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(5, 0)]
    [InlineData(5, double.PositiveInfinity)]
    public void SetPoints_NegativeMaxOrWeightNotPositive_Refused(double max, double weight)
    {
        Assert.False(SetPoints(Sample(), "1.1", max, cap: false, weight).Applied);
    }
}
