using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

public class ImputationAndTreatmentTests
{
    private static readonly CompositeOptions Raw = new() { Normalisation = NormalisationMethod.None };

    [Fact]
    public void ColumnMean_FillsWithTheMeanOfPresentValues()
    {
        var model = TinyModel.Model(("a", 1, 1));
        var data = TinyModel.Data(null, ("a", [1.0, double.NaN, 5]));

        var a = CompositeCalculator.Compute(model, data, Raw with { Imputation = ImputationMethod.ColumnMean }).ScoresOf("a");

        Assert.Equal([1, 3, 5], a);
    }

    [Fact]
    public void GroupMean_UsesTheGroup_FallsBackToColumnMeanForAnEmptyGroup()
    {
        // Group X: 2 and 4 → 3. Group Y has no value → column mean (2 + 4 + 9)/3 = 5.
        var model = TinyModel.Model(("a", 1, 1));
        var data = TinyModel.Data(["X", "X", "X", "Y", "Z"], ("a", [2.0, 4, double.NaN, double.NaN, 9]));

        var options = Raw with { Imputation = ImputationMethod.GroupMean, ImputationGroup = "Grp" };
        var a = CompositeCalculator.Compute(model, data, options).ScoresOf("a");

        Assert.Equal([2, 4, 3, 5, 9], a);
    }

    [Fact]
    public void GroupMean_UnknownGroupColumn_IsReported()
    {
        var model = TinyModel.Model(("a", 1, 1));
        var data = TinyModel.Data(null, ("a", [2.0, double.NaN]));

        var result = CompositeCalculator.Compute(model, data, Raw with { Imputation = ImputationMethod.GroupMean, ImputationGroup = "Nope" });

        Assert.Contains(result.Problems, p => p.Code == "CO105");
    }

    [Fact]
    public void Treatment_CoinrExample_WinsorisesOnePoint()
    {
        // COINr's treat vignette: x = 1..10, 30, 100 has skew 3.06 and kurtosis 9.74 (fails both).
        // Winsorising 100 → 30 gives skew 1.71 (< 2), which passes, so one point is treated.
        var model = TinyModel.Model(("a", 1, 1));
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

        var result = CompositeCalculator.Compute(model, TinyModel.Data(null, ("a", x)), Raw with { Treatment = TreatmentMethod.WinsoriseThenLog });

        Assert.Equal(new TreatmentRecord("a", 1, false, true), result.Treatments[0]);
        Assert.Equal(30, result.ScoresOf("a")[11]);
        Assert.Equal(100, x[11]);
    }

    [Fact]
    public void Treatment_WinsorisingNotAllowed_LogTransformsTheOriginal()
    {
        // log_CT: ln(x − min + 0.01(max − min)) with min 1, max 100: ln(0.99) for 1, ln(99.99) for 100.
        var model = TinyModel.Model(("a", 1, 1));
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

        var options = Raw with { Treatment = TreatmentMethod.WinsoriseThenLog, WinsoriseMax = 0 };
        var result = CompositeCalculator.Compute(model, TinyModel.Data(null, ("a", x)), options);

        Assert.True(result.Treatments[0].LogTransformed);
        Assert.Equal(Math.Log(0.99), result.ScoresOf("a")[0], 1e-12);
        Assert.Equal(Math.Log(99.99), result.ScoresOf("a")[11], 1e-12);
    }

    [Fact]
    public void Treatment_WellBehavedIndicator_IsLeftAlone()
    {
        var model = TinyModel.Model(("a", 1, 1));

        var result = CompositeCalculator.Compute(model, TinyModel.Data(null, ("a", [1.0, 2, 3, 4, 5])), Raw with { Treatment = TreatmentMethod.WinsoriseThenLog });

        Assert.Equal(new TreatmentRecord("a", 0, false, true), result.Treatments[0]);
    }
}
