namespace ChiSo.Engine.Scoring;

// Temporary until the Ranking branch lands; then this delegates to it.
internal static class RankingAdapter
{
    public static int[] RankWithinGroups(double[] values, string?[] groups, int? round)
    {
        var ranks = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (groups[i] is null || double.IsNaN(values[i]))
            {
                continue;
            }

            var vi = round is { } r ? Math.Round(values[i], r, MidpointRounding.AwayFromZero) : values[i];
            var better = 0;
            for (var j = 0; j < values.Length; j++)
            {
                if (j == i || groups[j] != groups[i] || double.IsNaN(values[j]))
                {
                    continue;
                }

                var vj = round is { } r2 ? Math.Round(values[j], r2, MidpointRounding.AwayFromZero) : values[j];
                if (vj > vi)
                {
                    better++;
                }
            }

            ranks[i] = better + 1;
        }

        return ranks;
    }
}
