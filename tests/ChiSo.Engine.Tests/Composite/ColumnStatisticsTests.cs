using ChiSo.Engine.Composite;

namespace ChiSo.Engine.Tests.Composite;

public class ColumnStatisticsTests
{
    [Fact]
    public void Skewness_And_Kurtosis_MatchTheType2FormulasByHand()
    {
        // x = 1, 2, 3, 10: mean 4, deviations −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394, n = 4.
        // skew: g1 = √4·180/50^1.5 = 1.0182337649; G1 = g1·√(4·3)/2 = 1.7636326148 (Excel SKEW gives the same).
        // kurt: r = 4·1394/50² = 2.2304; ((5)(2.2304 − 3) + 6)(3)/((2)(1)) = 3.228 (Excel KURT).
        double[] x = [1, 2, double.NaN, 3, 10];

        Assert.Equal(1.7636326148, ColumnStatistics.Skewness(x), 1e-9);
        Assert.Equal(3.228, ColumnStatistics.Kurtosis(x), 1e-12);
    }

    [Fact]
    public void Kurtosis_OneToTen_IsMinusOnePointTwo()
    {
        // Excel: =KURT(1,2,...,10) = −1.2; =SKEW(...) = 0 (symmetric).
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(-1.2, ColumnStatistics.Kurtosis(x), 1e-12);
        Assert.Equal(0, ColumnStatistics.Skewness(x), 1e-12);
    }

    [Fact]
    public void Skewness_TooFewValues_IsNaN()
    {
        Assert.True(double.IsNaN(ColumnStatistics.Skewness([1.0, 2.0])));
        Assert.True(double.IsNaN(ColumnStatistics.Kurtosis([1.0, 2.0, 3.0])));
    }
}
