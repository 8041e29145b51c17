using ChiSo.Data.Demo;
using ChiSo.Engine.Scoring;
using ChiSo.Files;

namespace ChiSo.Data.Tests.Demo;

/// <summary>The published-figures design holds whatever the drawn self-assessment (no database: the engine only).</summary>
public class DemoPublishedDesignTests
{
    private static ScoringPlan Plan() =>
        FrameworkSources.FromYaml(DemoSeederTests.Frameworks().Single(f => f.FileName == "dti-tinh-2022.yaml").Yaml, "dti-tinh-2022.yaml").Plan!;

    private static ScoreSheet Self(ScoringPlan plan, int seed, double target)
    {
        var codes = DemoDiiRound1Tests.Codes;
        return PointsScorer.Score(DemoAnswers.Dataset(plan, codes, codes, new DemoAnswers(plan, codes.Length, seed).Draw(target)));
    }

    [Theory]
    [InlineData(2028)] // the seed the demo seeder draws the DTI 2022 with
    [InlineData(3)]
    [InlineData(99)]
    public void Design_Dti2022_PublishedOrderAndTopFiveValues(int seed)
    {
        var self = Self(Plan(), seed, 0.5763);

        var final = DemoDiiRound1.Score(self, DemoPublishedDesign.Design(self, DemoPublishedFigures.Dti2022, [("45", "1.1")]));

        var codes = self.Data.UnitCodes;
        Assert.Equal(DemoPublishedFigures.Order2022, DemoPublishedFigures.Order2022.Select(o => (o.Code, final.Rank(0, codes.IndexOf(o.Code)))));
        Assert.Equal([0.8002, 0.7163, 0.7024, 0.6975, 0.6924], new[] { "48", "79", "22", "46", "92" }.Select(c => Math.Round(final.Value(0, codes.IndexOf(c)), 4, MidpointRounding.AwayFromZero)));
        final.Plan.TryGetIndex("1.1", out var objected);
        Assert.Equal(10, final.Points(objected, codes.IndexOf("45")));
        // The mean is near the published 2022 provincial average, 0,5763.
        Assert.InRange(Enumerable.Range(0, codes.Length).Average(u => final.Value(0, u)), 0.5663, 0.5863);
    }

    [Theory]
    [InlineData(2029)] // the seed the demo seeder draws the DTI 2024 (63 provinces) with
    [InlineData(5)]
    public void Design_Dti2024Old_DaNangAndQuangNam(int seed)
    {
        var self = Self(Plan(), seed, 0.6961);

        var final = DemoDiiRound1.Score(self, DemoPublishedDesign.Design(self, DemoPublishedFigures.Dti2024Old(self), [("45", "1.1")]));

        var codes = self.Data.UnitCodes;
        Assert.Equal((0.8335, 2), (Math.Round(final.Value(0, codes.IndexOf("48")), 4), final.Rank(0, codes.IndexOf("48"))));
        Assert.Equal((0.5803, 57), (Math.Round(final.Value(0, codes.IndexOf("49")), 4), final.Rank(0, codes.IndexOf("49"))));
    }
}
