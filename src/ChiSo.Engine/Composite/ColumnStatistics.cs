using ChiSo.Engine.Composite.Numerics;

namespace ChiSo.Engine.Composite;

/// <summary>Statistics over the non-missing values of a column, with COINr's definitions.</summary>
public static class ColumnStatistics
{
    /// <summary>Minimum and maximum of non-NaN values; (NaN, NaN) when there are none.</summary>
    public static (double Min, double Max) Range(ReadOnlySpan<double> x)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in x)
        {
            // NaN fails both comparisons, so missing values are skipped for free.
            if (v < min)
            {
                min = v;
            }

            if (v > max)
            {
                max = v;
            }
        }

        return min > max ? (double.NaN, double.NaN) : (min, max);
    }

    /// <summary>Mean of non-NaN values and their count, as R's <c>mean(x, na.rm = TRUE)</c>; NaN when there are none.</summary>
    public static (double Mean, int Count) Mean(ReadOnlySpan<double> x) => RSums.Mean(x);

    /// <summary>
    /// Sample standard deviation (n − 1) of non-NaN values, as R's <c>sd</c> (the square root of <c>var</c>);
    /// NaN for fewer than 2 values. <paramref name="mean"/> and <paramref name="count"/> are those of
    /// <see cref="Mean"/>; R computes the same mean inside <c>var</c>.
    /// </summary>
    public static double SampleSd(ReadOnlySpan<double> x, double mean, int count) =>
        count < 2 ? double.NaN : Math.Sqrt(RSums.Variance(x));

    /// <summary>
    /// Skewness as COINr's <c>skew</c> (e1071 type 2, Excel's SKEW): G1 = g1·√(n(n−1))/(n−2), with
    /// g1 = √n·Σd³/(Σd²)^1.5. NaN for fewer than 3 values or zero variance.
    /// </summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var (mean, n) = Mean(x);
        if (n < 3)
        {
            return double.NaN;
        }

        var (s2, s3, _) = CentralSums(x, mean);
        var g1 = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g1 * Math.Sqrt((double)n * (n - 1)) / (n - 2);
    }

    /// <summary>
    /// Excess kurtosis as COINr's <c>kurt</c> (e1071 type 2, Excel's KURT): ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)),
    /// with r = n·Σd⁴/(Σd²)². NaN for fewer than 4 values or zero variance.
    /// </summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var (mean, n) = Mean(x);
        if (n < 4)
        {
            return double.NaN;
        }

        var (s2, _, s4) = CentralSums(x, mean);
        var r = n * s4 / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double)(n - 2) * (n - 3));
    }

    // As COINr's skew and kurt: x − mean(x) in doubles, then R's sum of x^2, x^3 and x^4 (R's ^ is C's pow,
    // except x^2, which R computes as x·x).
    private static (double S2, double S3, double S4) CentralSums(ReadOnlySpan<double> x, double mean)
    {
        LongDouble s2 = LongDouble.Zero, s3 = LongDouble.Zero, s4 = LongDouble.Zero;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                s2 += d * d;
                s3 += Math.Pow(d, 3);
                s4 += Math.Pow(d, 4);
            }
        }

        return (s2.ToDouble(), s3.ToDouble(), s4.ToDouble());
    }
}
