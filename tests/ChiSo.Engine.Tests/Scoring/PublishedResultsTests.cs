using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class PublishedResultsTests
{
    // Published DTI 2022, top five provinces: main-index values 1–9 (6 not scored) and the DTI.
    // Source: https://dti.gov.vn/xep-hang-2022 (shared/domain/data/dti_provincial_2022.csv).
    public static TheoryData<string, double[], double, int> Dti2022Top5 => new()
    {
        { "TP. Đà Nẵng", [1.0000, 0.9000, 0.8253, 0.8487, 0.7578, 0, 0.8575, 0.7836, 0.5197], 0.8002, 1 },
        { "TP. Hồ Chí Minh", [0.8917, 0.9000, 0.8258, 0.6267, 0.5580, 0, 0.8406, 0.7611, 0.3590], 0.7163, 2 },
        { "Quảng Ninh", [0.9581, 0.9000, 0.7648, 0.6250, 0.5382, 0, 0.8385, 0.5904, 0.4505], 0.7024, 3 },
        { "Thừa Thiên - Huế", [0.9500, 0.9000, 0.6823, 0.6794, 0.6423, 0, 0.8262, 0.6787, 0.3001], 0.6975, 4 },
        { "TP. Cần Thơ", [0.9000, 0.8000, 0.7233, 0.7376, 0.7226, 0, 0.7325, 0.7556, 0.2947], 0.6924, 5 },
    };

    [Theory]
    [MemberData(nameof(Dti2022Top5))]
    public void Score_Dti2022MainIndexValues_ReproducesPublishedDti(string province, double[] mainValues, double dti, int rank)
    {
        var sheet = ScoreTop5();
        var unit = sheet.Data.UnitNames.IndexOf(province);

        // The published main-index values are rounded to 4 decimals, so each carries up to ±0.00005; their
        // max-weighted mean carries the same, and the published DTI is rounded too: together at most 0.0001.
        // (HCMC: 716.355 / 1000 = 0.716355 against the published 0.7163.)
        Assert.InRange(Math.Abs(sheet.Value(0, unit) - dti), 0, 0.0001);
        Assert.Equal(rank, sheet.Rank(0, unit));
        Assert.True(sheet.Plan.TryGetIndex("7", out var chinhQuyenSo));
        Assert.Equal(mainValues[6], sheet.Value(chinhQuyenSo, unit), 1e-12);
    }

    [Fact]
    public void Score_DaNang2022_TotalPointsAreTheWeightedSumOfMainIndexValues()
    {
        // 100·1 + 100·0.9 + 100·0.8253 + 100·0.8487 + 100·0.7578 + 200·0.8575 + 150·0.7836 + 150·0.5197 = 800.175
        var sheet = ScoreTop5();

        Assert.Equal(800.175, sheet.Points(0, 0), 1e-9);
        Assert.Equal(0.800175, sheet.Value(0, 0), 1e-12);
    }

    [Fact]
    public void Score_QuangTriDiiRound1_TotalIs109Point34()
    {
        // Seed article, round 1: groups 7.5 + 43 + 0 + 0 + 0 + 58.84 = 109.34 (shared/domain/data/dii_quang_tri_round1_seed.csv).
        var plan = ScoringPlan.Create(TestFrameworks.Dii885Groups()).Plan!;
        var data = new PointsDataset(plan, ["45"], ["Quảng Trị"]);
        double[] groups = [7.5, 43, 0, 0, 0, 58.84];
        for (var g = 0; g < groups.Length; g++)
        {
            plan.TryGetIndex((g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out var node);
            data.SetGivenPoints(node, [groups[g]]);
        }

        var sheet = PointsScorer.Score(data);

        Assert.Equal(109.34, sheet.Points(0, 0), 1e-9);
        Assert.Equal(300, plan.Total.MaxPoints);
    }

    private static ScoreSheet ScoreTop5()
    {
        var plan = ScoringPlan.Create(TestFrameworks.Dti922MainIndices()).Plan!;
        var rows = Dti2022Top5.Select(r => ((string)r[0], (double[])r[1])).ToArray();
        var data = new PointsDataset(plan, [.. rows.Select((_, i) => $"P{i}")], [.. rows.Select(r => r.Item1)]);
        for (var m = 0; m < 9; m++)
        {
            plan.TryGetIndex((m + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out var node);
            var max = plan.Nodes[node].MaxPoints;
            data.SetGivenPoints(node, [.. rows.Select(r => r.Item2[m] * max)]);
        }

        return PointsScorer.Score(data);
    }
}
