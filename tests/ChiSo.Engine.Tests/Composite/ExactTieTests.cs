using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

/// <summary>
/// Units whose true scores are equal, reached through different paths, must get the same double and share a rank:
/// ranks depend on exact equality, so one ulp decides. COINr's order of operations (weights of the children present
/// rescaled to sum to one, then R's sum of w·x) is what ChiSo follows.
/// </summary>
public class ExactTieTests
{
    private static readonly CompositeOptions Raw = new() { Normalisation = NormalisationMethod.None };

    [Fact]
    public void ArithmeticMean_ChildrenInAnotherOrder_TieAsInCoinr()
    {
        // R 4.2.2 + COINr 1.1.14: a_amean(c(.1,.2,.3), c(1,1,1)), a_amean(c(.3,.2,.1), …) and a_amean(c(.2,.3,.1), …)
        // all print 0.19999999999999998. Summing w·x in doubles does not tie them.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1), ("c", 1, 1));
        var data = TinyModel.Data(null, ("a", [0.1, 0.3, 0.2]), ("b", [0.2, 0.2, 0.3]), ("c", [0.3, 0.1, 0.1]));

        var result = CompositeCalculator.Compute(model, data, Raw);

        Assert.All(result.ScoresOf("Top"), s => Assert.Equal(0.19999999999999998, s));
        Assert.Equal([1, 1, 1], result.RanksOf("Top"));
        const double W = 1.0 / 3;
        Assert.NotEqual((W * 0.1) + (W * 0.2) + (W * 0.3), (W * 0.3) + (W * 0.2) + (W * 0.1));
    }

    [Fact]
    public void ArithmeticMean_MissingValuesReweighted_TieWithCompleteUnits()
    {
        // Weights 1, 1, 2. U1 (70, 30, –) → ½·70 + ½·30; U2 (–, –, 50) → 50; U3 (50, 50, 50) → ¼·50 + ¼·50 + ½·50;
        // U4 (80, 20, 50) → 20 + 5 + 25: all 50. U5 (10, 10, 10) → 10.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1), ("c", 1, 2));
        var data = TinyModel.Data(null,
            ("a", [70.0, double.NaN, 50, 80, 10]), ("b", [30.0, double.NaN, 50, 20, 10]), ("c", [double.NaN, 50.0, 50, 50, 10]));

        var result = CompositeCalculator.Compute(model, data, Raw);

        Assert.Equal([50.0, 50, 50, 50, 10], result.ScoresOf("Top"));
        Assert.Equal([1, 1, 1, 1, 5], result.RanksOf("Top"));
    }

    [Fact]
    public void ArithmeticMean_UnequalWeights_TieAcrossDifferentValues()
    {
        // Weights 1 and 3: ¼·20 + ¾·60 = ¼·50 + ¾·50 = ¼·80 + ¾·40 = 50; ¼·0 + ¾·100 = 75 ranks first.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 3));
        var data = TinyModel.Data(null, ("a", [20.0, 50, 80, 0]), ("b", [60.0, 50, 40, 100]));

        var result = CompositeCalculator.Compute(model, data, Raw);

        Assert.Equal([50.0, 50, 50, 75], result.ScoresOf("Top"));
        Assert.Equal([2, 2, 2, 1], result.RanksOf("Top"));
    }

    [Fact]
    public void MinMax_ConstantColumn_IsLeftOutAndEqualUnitsStillTie()
    {
        // b is constant: COINr's n_minmax divides by a zero range and gives NaN, so b is missing for everyone and
        // Top is a's normalised value alone: 50, 50, 0, 100.
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 1));
        var data = TinyModel.Data(null, ("a", [10.0, 10, 0, 20]), ("b", [7.0, 7, 7, 7]));

        var result = CompositeCalculator.Compute(model, data);

        Assert.All(result.ScoresOf("b"), s => Assert.True(double.IsNaN(s)));
        Assert.Equal([50.0, 50, 0, 100], result.ScoresOf("Top"));
        Assert.Equal([2, 2, 4, 1], result.RanksOf("Top"));
    }

    [Fact]
    public void GeometricMean_ChildrenInAnotherOrder_GiveTheSameDouble()
    {
        var model = TinyModel.Model(("a", 1, 1), ("b", 1, 2), ("c", 1, 1));
        var data = TinyModel.Data(null, ("a", [3.7, 9.1]), ("b", [5.3, 5.3]), ("c", [9.1, 3.7]));

        var result = CompositeCalculator.Compute(model, data, Raw with { Aggregation = AggregationMethod.GeometricMean });

        Assert.Equal(result.ScoresOf("Top")[0], result.ScoresOf("Top")[1]);
        Assert.Equal([1, 1], result.RanksOf("Top"));
    }
}
