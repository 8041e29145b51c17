using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Data.Demo;
using ChiSo.Engine.Scoring;
using ChiSo.Files;

namespace ChiSo.Data.Tests.Demo;

/// <summary>
/// The demo DII 2023's round-1 design gives Quảng Trị exactly the seed article's result (QĐ 885/QĐ-BTTTT; the table the
/// ministry sent Quảng Trị), whatever the drawn self-assessment, and keeps every other province's points plausible.
/// </summary>
public class DemoDiiRound1Tests
{
    /// <summary>The 63 provinces before 1/7/2025, by code, as the demo campaign orders its units.</summary>
    internal static readonly ImmutableArray<string> Codes =
    [
        .. "01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96"
            .Split(' '),
    ];

    // Group points, group ranks, total and total rank as the seed article prints them (dii_quang_tri_round1_seed.csv).
    private static readonly (string Node, double Points, string Shown, int Rank)[] Article =
    [
        ("1", 7.5, "7,50", 28), ("2", 43, "43,00", 39), ("3", 0, "0,00", 22), ("4", 0, "0,00", 26), ("5", 0, "0,00", 27),
        ("6", 58.84, "58,84", 24), ("", 109.34, "109,34", 43),
    ];

    internal static ScoringPlan Plan() =>
        FrameworkSources.FromYaml(DemoSeederTests.Frameworks().Single(f => f.FileName == "dii-2023.yaml").Yaml, "dii-2023.yaml").Plan!;

    /// <summary>The self-assessment (round 0) the demo draws with <paramref name="seed"/>, scored by the engine.</summary>
    internal static ScoreSheet SelfAssessment(ScoringPlan plan, int seed)
    {
        var values = new DemoAnswers(plan, Codes.Length, seed).Draw(0.62);
        return PointsScorer.Score(DemoAnswers.Dataset(plan, Codes, Codes, values));
    }

    [Theory]
    [InlineData(2025)] // the seed the demo seeder draws the DII with
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1234)]
    public void Design_AnyDrawnSelfAssessment_GivesQuangTriTheArticlesRound1Result(int seed)
    {
        var plan = Plan();
        var self = SelfAssessment(plan, seed);

        var round1 = DemoDiiRound1.Score(self, DemoDiiRound1.Design(self));

        var qt = Codes.IndexOf("45");
        foreach (var (node, points, shown, rank) in Article)
        {
            var index = node.Length == 0 ? 0 : Index(plan, node);
            // Exactly the double of the printed figure (the engine adds criterion by criterion from 0), shown as printed.
            Assert.Equal(BitConverter.DoubleToInt64Bits(points), BitConverter.DoubleToInt64Bits(round1.Points(index, qt)));
            Assert.Equal(shown, round1.Points(index, qt).ToString("N2", CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal(rank, round1.Rank(index, qt));
        }
    }

    [Fact]
    public void QuangTriPoints_AddUpToTheArticlesGroups_EachWithinItsCriterionsMax()
    {
        var plan = Plan();

        // Hand check of the two sums with fractions: 8,2 + 7,6 + 1,4 + 9,8 + 6,5 + 9,5 = 43;
        // 8,13 + 6,35 + 9,41 + 8,47 + 5,93 + 1,26 + 9,6 + 4,2 + 5,49 = 58,84.
        Assert.Equal(plan.Leaves.Select(l => plan.Nodes[l].Code).Order(StringComparer.Ordinal), DemoDiiRound1.QuangTriPoints.Keys.Order(StringComparer.Ordinal));
        foreach (var leaf in plan.Leaves)
        {
            Assert.InRange(DemoDiiRound1.QuangTriPoints[plan.Nodes[leaf].Code], 0, plan.Nodes[leaf].MaxPoints);
        }

        Assert.Equal(2, plan.Framework.Display.Decimals);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(7)]
    public void Design_OtherProvinces_WithinMaxOnTwoDecimalsOrTheRulesPoints_AndMostlyTheRules(int seed)
    {
        var plan = Plan();
        var self = SelfAssessment(plan, seed);

        var reviewed = DemoDiiRound1.Design(self);

        var changed = 0;
        for (var l = 0; l < plan.Leaves.Length; l++)
        {
            var max = plan.Nodes[plan.Leaves[l]].MaxPoints;
            for (var u = 0; u < Codes.Length; u++)
            {
                var points = reviewed[l][u];
                Assert.InRange(points, 0, max);
                if (points != self.Points(plan.Leaves[l], u))
                {
                    changed++;
                    Assert.Equal(Math.Round(points, 2), points);
                }
            }
        }

        // Reviewers keep the rule's points for most criteria: fewer than a third of the 63 × 24 are changed.
        Assert.InRange(changed, 1, Codes.Length * plan.Leaves.Length / 3);
    }

    private static int Index(ScoringPlan plan, string code) => plan.TryGetIndex(code, out var index) ? index : throw new ArgumentException(code);
}
