using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Scoring;

internal static class RankingAdapter
{
    public static int[] RankWithinGroups(double[] values, string?[] groups, int? round) =>
        Ranker.RankWithinGroups(values, groups, new Ranking.RankingOptions { RoundDecimals = round });
}
