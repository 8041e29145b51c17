using System.Globalization;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;
using ChiSo.Engine.Scoring;
using static ChiSo.Engine.Tests.Scoring.TestFrameworks;

namespace ChiSo.Engine.Tests.Scoring;

public class ViewScoringTests
{
    // Published DTI 2022 main-index values 1–9 of the top five (https://dti.gov.vn/xep-hang-2022).
    private static readonly (string Name, double[] Main)[] Top5 =
    [
        ("TP. Đà Nẵng", [1.0000, 0.9000, 0.8253, 0.8487, 0.7578, 0, 0.8575, 0.7836, 0.5197]),
        ("TP. Hồ Chí Minh", [0.8917, 0.9000, 0.8258, 0.6267, 0.5580, 0, 0.8406, 0.7611, 0.3590]),
        ("Quảng Ninh", [0.9581, 0.9000, 0.7648, 0.6250, 0.5382, 0, 0.8385, 0.5904, 0.4505]),
        ("Thừa Thiên - Huế", [0.9500, 0.9000, 0.6823, 0.6794, 0.6423, 0, 0.8262, 0.6787, 0.3001]),
        ("TP. Cần Thơ", [0.9000, 0.8000, 0.7233, 0.7376, 0.7226, 0, 0.7325, 0.7556, 0.2947]),
    ];

    private static ScoreSheet ScoreTop5(FrameworkDefinition framework)
    {
        var plan = ScoringPlan.Create(framework).Plan!;
        var data = new PointsDataset(plan, [.. Top5.Select((_, i) => $"P{i}")], [.. Top5.Select(r => r.Name)]);
        for (var m = 0; m < 9; m++)
        {
            plan.TryGetIndex((m + 1).ToString(CultureInfo.InvariantCulture), out var node);
            data.SetGivenPoints(node, [.. Top5.Select(r => r.Main[m] * plan.Nodes[node].MaxPoints)]);
        }

        return PointsScorer.Score(data);
    }

    private static int Column(ScoreSheet sheet, string code) =>
        sheet.Plan.TryGetColumn(code, out var column) ? column : throw new InvalidOperationException(code);

    [Fact]
    public void Score_H1Pillars_DaNang2022_AreTheHandComputedFigures()
    {
        // Foundation points 100 + 90 + 82,53 + 84,87 + 75,78 (+ 0 for 6) = 433,18.
        // CQS = (433,18 + 200·0,8575) / 700 = 604,68 / 700; KTS = (433,18 + 150·0,7836) / 650 = 550,72 / 650;
        // XHS = (433,18 + 150·0,5197) / 650 = 511,135 / 650 — 0,8638, 0,8473, 0,7864 in dti_pillar_hypothesis_922.csv.
        var sheet = ScoreTop5(Dti922WithPillars());

        Assert.Equal(604.68, sheet.Points(Column(sheet, "CQS"), 0), 1e-9);
        Assert.Equal(604.68 / 700, sheet.Value(Column(sheet, "CQS"), 0), 1e-12);
        Assert.Equal(550.72 / 650, sheet.Value(Column(sheet, "KTS"), 0), 1e-12);
        Assert.Equal(511.135 / 650, sheet.Value(Column(sheet, "XHS"), 0), 1e-12);
        Assert.Equal(0.8638, Math.Round(sheet.Value(Column(sheet, "CQS"), 0), 4));
        Assert.Equal(0.8473, Math.Round(sheet.Value(Column(sheet, "KTS"), 0), 4));
        Assert.Equal(0.7864, Math.Round(sheet.Value(Column(sheet, "XHS"), 0), 4));
        Assert.Equal(700, sheet.Plan.MaxOf(Column(sheet, "CQS")));
        Assert.Equal(650, sheet.Plan.MaxOf(Column(sheet, "XHS")));
    }

    [Fact]
    public void Score_H1Pillars_RankedLikeNodes_WithTheFrameworksRounding()
    {
        // CQS among the five: Đà Nẵng 0,8638, Huế 0,7866, HCM 0,7833, Quảng Ninh 0,7804, Cần Thơ 0,7641.
        var sheet = ScoreTop5(Dti922WithPillars());
        var cqs = Column(sheet, "CQS");

        Assert.Equal([1, 3, 4, 2, 5], Enumerable.Range(0, 5).Select(u => sheet.Rank(cqs, u)));
        // The tree's own figures do not move: the DTI is still the sum of the main indices.
        Assert.Equal(0.800175, sheet.Value(0, 0), 1e-12);
        Assert.Equal(sheet.Plan.Nodes.Length + 3, sheet.Plan.ColumnCount);
    }

    // DTI 2020 rows of dti_2020_pillar_formula_check.csv: pillar values CQS, KTS, XHS, the published DTI and rank.
    public static TheoryData<string, double, double, double, double, int> Dti2020 => new()
    {
        { "TP. Đà Nẵng", 0.5346, 0.4155, 0.4964, 0.4874, 1 },
        { "TP. Huế (Thừa Thiên Huế)", 0.522, 0.304, 0.3655, 0.4097, 2 },
        { "Bắc Ninh", 0.4449, 0.3668, 0.4052, 0.4096, 3 },
        { "Quảng Ninh", 0.4513, 0.3019, 0.3955, 0.3897, 4 },
        { "TP. Hồ Chí Minh", 0.4446, 0.3136, 0.3764, 0.3848, 5 },
        { "Tiền Giang", 0.4168, 0.3065, 0.3915, 0.3761, 6 },
        { "TP. Cần Thơ", 0.4544, 0.3087, 0.3174, 0.3696, 7 },
        { "Ninh Bình", 0.3915, 0.3161, 0.377, 0.3645, 8 },
        { "Kiên Giang", 0.403, 0.3051, 0.3678, 0.3631, 9 },
        { "Bắc Giang", 0.4455, 0.3019, 0.3092, 0.3615, 10 },
    };

    private static ScoreSheet Score2020()
    {
        var rows = Dti2020.Select(r => (double[])[(double)r[1], (double)r[2], (double)r[3]]).ToArray();
        var framework = new FrameworkDefinition
        {
            Id = "dti-2020",
            Edition = 2020,
            Title = "DTI 2020",
            Tree = [Leaf("CQS", 1), Leaf("KTS", 1), Leaf("XHS", 1)],
            Views = [new FrameworkView { Code = "DTI", Name = "DTI", Rule = ViewRule.Weighted, Of = [new("CQS", 0.4), new("KTS", 0.3), new("XHS", 0.3)] }],
        };
        var plan = ScoringPlan.Create(framework).Plan!;
        var data = new PointsDataset(plan, [.. rows.Select((_, i) => $"P{i}")], [.. rows.Select((_, i) => $"P{i}")]);
        for (var p = 0; p < 3; p++)
        {
            data.SetGivenPoints(p + 1, [.. rows.Select(r => r[p])]);
        }

        return PointsScorer.Score(data);
    }

    [Fact]
    public void Score_WeightedView_Dti2020Rule_ReproducesThePublishedValuesAndOrder()
    {
        // DTI 2020 = 0,4·CQS + 0,3·KTS + 0,3·XHS (QĐ 1726/QĐ-BTTTT): published values are rounded to 4 decimals,
        // so each recomputed one is within 0,00005 of the published (the csv's diff column).
        var sheet = Score2020();
        var dti = Column(sheet, "DTI");
        var published = Dti2020.Select(r => ((double)r[4], (int)r[5])).ToArray();

        for (var u = 0; u < published.Length; u++)
        {
            Assert.InRange(Math.Abs(sheet.Value(dti, u) - published[u].Item1), 0, 0.00005 + 1e-12);
            Assert.Equal(published[u].Item2, sheet.Rank(dti, u));
        }

        // Bắc Giang, the provincial source: 0,4·0,4455 + 0,3·0,3019 + 0,3·0,3092 = 0,36153.
        Assert.Equal(0.36153, sheet.Value(dti, 9), 1e-12);
        // Weights add up to 1 and every part's max is 1: the view's max is 1, so its points are its value.
        Assert.Equal(1, sheet.Plan.MaxOf(dti), 1e-12);
        Assert.Equal(sheet.Value(dti, 9), sheet.Points(dti, 9), 1e-12);
    }

    [Fact]
    public void Score_ViewOfViews_WeightedMeanOfTheH1Pillars()
    {
        var framework = Dti922WithPillars();
        framework = framework with
        {
            Views = framework.Views.Add(new FrameworkView
            {
                Code = "P",
                Name = "P",
                Rule = ViewRule.Weighted,
                Of = [new("CQS", 2), new("KTS", 1), new("XHS", 1)],
            }),
        };
        var sheet = ScoreTop5(framework);

        // (2·604,68/700 + 550,72/650 + 511,135/650) / 4; max (2·700 + 650 + 650) / 4 = 675.
        var expected = ((2 * 604.68 / 700) + (550.72 / 650) + (511.135 / 650)) / 4;
        Assert.Equal(expected, sheet.Value(Column(sheet, "P"), 0), 1e-12);
        Assert.Equal(675, sheet.Plan.MaxOf(Column(sheet, "P")), 1e-9);
        Assert.Equal(expected * 675, sheet.Points(Column(sheet, "P"), 0), 1e-9);
    }

    [Fact]
    public void Score_SumViewWithWeights_TiesShareARank_WithinComparisonGroups_IncompleteCarried()
    {
        var framework = new FrameworkDefinition
        {
            Id = "t",
            Edition = 2024,
            Title = "t",
            Groups = [new ComparisonGroup("A", "A"), new ComparisonGroup("B", "B")],
            Ranking = new RankingOptions { RoundDecimals = 2 },
            Tree = [Leaf("a", 10), Leaf("b", 20)],
            Views = [new FrameworkView { Code = "V", Name = "V", Of = [new("a", 2), new("b")] }],
        };
        var plan = ScoringPlan.Create(framework).Plan!;
        var data = new PointsDataset(plan, ["u1", "u2", "u3", "u4"], ["1", "2", "3", "4"], ["A", "A", "A", "B"]);
        data.SetGivenPoints(1, [5, 10, 5, 0]);
        data.SetGivenPoints(2, [10, 0, 10, double.NaN]);
        var sheet = PointsScorer.Score(data);
        var v = Column(sheet, "V");

        // points = 2·a + b of max 2·10 + 20 = 40: 20, 20, 20 in group A (ties share rank 1), 0 alone in B.
        Assert.Equal([20, 20, 20, 0], Enumerable.Range(0, 4).Select(u => sheet.Points(v, u)));
        Assert.Equal(0.5, sheet.Value(v, 0), 1e-12);
        Assert.Equal([1, 1, 1, 1], Enumerable.Range(0, 4).Select(u => sheet.Rank(v, u)));
        Assert.True(sheet.Incomplete(v, 3));
        Assert.False(sheet.Incomplete(v, 0));
    }
}
