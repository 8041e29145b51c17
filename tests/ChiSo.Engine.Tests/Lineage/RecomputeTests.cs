using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Lineage;
using ChiSo.Engine.Scoring;
using static ChiSo.Engine.Tests.Scoring.TestFrameworks;

namespace ChiSo.Engine.Tests.Lineage;

public class RecomputeTests
{
    private static readonly InputDefinition Trained = new() { Id = "trained", Type = InputType.Integer };
    private static readonly InputDefinition Staff = new() { Id = "staff", Type = InputType.Integer };
    private static readonly InputDefinition Online = new() { Id = "online", Type = InputType.Percentage };
    private static readonly InputDefinition Plan = new() { Id = "plan", Type = InputType.YesNo };
    private static readonly InputDefinition Issued = new() { Id = "issued", Type = InputType.Date };
    private static readonly InputDefinition Head = new()
    {
        Id = "head",
        Type = InputType.Choice,
        Options = [new("chu_tich", "Chủ tịch"), new("pho_chu_tich", "Phó Chủ tịch"), new("khong", "Không")],
    };

    private static readonly Predecessor[] Weighted = [new("A", Population: 1_000), new("B", Population: 3_000)];

    private static (ScoringPlan Plan, PointsDataset Data) Setup(params FrameworkNode[] tree)
    {
        var (plan, problems) = ScoringPlan.Create(BackCasterTests.Framework(tree));
        Assert.Empty(problems);
        return (plan!, new PointsDataset(plan!, ["A", "B"], ["A", "B"]));
    }

    private static int Node(ScoringPlan plan, string code)
    {
        Assert.True(plan.TryGetIndex(code, out var index));
        return index;
    }

    [Fact]
    public void Recompute_CountsAreSummedBeforeTheRatio()
    {
        var (plan, data) = Setup(Leaf("1", 10, "max * ratio(trained, staff)", Trained, Staff));
        data.SetInput(Node(plan, "1"), 0, [10, 60]);
        data.SetInput(Node(plan, "1"), 1, [100, 100]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        // (10 + 60) / (100 + 100) = 0.35 → 3.5 of 10 points → value 0.35; the mean of the two values would be 0.35
        // too, so the staff differ in the next test.
        Assert.Empty(result.Problems);
        Assert.Equal(0.35, result.Figures[Node(plan, "1")].Value, 1e-12);
        Assert.Equal(BackCastRule.Recompute, result.Figures[0].Rule);
        Assert.Equal([0.25, 0.75], result.Figures[0].Weights.ToArray());
    }

    [Fact]
    public void Recompute_RatioOfSums_DiffersFromTheMeanOfRatios()
    {
        var (plan, data) = Setup(Leaf("1", 10, "max * ratio(trained, staff)", Trained, Staff));
        data.SetInput(Node(plan, "1"), 0, [10, 90]);
        data.SetInput(Node(plan, "1"), 1, [100, 300]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        // (10 + 90) / (100 + 300) = 0.25, while the mean of 0.1 and 0.3 would be 0.2.
        Assert.Equal(0.25, result.Figures[0].Value, 1e-12);
    }

    [Fact]
    public void Recompute_PercentagesArePopulationWeighted()
    {
        var (plan, data) = Setup(Leaf("1", 100, "online", Online));
        data.SetInput(Node(plan, "1"), 0, [80, 40]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        // 0.25 × 80 + 0.75 × 40 = 20 + 30 = 50 points of 100.
        Assert.Equal(0.5, result.Figures[0].Value, 1e-12);
    }

    [Fact]
    public void Recompute_WithoutPopulations_AveragesEquallyWithAWarning()
    {
        var (plan, data) = Setup(Leaf("1", 100, "online", Online));
        data.SetInput(Node(plan, "1"), 0, [80, 40]);

        var result = BackCaster.Recompute(data, "AB", [new("A"), new("B")]);

        // (80 + 40) / 2 = 60 points of 100.
        Assert.Equal(0.6, result.Figures[0].Value, 1e-12);
        Assert.Equal("LN005", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData(1, 1, 1.0)]
    [InlineData(1, 0, 0.0)]
    public void Recompute_YesOnlyWhenEveryPredecessorSaysYes(double a, double b, double expected)
    {
        var (plan, data) = Setup(Leaf("1", 10, "if(plan, max, 0)", Plan));
        data.SetInput(Node(plan, "1"), 0, [a, b]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        Assert.Equal(expected, result.Figures[0].Value, 1e-12);
    }

    [Fact]
    public void Recompute_DatesTakeTheLatest()
    {
        var (plan, data) = Setup(Leaf("1", 10, "if(issued <= date(2024-06-30), max, 0)", Issued));
        var early = new DateOnly(2024, 3, 1).DayNumber;
        var late = new DateOnly(2024, 9, 1).DayNumber;
        data.SetInput(Node(plan, "1"), 0, [early, late]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        // The merged unit had issued it everywhere only on 1/9/2024, after the deadline: 0 points.
        Assert.Equal(0, result.Figures[0].Value, 1e-12);
    }

    [Fact]
    public void Recompute_ChoiceTakesTheLowestScoringOption()
    {
        // Option order is not score order: "khong" (index 2) scores more than "pho_chu_tich" (index 1) here.
        var (plan, data) = Setup(Leaf("1", 10, "choose(head, chu_tich = max, pho_chu_tich = 2, khong = 5)", Head));
        data.SetInput(Node(plan, "1"), 0, [2, 1]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        Assert.Equal(0.2, result.Figures[0].Value, 1e-12);
    }

    [Fact]
    public void Recompute_MissingInputInAPredecessor_LeavesTheCombinedInputMissing()
    {
        var (plan, data) = Setup(Leaf("1", 10, "if(plan, max, 0)", Plan));
        data.SetInput(Node(plan, "1"), 0, [1, double.NaN]);

        var result = BackCaster.Recompute(data, "AB", Weighted);

        // A missing rule result scores 0 (PointsScorer), so the merged unit gets no credit for half an answer.
        Assert.Equal(0, result.Figures[0].Value, 1e-12);
    }
}
