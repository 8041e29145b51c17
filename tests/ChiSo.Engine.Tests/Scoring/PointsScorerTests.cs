using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;
using ChiSo.Engine.Scoring;
using static ChiSo.Engine.Tests.Scoring.TestFrameworks;

namespace ChiSo.Engine.Tests.Scoring;

public class PointsScorerTests
{
    private static readonly InputDefinition Trained = new() { Id = "trained", Type = InputType.Integer };
    private static readonly InputDefinition Staff = new() { Id = "staff", Type = InputType.Integer };
    private static readonly InputDefinition Plan = new() { Id = "plan", Type = InputType.YesNo };

    private static FrameworkDefinition Framework(params FrameworkNode[] tree) =>
        new() { Id = "t", Edition = 2025, Title = "t", Tree = [.. tree] };

    private static (ScoringPlan Plan, PointsDataset Data) Setup(FrameworkDefinition framework, int units)
    {
        var (plan, problems) = ScoringPlan.Create(framework);
        Assert.Empty(problems);
        var codes = Enumerable.Range(0, units).Select(i => $"U{i}").ToArray();
        return (plan!, new PointsDataset(plan!, [.. codes], [.. codes]));
    }

    private static int Node(ScoringPlan plan, string code)
    {
        Assert.True(plan.TryGetIndex(code, out var index));
        return index;
    }

    [Fact]
    public void Score_RatioRule_ClampsToMaxAndSumsIntoParent()
    {
        var framework = Framework(Parent("1", 20,
            Leaf("1.1", 10, "max * clamp(ratio(trained, staff) / 0.8, 0, 1)", Trained, Staff),
            Leaf("1.2", 10, "if(plan, max, 0)", Plan)));
        var (plan, data) = Setup(framework, 2);
        data.SetInput(Node(plan, "1.1"), 0, [40, 90]);
        data.SetInput(Node(plan, "1.1"), 1, [100, 100]);
        data.SetInput(Node(plan, "1.2"), 0, [1, 0]);

        var sheet = PointsScorer.Score(data);

        // U0: 10 × (0.4 / 0.8) = 5, plan 10 → 15. U1: 0.9 / 0.8 > 1 → 10, no plan → 10.
        Assert.Equal(5, sheet.Points(Node(plan, "1.1"), 0), 1e-12);
        Assert.Equal(15, sheet.Points(Node(plan, "1"), 0), 1e-12);
        Assert.Equal(10, sheet.Points(Node(plan, "1"), 1), 1e-12);
        Assert.Equal(0.75, sheet.Value(Node(plan, "1"), 0), 1e-12);
        Assert.Equal(10, sheet.RawResult(Node(plan, "1.1"), 1), 1e-12);
    }

    [Fact]
    public void Score_MissingInput_ScoresZeroAndMarksIncompleteUpTheTree()
    {
        var framework = Framework(Parent("1", 20,
            Leaf("1.1", 10, "max * ratio(trained, staff)", Trained, Staff),
            Leaf("1.2", 10, "if(plan, max, 0)", Plan)));
        var (plan, data) = Setup(framework, 1);
        data.SetInput(Node(plan, "1.1"), 0, [double.NaN]);
        data.SetInput(Node(plan, "1.1"), 1, [10]);
        data.SetInput(Node(plan, "1.2"), 0, [1]);

        var sheet = PointsScorer.Score(data);

        Assert.Equal(0, sheet.Points(Node(plan, "1.1"), 0));
        Assert.True(sheet.Incomplete(Node(plan, "1.1"), 0));
        Assert.True(sheet.Incomplete(0, 0));
        Assert.False(sheet.Incomplete(Node(plan, "1.2"), 0));
        Assert.Equal(10, sheet.Points(0, 0));
    }

    [Fact]
    public void Score_CappedParent_NeverExceedsItsMaximum()
    {
        // "Any two of three items, 20 points each, at most 40."
        var framework = Framework(Parent("4", 40,
            Leaf("4.1", 20, "if(plan, max, 0)", Plan),
            Leaf("4.2", 20, "if(plan, max, 0)", Plan),
            Leaf("4.3", 20, "if(plan, max, 0)", Plan)) with { Cap = true });
        var (plan, data) = Setup(framework, 1);
        foreach (var code in new[] { "4.1", "4.2", "4.3" })
        {
            data.SetInput(Node(plan, code), 0, [1]);
        }

        var sheet = PointsScorer.Score(data);

        Assert.Equal(40, sheet.Points(Node(plan, "4"), 0));
        Assert.Equal(1, sheet.Value(0, 0));
    }

    [Fact]
    public void Score_UnscoredNode_AddsNothingAndIsNotRanked()
    {
        var framework = Framework(
            Leaf("5", 100, "if(plan, max, 0)", Plan),
            Leaf("6", 10, "if(plan, max, 0)", Plan) with { Scored = false });
        var (plan, data) = Setup(framework, 2);
        data.SetInput(Node(plan, "5"), 0, [1, 0]);
        data.SetInput(Node(plan, "6"), 0, [1, 1]);

        var sheet = PointsScorer.Score(data);

        Assert.Equal(100, plan.Total.MaxPoints);
        Assert.Equal(100, sheet.Points(0, 0));
        Assert.Equal(0, sheet.Points(Node(plan, "6"), 0));
        Assert.Equal(0, sheet.Rank(Node(plan, "6"), 0));
    }

    [Fact]
    public void Rank_TiesAfterRounding_ShareTheLowestRankAndSkipTheNext()
    {
        // Values 0.80004, 0.80001, 0.7 and 0.9: rounded to 4 decimals the first two are both 0.8000 (rank 2, 2),
        // then 0.7 is 4th — as Thanh Hóa and Yên Bái shared 15th in 2022 and Hậu Giang was 17th.
        var framework = Framework(Leaf("1", 100)) with { Ranking = new RankingOptions { RoundDecimals = 4 } };
        var (plan, data) = Setup(framework, 4);
        data.SetGivenPoints(Node(plan, "1"), [80.004, 80.001, 70, 90]);

        var sheet = PointsScorer.Score(data);

        Assert.Equal([2, 2, 4, 1], Enumerable.Range(0, 4).Select(u => sheet.Rank(0, u)));
    }

    [Fact]
    public void Rank_ComparisonGroups_RankWithinEachGroupAndSkipUnrankedGroups()
    {
        var framework = Framework(Leaf("1", 100)) with
        {
            Groups = [new("xa", "Xã"), new("phuong", "Phường"), new("dac_khu", "Đặc khu", Ranked: false)],
        };
        var plan = ScoringPlan.Create(framework).Plan!;
        var data = new PointsDataset(plan, ["A", "B", "C", "D"], ["A", "B", "C", "D"], ["xa", "phuong", "xa", "dac_khu"]);
        data.SetGivenPoints(Node(plan, "1"), [50, 40, 60, 99]);

        var sheet = PointsScorer.Score(data);

        Assert.Equal([2, 1, 1, 0], Enumerable.Range(0, 4).Select(u => sheet.Rank(0, u)));
    }

    [Fact]
    public void Explain_Criterion_ShowsInputsRuleEarnedLostAndShare()
    {
        var framework = Framework(Parent("1", 20,
            Leaf("1.1", 10, "max * clamp(ratio(trained, staff) / 0.8, 0, 1)", Trained, Staff),
            Leaf("1.2", 10, "if(plan, max, 0)", Plan)));
        var (plan, data) = Setup(framework, 1);
        data.SetInput(Node(plan, "1.1"), 0, [40]);
        data.SetInput(Node(plan, "1.1"), 1, [100]);
        data.SetInput(Node(plan, "1.2"), 0, [1]);
        var sheet = PointsScorer.Score(data);

        var explanation = Explainer.Explain(sheet, 0, Node(plan, "1"));

        var criterion = explanation.Children[0];
        Assert.Equal(15, explanation.Points, 1e-12);
        Assert.Equal(5, explanation.Lost, 1e-12);
        Assert.Equal(5, criterion.Points, 1e-12);
        Assert.Equal(5, criterion.Lost, 1e-12);
        Assert.Equal(1.0 / 3, criterion.ShareOfParent, 1e-12);
        Assert.Equal("max * clamp(ratio(trained, staff) / 0.8, 0, 1)", criterion.Formula);
        Assert.Equal([40.0, 100.0], criterion.Inputs.Select(i => i.Value));
        Assert.Equal(1, criterion.Rank);
    }

    [Fact]
    public void Rank_PointsDisplay_RoundsPointsNotValues()
    {
        // Regression: with `display.as: points` and `ranking.round: 2`, 826.68 and 821.30 of 960 points both
        // rounded to the value 0.86 and shared rank 1. Rounding applies to the displayed points.
        var framework = Framework(Leaf("1", 960)) with
        {
            Display = new DisplayOptions { As = DisplayAs.Points, Decimals = 2 },
            Ranking = new RankingOptions { RoundDecimals = 2 },
        };
        var (plan, data) = Setup(framework, 3);
        data.SetGivenPoints(Node(plan, "1"), [826.68, 821.30, 821.304]);

        var sheet = PointsScorer.Score(data);

        Assert.Equal([1, 2, 2], Enumerable.Range(0, 3).Select(u => sheet.Rank(0, u)));
    }
}
