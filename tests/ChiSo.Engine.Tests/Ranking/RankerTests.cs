using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Tests.Ranking;

public class RankerTests
{
    [Fact]
    public void Rank_Ties_ShareTheLowestRankAndSkipTheNext()
    {
        double[] values = [10, 8, 8, 5];

        var ranks = Ranker.Rank(values);

        Assert.Equal([1, 2, 2, 4], ranks);
    }

    [Fact]
    public void Rank_MissingValue_IsUnrankedAndTakesNoPlace()
    {
        double[] values = [double.NaN, 3, 7];

        var ranks = Ranker.Rank(values);

        Assert.Equal([Ranker.Unranked, 2, 1], ranks);
    }

    [Fact]
    public void Rank_RoundToFourDecimals_TiesValuesThatPrintTheSame()
    {
        // 0.12345 rounds away from zero to 0.1235, the same as 0.12349; 0.1234 stays below.
        double[] values = [0.12345, 0.12349, 0.1234];

        var ranks = Ranker.Rank(values, new RankingOptions { RoundDecimals = 4 });

        Assert.Equal([1, 1, 3], ranks);
    }

    [Fact]
    public void Rank_WithoutRounding_TinyDifferencesCount()
    {
        double[] values = [0.12345, 0.12349];

        var ranks = Ranker.Rank(values);

        Assert.Equal([2, 1], ranks);
    }

    [Fact]
    public void Rank_ExcludedUnit_GetsNoRankAndOthersCloseUp()
    {
        double[] values = [9, 8, 7];

        var ranks = Ranker.Rank(values, new RankingOptions { Excluded = [true, false, false] });

        Assert.Equal([Ranker.Unranked, 1, 2], ranks);
    }

    [Fact]
    public void RankWithinGroups_RanksEachGroupSeparately_NullGroupUnranked()
    {
        double[] values = [5, 9, 7, 9, 1];
        string?[] groups = ["A", "B", "A", "B", null];

        var ranks = Ranker.RankWithinGroups(values, groups);

        Assert.Equal([2, 1, 1, 1, Ranker.Unranked], ranks);
    }

    [Fact]
    public void Rank_NegativeAndZero_OrderedCorrectly()
    {
        double[] values = [-1, 0, -0.0, 2];

        var ranks = Ranker.Rank(values);

        Assert.Equal([4, 2, 2, 1], ranks);
    }

    [Fact]
    public void Rank_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranker.Rank([1.0], new RankingOptions { RoundDecimals = 16 }));
    }
}
