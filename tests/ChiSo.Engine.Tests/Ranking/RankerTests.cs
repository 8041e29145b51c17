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

/// <summary>
/// Large sets are sorted by a radix sort of the keys' bits: the ranks must be those of the definition (one plus
/// the number of strictly better units), ties, negative zero, infinities and missing values included.
/// </summary>
public class RankerLargeSetTests
{
    [Theory]
    [InlineData(511, 0)]
    [InlineData(512, 0)]
    [InlineData(20_000, 0)]
    [InlineData(5_000, 1)]
    [InlineData(5_000, 2)]
    [InlineData(5_000, 3)]
    public void Rank_LargeSet_IsOnePlusTheNumberOfStrictlyBetterUnits(int count, int spread)
    {
        // Narrow spreads leave some bytes of the keys alike in every unit, so the sort skips passes (an odd
        // number of them leaves the result in its second buffer).
        var random = new Random(count + spread);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = spread switch
            {
                1 => random.Next(1000),
                2 => 64 + (random.Next(256) / 4.0),
                3 => random.NextDouble() * 100,
                _ => Mixed(i, random),
            };
        }

        var ranks = Ranker.Rank(values);

        var sorted = values.Where(v => !double.IsNaN(v)).OrderByDescending(v => v).ToArray();
        for (var i = 0; i < count; i++)
        {
            var v = values[i];
            var expected = double.IsNaN(v) ? Ranker.Unranked : 1 + CountAbove(sorted, v);
            Assert.True(expected == ranks[i], $"unit {i} ({v}): rank {ranks[i]}, expected {expected}");
        }
    }

    private static double Mixed(int i, Random random) => (i % 7) switch
    {
        0 => Math.Round(random.NextDouble() * 20) - 10, // many ties, negative values
        1 => i % 2 == 0 ? 0.0 : -0.0,
        2 => double.NaN,
        3 => i % 3 == 0 ? double.PositiveInfinity : double.NegativeInfinity,
        4 => double.Epsilon * (random.Next(3) - 1),
        _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)),
    };

    [Fact]
    public void RankWithinGroups_LargeGroups_RankInsideEachGroup()
    {
        var values = Enumerable.Range(0, 3000).Select(i => (double)(i % 1000)).ToArray();
        var groups = Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "A" : "B").ToArray();

        var ranks = Ranker.RankWithinGroups(values, groups);

        // Group A holds each even value 0…998 three times (1500 units): 998 is first, shared by three.
        Assert.Equal(1, ranks[998]);
        Assert.Equal(1, ranks[1998]);
        Assert.Equal(4, ranks[996]);
        Assert.Equal(1498, ranks[0]);
    }

    private static int CountAbove(double[] descending, double value)
    {
        var n = 0;
        while (n < descending.Length && descending[n] > value)
        {
            n++;
        }

        return n;
    }
}
