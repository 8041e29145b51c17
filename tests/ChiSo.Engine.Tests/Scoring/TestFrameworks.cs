using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Tests.Scoring;

internal static class TestFrameworks
{
    public static FrameworkNode Leaf(string code, double max, string? score = null, params InputDefinition[] inputs) =>
        new() { Code = code, Name = code, MaxPoints = max, Score = score, Inputs = [.. inputs] };

    public static FrameworkNode Parent(string code, double? max, params FrameworkNode[] children) =>
        new() { Code = code, Name = code, MaxPoints = max, Children = [.. children] };

    /// <summary>
    /// The main indices of the provincial DTI, QĐ 922/QĐ-BTTTT Phụ lục 1 Bảng I.1 (shared/domain/data/
    /// dti_provincial_structure_922.csv): group I (500) = 1–6, group II (500) = 7–9; 6 (Đô thị thông minh) is not scored.
    /// </summary>
    public static FrameworkDefinition Dti922MainIndices() => new()
    {
        Id = "dti-tinh",
        Edition = 2022,
        Title = "DTI cấp tỉnh",
        Display = new DisplayOptions { Total = 1000, As = DisplayAs.Value, Decimals = 4 },
        Ranking = new RankingOptions { RoundDecimals = 4 },
        Tree =
        [
            Parent("I", 500, Leaf("1", 100), Leaf("2", 100), Leaf("3", 100), Leaf("4", 100), Leaf("5", 100),
                Leaf("6", 0) with { Scored = false }),
            Parent("II", 500, Leaf("7", 200), Leaf("8", 150), Leaf("9", 150)),
        ],
    };

    /// <summary>
    /// <see cref="Dti922MainIndices"/> with the three pillars read as hypothesis H1 (shared/domain/research-2/
    /// findings_formulas.md §3, inferred): a pillar sums the six foundation indices (6 scores 0) and its own activity index.
    /// </summary>
    public static FrameworkDefinition Dti922WithPillars() => Dti922MainIndices() with
    {
        Views =
        [
            Pillar("CQS", "7"),
            Pillar("KTS", "8"),
            Pillar("XHS", "9"),
        ],
    };

    private static FrameworkView Pillar(string code, string activity) => new()
    {
        Code = code,
        Name = code,
        Rule = ViewRule.Sum,
        Of = [.. new[] { "1", "2", "3", "4", "5", "6", activity }.Select(c => new ViewPart(c))],
        Illustrative = true,
    };

    /// <summary>The DII of QĐ 885/QĐ-BTTTT: six groups, 80/60/20/30/20/90 = 300 points.</summary>
    public static FrameworkDefinition Dii885Groups() => new()
    {
        Id = "dii",
        Edition = 2023,
        Title = "DII",
        Display = new DisplayOptions { As = DisplayAs.Points, Decimals = 2 },
        Tree = [Leaf("1", 80), Leaf("2", 60), Leaf("3", 20), Leaf("4", 30), Leaf("5", 20), Leaf("6", 90)],
    };

    public static ImmutableArray<string?> NoGroups(int n) => [.. Enumerable.Repeat<string?>(null, n)];
}
