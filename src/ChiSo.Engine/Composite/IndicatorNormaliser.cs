using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Composite;

/// <summary>Normalises one indicator column in place, with COINr's formulas (see <see cref="NormalisationMethod"/>).</summary>
internal static class IndicatorNormaliser
{
    /// <summary>Returns false when the method cannot be applied to this indicator (missing goalposts or target).</summary>
    public static bool Normalise(Span<double> x, CompositeNode node, CompositeOptions options)
    {
        switch (options.Normalisation)
        {
            case NormalisationMethod.None:
                return true;
            case NormalisationMethod.MinMax:
                Flip(x, node.Direction);
                MinMax(x, options.MinMaxLower, options.MinMaxUpper);
                return true;
            case NormalisationMethod.ZScore:
                Flip(x, node.Direction);
                ZScore(x, options.ZScoreMean, options.ZScoreSd);
                return true;
            case NormalisationMethod.Rank:
                Flip(x, node.Direction);
                AscendingRank(x);
                return true;
            case NormalisationMethod.Goalposts:
                return options.Goalposts.TryGetValue(node.Code, out var posts) && Goalposts(x, posts, node.Direction, options.GoalpostScale);
            case NormalisationMethod.DistanceToTarget:
                return node.Target is { } target && DistanceToTarget(x, target, node.Direction, options.CapAtTarget);
        }

        return false;
    }

    private static void Flip(Span<double> x, int direction)
    {
        if (direction == -1)
        {
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = -x[i];
            }
        }
    }

    private static void MinMax(Span<double> x, double lower, double upper)
    {
        // COINr divides by (max − min) even when it is 0, so a constant indicator becomes NaN; we match it.
        var (min, max) = ColumnStatistics.Range(x);
        var range = max - min;
        var width = upper - lower;
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (x[i] - min) / range * width + lower;
        }
    }

    private static void ZScore(Span<double> x, double mean, double sd)
    {
        var (m, n) = ColumnStatistics.Mean(x);
        var s = ColumnStatistics.SampleSd(x, m, n);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (x[i] - m) / s * sd + mean;
        }
    }

    private static void AscendingRank(Span<double> x)
    {
        // Competition rank of −x from the top equals R's rank(x, ties = "min") from the bottom.
        var negated = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            negated[i] = -x[i];
        }

        var ranks = Ranker.Rank(negated);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = double.IsNaN(x[i]) ? double.NaN : ranks[i];
        }
    }

    private static bool Goalposts(Span<double> x, Goalposts posts, int direction, double scale)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var y = direction == -1
                ? (x[i] - posts.Upper) / (posts.Lower - posts.Upper)
                : (x[i] - posts.Lower) / (posts.Upper - posts.Lower);
            x[i] = Math.Clamp(y, 0, 1) * scale;
        }

        return true;
    }

    private static bool DistanceToTarget(Span<double> x, double target, int direction, bool cap)
    {
        var (min, max) = ColumnStatistics.Range(x);
        for (var i = 0; i < x.Length; i++)
        {
            var y = direction == -1 ? (max - x[i]) / (max - target) : (x[i] - min) / (target - min);
            x[i] = cap && y > 1 ? 1 : y;
        }

        return true;
    }
}
