namespace ChiSo.Engine.Composite;

/// <summary>What outlier treatment did to one indicator.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Winsorised">Points winsorised, counted as COINr's <c>nwin</c> (points tied at the last winsorised extremes).</param>
/// <param name="LogTransformed">True when winsorisation failed and the original values were log-transformed.</param>
/// <param name="Passes">True when the final values pass the skewness/kurtosis check.</param>
public sealed record TreatmentRecord(string Code, int Winsorised, bool LogTransformed, bool Passes);

/// <summary>
/// COINr's default <c>Treat</c>: an indicator passes if |skew| &lt; skew threshold OR kurtosis &lt; kurtosis threshold
/// (<see cref="ColumnStatistics"/>). Otherwise the highest (positive skew) or lowest (negative skew) value, with all
/// its ties, is set to the next distinct value, re-checking each time, until it passes or the count of points at
/// the winsorised extremes reaches the limit. If it still fails, the ORIGINAL values get COINr's <c>log_CT</c>:
/// ln(x − min + 0.01(max − min)). Fewer than 4 values, or zero variance, cannot be checked and are left alone.
/// </summary>
internal static class OutlierTreatment
{
    public static TreatmentRecord Treat(string code, Span<double> x, int winMax, double skewLimit, double kurtLimit)
    {
        var first = Check(x, skewLimit, kurtLimit);
        if (first != false)
        {
            return new TreatmentRecord(code, 0, false, first == true);
        }

        var work = x.ToArray();
        var (count, passes) = Winsorise(work, winMax, skewLimit, kurtLimit);
        if (passes)
        {
            work.CopyTo(x);
            return new TreatmentRecord(code, count, false, true);
        }

        LogCt(x);
        return new TreatmentRecord(code, 0, true, Check(x, skewLimit, kurtLimit) == true);
    }

    /// <summary>True = passes, false = fails, null = cannot be decided (too few values or no spread).</summary>
    internal static bool? Check(ReadOnlySpan<double> x, double skewLimit, double kurtLimit)
    {
        var skew = ColumnStatistics.Skewness(x);
        var kurt = ColumnStatistics.Kurtosis(x);
        if (double.IsNaN(skew) || double.IsNaN(kurt))
        {
            return null;
        }

        return Math.Abs(skew) < skewLimit || kurt < kurtLimit;
    }

    private static (int Count, bool Passes) Winsorise(double[] x, int winMax, double skewLimit, double kurtLimit)
    {
        int lastHigh = 0, lastLow = 0;
        var passes = false;
        while (!passes && lastHigh + lastLow < winMax)
        {
            var high = ColumnStatistics.Skewness(x) >= 0;
            var moved = ReplaceExtreme(x, high);
            if (moved == 0)
            {
                break;
            }

            if (high)
            {
                lastHigh = moved;
            }
            else
            {
                lastLow = moved;
            }

            passes = Check(x, skewLimit, kurtLimit) == true;
        }

        return (lastHigh + lastLow, passes);
    }

    private static int ReplaceExtreme(double[] x, bool high)
    {
        var (min, max) = ColumnStatistics.Range(x);
        var extreme = high ? max : min;
        var next = high ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && v != extreme && (high ? v > next : v < next))
            {
                next = v;
            }
        }

        if (double.IsInfinity(next))
        {
            return 0;
        }

        var moved = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == extreme)
            {
                x[i] = next;
                moved++;
            }
        }

        return moved;
    }

    private static void LogCt(Span<double> x)
    {
        var (min, max) = ColumnStatistics.Range(x);
        var shift = 0.01 * (max - min);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Math.Log(x[i] - min + shift);
        }
    }
}
