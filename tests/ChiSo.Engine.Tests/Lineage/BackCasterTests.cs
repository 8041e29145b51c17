using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Lineage;
using ChiSo.Engine.Scoring;
using static ChiSo.Engine.Tests.Scoring.TestFrameworks;

namespace ChiSo.Engine.Tests.Lineage;

public class BackCasterTests
{
    // DTI 2024, 63-province ranking: old Đà Nẵng 0.8335 (2nd), Quảng Nam 0.5803 (57th); the 34-province ranking
    // gives new Đà Nẵng 0.7069 (shared/domain/research-summary.md §1.4 and §4: the plain mean of the predecessors).
    private static readonly Predecessor[] DaNang = [new("48"), new("49")];

    [Fact]
    public void Combine_Mean_GivesTheMinistrysDaNang2024Figure()
    {
        var (figure, problems) = BackCaster.Combine(BackCastRule.Mean, "48", "DTI", DaNang, [0.8335, 0.5803]);

        Assert.Empty(problems);
        Assert.Equal(0.7069, Math.Round(figure.Value, 4));
        Assert.Equal(BackCastRule.Mean, figure.Rule);
        Assert.Equal(["48", "49"], figure.Predecessors.ToArray());
        Assert.Equal([0.5, 0.5], figure.Weights.ToArray());
        Assert.False(figure.Partial);
    }

    [Fact]
    public void Combine_PopulationWeighted_WeighsByPopulation()
    {
        Predecessor[] predecessors = [new("48", Population: 1_000), new("49", Population: 3_000)];

        var (figure, problems) = BackCaster.Combine(BackCastRule.PopulationWeighted, "48", "DTI", predecessors, [0.8335, 0.5803]);

        // Weights 1000/4000 = 0.25 and 0.75: 0.25 × 0.8335 + 0.75 × 0.5803 = 0.208375 + 0.435225 = 0.6436.
        Assert.Empty(problems);
        Assert.Equal(0.6436, figure.Value, 1e-12);
        Assert.Equal([0.25, 0.75], figure.Weights.ToArray());
        Assert.Equal(BackCastRule.PopulationWeighted, figure.Rule);
    }

    [Fact]
    public void Combine_PopulationWeightedWithoutPopulation_IsEmptyWithAnError()
    {
        Predecessor[] predecessors = [new("48", Population: 1_000), new("49")];

        var (figure, problems) = BackCaster.Combine(BackCastRule.PopulationWeighted, "48", "DTI", predecessors, [0.8335, 0.5803]);

        Assert.True(double.IsNaN(figure.Value));
        var problem = Assert.Single(problems);
        Assert.Equal("LN003", problem.Code);
        Assert.Contains("49", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_MissingPredecessorValue_IsEmptyWithAWarning()
    {
        var (figure, problems) = BackCaster.Combine(BackCastRule.Mean, "48", "DTI", DaNang, [0.8335, double.NaN]);

        Assert.True(double.IsNaN(figure.Value));
        Assert.Equal("LN004", Assert.Single(problems).Code);
    }

    [Fact]
    public void Combine_SplitPredecessor_MarksTheFigurePartial()
    {
        Predecessor[] predecessors = [new("00007", Full: false), new("00006")];

        var (figure, _) = BackCaster.Combine(BackCastRule.Mean, "00008", "DTI", predecessors, [0.5, 0.7]);

        Assert.True(figure.Partial);
    }

    [Fact]
    public void FromSheet_Mean_BackCastsEveryNodeOfThe63ProvinceResults()
    {
        var (plan, problems) = ScoringPlan.Create(Dti922MainIndices());
        Assert.Empty(problems);
        var data = new PointsDataset(plan!, ["48", "49"], ["Đà Nẵng", "Quảng Nam"]);
        Assert.True(plan!.TryGetIndex("7", out var node7));
        // Main index 7 (200 points): 180 and 100 points → values 0.9 and 0.5.
        data.SetGivenPoints(node7, [180, 100]);
        var sheet = PointsScorer.Score(data);

        var result = BackCaster.FromSheet(sheet, BackCastRule.Mean, "48", DaNang);

        Assert.Empty(result.Problems);
        Assert.Equal(plan.Nodes.Length, result.Figures.Length);
        Assert.Equal(0.7, result.Figures[node7].Value, 1e-12);
        Assert.Equal("7", result.Figures[node7].NodeCode);
        // Total: 280 points of 1000 in both → (0.18 + 0.10) / 2 = 0.14.
        Assert.Equal(0.14, result.Figures[0].Value, 1e-12);
        Assert.All(result.Figures, f => Assert.Equal(BackCastRule.Mean, f.Rule));
    }

    [Fact]
    public void FromSheet_UnknownPredecessor_IsReported()
    {
        var (plan, _) = ScoringPlan.Create(Dti922MainIndices());
        var sheet = PointsScorer.Score(new PointsDataset(plan!, ["48"], ["Đà Nẵng"]));

        var result = BackCaster.FromSheet(sheet, BackCastRule.Mean, "48", DaNang);

        Assert.Contains(result.Problems, p => p.Code == "LN002" && p.MessageEn.Contains("49", StringComparison.Ordinal));
        Assert.True(double.IsNaN(result.Figures[0].Value));
    }

    [Fact]
    public void Combine_Recompute_IsRefusedBecauseItNeedsInputs()
    {
        Assert.Throws<ArgumentException>(() => BackCaster.Combine(BackCastRule.Recompute, "48", "DTI", DaNang, [0.8, 0.6]));
    }

    internal static FrameworkDefinition Framework(params FrameworkNode[] tree) =>
        new() { Id = "t", Edition = 2025, Title = "t", Tree = [.. tree] };
}
