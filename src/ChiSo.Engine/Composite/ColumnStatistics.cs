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

    /// <summary>Mean of non-NaN values and their count; NaN when there are none.</summary>
    public static (double Mean, int Count) Mean(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return (n == 0 ? double.NaN : sum / n, n);
    }

    /// <summary>Sample standard deviation (n − 1) of non-NaN values, as R's <c>sd</c>; NaN for fewer than 2 values.</summary>
    public static double SampleSd(ReadOnlySpan<double> x, double mean, int count)
    {
        if (count < 2)
        {
            return double.NaN;
        }

        var ss = 0.0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                ss += (v - mean) * (v - mean);
            }
        }

        return Math.Sqrt(ss / (count - 1));
    }

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

    private static (double S2, double S3, double S4) CentralSums(ReadOnlySpan<double> x, double mean)
    {
        double s2 = 0, s3 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
            }
        }

        return (s2, s3, s4);
    }
}
