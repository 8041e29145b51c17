using ChiSo.Engine.Lineage;
using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Tests.Ranking;

public class RankMovementTests
{
    private static readonly Dictionary<string, IReadOnlyList<Predecessor>> NoLineage = [];

    [Fact]
    public void Compare_SameUnits_UsesEachUnitsPublishedRank()
    {
        // Now A 1, B 2, C 2 (tied), D 4; earlier A 3, B 1, C 2, D not assessed.
        var earlier = new EarlierNode(["A", "B", "C"], [0.5, 0.9, 0.7], [3, 1, 2]);

        var movement = RankMovement.Compare(["A", "B", "C", "D"], [1, 2, 2, 4], earlier, NoLineage);

        Assert.Equal(ComparisonRule.OwnRank, movement.Rule);
        Assert.Equal([MovementKind.Up, MovementKind.Down, MovementKind.Same, MovementKind.New], movement.Moves.Select(m => m.Kind));
        Assert.Equal([2, -1, 0, 0], movement.Moves.Select(m => m.Places));
    }

    [Fact]
    public void Compare_OwnRank_KeepsThePublishedRankEvenWhenAnEarlierUnitIsGone()
    {
        // Earlier X ranked 1 and is not assessed now: B keeps its published 3, not the 2 it would have without X.
        var earlier = new EarlierNode(["X", "A", "B"], [0.9, 0.8, 0.7], [1, 2, 3]);

        var movement = RankMovement.Compare(["A", "B"], [1, 2], earlier, NoLineage);

        Assert.Equal([(MovementKind.Up, 1), (MovementKind.Up, 1)], movement.Moves.Select(m => (m.Kind, m.Places)));
    }

    [Fact]
    public void Compare_UnrankedNow_HasNoMovement()
    {
        var earlier = new EarlierNode(["A", "B"], [0.9, 0.7], [1, 2]);

        var movement = RankMovement.Compare(["A", "B"], [Ranker.Unranked, 1], earlier, NoLineage);

        Assert.Equal([MovementKind.None, MovementKind.Up], movement.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Compare_Merger_RanksTheMeanOfThePredecessorsAmongTheCurrentUnits()
    {
        // 2023 (63 provinces): Đà Nẵng 0,8335, Quảng Nam 0,5803, Huế 0,7000, Quảng Ngãi 0,6000, Kon Tum 0,4000.
        // 2025 (34): Đà Nẵng (48) = 48 + 49, Quảng Ngãi (51) = 51 + 62, Huế unchanged.
        // Back-cast: Đà Nẵng (0,8335 + 0,5803) / 2 = 0,7069; Quảng Ngãi (0,6 + 0,4) / 2 = 0,5; Huế 0,7.
        // Ranked among the current units: Đà Nẵng 1, Huế 2, Quảng Ngãi 3. Now: Huế 1, Đà Nẵng 2, Quảng Ngãi 3.
        var earlier = new EarlierNode(["48", "49", "46", "51", "62"], [0.8335, 0.5803, 0.7, 0.6, 0.4], [1, 4, 2, 3, 5]);
        var lineage = new Dictionary<string, IReadOnlyList<Predecessor>>
        {
            ["48"] = [new("48"), new("49")],
            ["51"] = [new("51"), new("62")],
        };

        var movement = RankMovement.Compare(["46", "48", "51"], [1, 2, 3], earlier, lineage, new RankingOptions { RoundDecimals = 4 });

        Assert.Equal(ComparisonRule.BackCastMean, movement.Rule);
        Assert.Equal([2, 1, 3], movement.Moves.Select(m => m.Earlier));
        Assert.Equal([(MovementKind.Up, 1), (MovementKind.Down, -1), (MovementKind.Same, 0)], movement.Moves.Select(m => (m.Kind, m.Places)));
    }

    [Fact]
    public void Compare_MergerWithTiedBackCasts_SharesTheEarlierRank()
    {
        // P = mean(0,8; 0,6) = 0,7 ties with Q's own 0,7: both earlier rank 1; R 0,5 is 3.
        var earlier = new EarlierNode(["P1", "P2", "Q", "R"], [0.8, 0.6, 0.7, 0.5], [1, 3, 2, 4]);
        var lineage = new Dictionary<string, IReadOnlyList<Predecessor>> { ["P"] = [new("P1"), new("P2")] };

        var movement = RankMovement.Compare(["P", "Q", "R"], [1, 2, 2], earlier, lineage);

        Assert.Equal([1, 1, 3], movement.Moves.Select(m => m.Earlier));
        Assert.Equal([MovementKind.Same, MovementKind.Down, MovementKind.Up], movement.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Compare_MergerWithAMissingPredecessorValue_IsNew()
    {
        var earlier = new EarlierNode(["P1", "P2", "Q"], [0.8, double.NaN, 0.7], [1, 0, 2]);
        var lineage = new Dictionary<string, IReadOnlyList<Predecessor>> { ["P"] = [new("P1"), new("P2")], ["N"] = [new("GONE")] };

        var movement = RankMovement.Compare(["P", "Q", "N"], [2, 1, 3], earlier, lineage);

        Assert.Equal([MovementKind.New, MovementKind.Same, MovementKind.New], movement.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void RuleFor_NoSuccessor_IsOwnRank()
    {
        Assert.Equal(ComparisonRule.OwnRank, RankMovement.RuleFor(NoLineage));
        Assert.Equal(ComparisonRule.BackCastMean, RankMovement.RuleFor(new Dictionary<string, IReadOnlyList<Predecessor>> { ["P"] = [new("Q")] }));
    }
}
