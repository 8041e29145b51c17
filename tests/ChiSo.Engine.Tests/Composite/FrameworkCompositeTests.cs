using System.Collections.Immutable;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Composite;

public class FrameworkCompositeTests
{
    private static FrameworkNode Node(string code, params FrameworkNode[] children) =>
        new() { Code = code, Name = code, Children = [.. children] };

    [Fact]
    public void FromFramework_TwoLevels_ComputesWeightedMeansUpToTheFrameworkId()
    {
        var framework = new FrameworkDefinition
        {
            Id = "chi-so",
            Edition = 2025,
            Title = "Thử",
            Aggregation = AggregationFamily.Composite,
            Tree =
            [
                Node("A", Node("a1"), Node("a2") with { Direction = -1 }),
                Node("B", Node("b1")) with { Weight = 3 },
            ],
        };
        var model = FrameworkComposite.FromFramework(framework).Model!;
        var data = new Dataset(["X", "Y"], ["X", "Y"], [], new Dictionary<string, double[]>
        {
            ["a1"] = [0, 10],
            ["a2"] = [5, 15],
            ["b1"] = [2, 4],
        }.ToImmutableDictionary());

        var result = CompositeCalculator.Compute(model, data);

        // Min-max 0–100 with a2 flipped: X: a1 0, a2 100 → A 50; b1 0 → B 0; total (50·1 + 0·3) / 4 = 12.5.
        // Y: a1 100, a2 0 → A 50; b1 100 → B 100; total (50 + 300) / 4 = 87.5.
        Assert.Equal([12.5, 87.5], result.ScoresOf("chi-so"));
        Assert.Equal([2, 1], result.RanksOf("chi-so"));
    }
}
