using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

public class AggregationTests
{
    private static readonly CompositeOptions NoNormalisation = new() { Normalisation = NormalisationMethod.None };

    [Fact]
    public void ArithmeticMean_MissingChild_ReweightsOverPresentChildren()
    {
        // a=50 (w1), b missing (w2), c=80 (w3): (1·50 + 3·80)/(1 + 3) = 290/4 = 72.5.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 2), ("c", 1, 3));
        var data = TinyModel.Data(null, ("a", [50.0]), ("b", [double.NaN]), ("c", [80.0]));

        var top = CompositeCalculator.Compute(model, data, NoNormalisation).ScoresOf("Top");

        Assert.Equal(72.5, top[0], 1e-12);
    }

    [Fact]
    public void ArithmeticMean_CountAsZero_KeepsTheMissingWeight()
    {
        // (1·50 + 2·0 + 3·80)/6 = 290/6 = 48.333…
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 2), ("c", 1, 3));
        var data = TinyModel.Data(null, ("a", [50.0]), ("b", [double.NaN]), ("c", [80.0]));

        var top = CompositeCalculator.Compute(model, data, NoNormalisation with { Missing = MissingPolicy.CountAsZero }).ScoresOf("Top");

        Assert.Equal(290.0 / 6, top[0], 1e-12);
    }

    [Fact]
    public void AnyMean_AllChildrenMissing_IsMissingAndUnranked()
    {
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1));
        var data = TinyModel.Data(null, ("a", [double.NaN, 1]), ("b", [double.NaN, 2]));

        var result = CompositeCalculator.Compute(model, data, NoNormalisation with { Missing = MissingPolicy.CountAsZero });

        Assert.True(double.IsNaN(result.ScoresOf("Top")[0]));
        Assert.Equal([0, 1], result.RanksOf("Top"));
    }

    [Fact]
    public void GeometricMean_WeightedExpOfLogs()
    {
        // exp((1·ln 4 + 1·ln 16)/2) = √64 = 8; weights 1 and 3 on 2 and 32: exp((ln 2 + 3 ln 32)/4) = 2^(16/4) = 16.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 3));
        var data = TinyModel.Data(null, ("a", [2.0]), ("b", [32.0]));

        var top = CompositeCalculator.Compute(model, data, NoNormalisation with { Aggregation = AggregationMethod.GeometricMean }).ScoresOf("Top");

        Assert.Equal(16, top[0], 1e-12);
    }

    [Fact]
    public void GeometricMean_ZeroChild_IsMissingWithWarning()
    {
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1));
        var data = TinyModel.Data(null, ("a", [0.0, 4]), ("b", [5.0, 16]));

        var result = CompositeCalculator.Compute(model, data, NoNormalisation with { Aggregation = AggregationMethod.GeometricMean });

        Assert.True(double.IsNaN(result.ScoresOf("Top")[0]));
        Assert.Equal(8, result.ScoresOf("Top")[1], 1e-12);
        Assert.Contains(result.Problems, p => p.Code == "CO104" && p.Severity == Severity.Warning);
    }

    [Fact]
    public void HarmonicMean_SumOfWeightsOverSumOfWeightedInverses()
    {
        // 2/(1/2 + 1/6) = 2/(4/6) = 3.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1));
        var data = TinyModel.Data(null, ("a", [2.0]), ("b", [6.0]));

        var top = CompositeCalculator.Compute(model, data, NoNormalisation with { Aggregation = AggregationMethod.HarmonicMean }).ScoresOf("Top");

        Assert.Equal(3, top[0], 1e-12);
    }

    [Fact]
    public void Compute_RankGroup_RanksWithinGroups()
    {
        var model = TinyModel.Model(("a", 1, 1));
        var data = TinyModel.Data(["X", "Y", "X", null], ("a", [1.0, 2, 3, 4]));

        var ranks = CompositeCalculator.Compute(model, data, NoNormalisation with { RankGroup = "Grp" }).RanksOf("Top");

        Assert.Equal([2, 1, 1, 0], ranks);
    }
}
