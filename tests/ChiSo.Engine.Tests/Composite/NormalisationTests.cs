using System.Collections.Immutable;
using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

public class NormalisationTests
{
    private static double[] Normalised(CompositeOptions options, int direction, double[] values, double? target = null)
    {
        var rows = new List<CompositeNode>
        {
            new("a", "a", 1, NodeType.Indicator, direction, 1, "Top") { Target = target },
            new("Top", "Top", 2, NodeType.Aggregate, 1, 1, null),
        };
        var model = CompositeModel.Build(rows).Model!;
        return CompositeCalculator.Compute(model, TinyModel.Data(null, ("a", values)), options).ScoresOf("a");
    }

    [Fact]
    public void MinMax_Default_MapsWorstToZeroBestToHundred_MissingStays()
    {
        var y = Normalised(new CompositeOptions(), 1, [2, 4, double.NaN, 10]);

        Assert.Equal([0, 25, double.NaN, 100], y);
    }

    [Fact]
    public void MinMax_DirectionMinusOne_FlipsBeforeScaling()
    {
        // −x = −2, −4, −10: min −10, max −2 → (−2+10)/8·100 = 100, (−4+10)/8·100 = 75, 0.
        var y = Normalised(new CompositeOptions(), -1, [2, 4, 10]);

        Assert.Equal([100, 75, 0], y);
    }

    [Fact]
    public void MinMax_CustomRange_ScalesOntoIt()
    {
        var y = Normalised(new CompositeOptions { MinMaxLower = 1, MinMaxUpper = 10 }, 1, [0, 5, 10]);

        Assert.Equal([1, 5.5, 10], y);
    }

    [Fact]
    public void MinMax_ConstantIndicator_IsNaNAsInCoinrWithAWarning()
    {
        var rows = new List<CompositeNode> { new("a", "a", 1, NodeType.Indicator, 1, 1, "Top"), new("Top", "Top", 2, NodeType.Aggregate, 1, 1, null) };

        var result = CompositeCalculator.Compute(CompositeModel.Build(rows).Model!, TinyModel.Data(null, ("a", [7.0, 7, 7])));

        Assert.All(result.ScoresOf("a"), v => Assert.True(double.IsNaN(v)));
        Assert.Contains(result.Problems, p => p.Code == "CO103");
    }

    [Fact]
    public void ZScore_UsesSampleSdThenTargetMeanAndSd()
    {
        // x = 2, 4, 6: mean 4, sample sd 2 → z = −1, 0, 1 → ×2 + 10 = 8, 10, 12.
        var y = Normalised(new CompositeOptions { Normalisation = NormalisationMethod.ZScore, ZScoreMean = 10, ZScoreSd = 2 }, 1, [2, 4, 6]);

        Assert.Equal([8, 10, 12], y);
    }

    [Fact]
    public void Rank_AscendingWithTiesAtMinimum()
    {
        // R: rank(c(5, 1, 5, 3), ties.method = "min") = 3, 1, 3, 2.
        var y = Normalised(new CompositeOptions { Normalisation = NormalisationMethod.Rank }, 1, [5, 1, 5, 3]);

        Assert.Equal([3, 1, 3, 2], y);
    }

    [Fact]
    public void Goalposts_TruncatesAndScales_AndFlipsForNegativeDirection()
    {
        var options = new CompositeOptions
        {
            Normalisation = NormalisationMethod.Goalposts,
            Goalposts = ImmutableDictionary<string, Goalposts>.Empty.Add("a", new Goalposts(0, 10)),
        };

        // (x − 0)/10 clamped to [0, 1] × 100; direction −1: (x − 10)/(0 − 10).
        Assert.Equal([0, 25, 100], Normalised(options, 1, [-5, 2.5, 20]));
        Assert.Equal([100, 75, 0], Normalised(options, -1, [-5, 2.5, 20]));
    }

    [Fact]
    public void DistanceToTarget_BothDirections()
    {
        var options = new CompositeOptions { Normalisation = NormalisationMethod.DistanceToTarget };

        // direction 1: (x − min)/(target − min) with min 0, target 8: 0, 0.5, 1.25.
        Assert.Equal([0, 0.5, 1.25], Normalised(options, 1, [0, 4, 10], target: 8));

        // direction −1: (max − x)/(max − target) with max 10, target 2: 1.25, 0.75, 0.
        Assert.Equal([1.25, 0.75, 0], Normalised(options, -1, [0, 4, 10], target: 2));
        Assert.Equal([1, 0.75, 0], Normalised(options with { CapAtTarget = true }, -1, [0, 4, 10], target: 2));
    }

    [Fact]
    public void DistanceToTarget_NoTarget_ReportsAndLeavesMissing()
    {
        var y = Normalised(new CompositeOptions { Normalisation = NormalisationMethod.DistanceToTarget }, 1, [1, 2]);

        Assert.All(y, v => Assert.True(double.IsNaN(v)));
    }
}
