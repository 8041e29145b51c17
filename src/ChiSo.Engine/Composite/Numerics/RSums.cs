namespace ChiSo.Engine.Composite.Numerics;

/// <summary>
/// R's <c>sum</c>, <c>mean</c> and <c>var</c> over the non-missing values of a column, in R's own order of
/// operations and in its 80-bit accumulator (<see cref="LongDouble"/>), so that COINr's results are reproduced
/// bit for bit and not merely to 1e-12.
/// </summary>
internal static class RSums
{
    /// <summary>R's <c>sum(x, na.rm = TRUE)</c>: accumulated in extended precision, rounded once at the end.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        var s = LongDouble.Zero;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                s += v;
            }
        }

        return s.ToDouble();
    }

    /// <summary>
    /// R's <c>mean(x, na.rm = TRUE)</c> (summary.c): the extended sum divided by n, then corrected by the mean of
    /// the residuals, also in extended precision. NaN when there is no value.
    /// </summary>
    public static (double Mean, int Count) Mean(ReadOnlySpan<double> x)
    {
        var (mean, count) = ExtendedMean(x);
        return (count == 0 ? double.NaN : mean.ToDouble(), count);
    }

    /// <summary>
    /// R's <c>var(x, na.rm = TRUE)</c> (cov.c, complete cases): the two-pass mean rounded to a double, then
    /// Σ (x − mean)² in extended precision, divided by n − 1. NaN for fewer than two values.
    /// </summary>
    public static double Variance(ReadOnlySpan<double> x)
    {
        var (mean, count) = Mean(x);
        if (count < 2)
        {
            return double.NaN;
        }

        var m = LongDouble.FromDouble(mean);
        var s = LongDouble.Zero;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = LongDouble.FromDouble(v) - m;
                s += d * d;
            }
        }

        return (s / LongDouble.FromInt(count - 1)).ToDouble();
    }

    private static (LongDouble Mean, int Count) ExtendedMean(ReadOnlySpan<double> x)
    {
        var s = LongDouble.Zero;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                s += v;
                n++;
            }
        }

        if (n == 0)
        {
            return (LongDouble.Zero, 0);
        }

        var count = LongDouble.FromInt(n);
        s /= count;
        var t = LongDouble.Zero;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                t += LongDouble.FromDouble(v) - s;
            }
        }

        return (s + (t / count), n);
    }
}
