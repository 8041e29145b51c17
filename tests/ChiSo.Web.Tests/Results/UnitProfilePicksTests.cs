using ChiSo.Data.Results;
using ChiSo.Engine;
using ChiSo.Web.Features.Results;

namespace ChiSo.Web.Tests.Results;

/// <summary>Strengths and weaknesses on a hand-made tree: total (rank 10), two groups, four criteria, one view.</summary>
public sealed class UnitProfilePicksTests
{
    private static UnitProfileRow Row(int index, string code, string? parent, double max, double points, int rank, bool leaf, bool view = false) =>
        new(new ResultColumn(index, code, Bilingual.Same(code), max, parent is null ? (index == 0 ? 0 : 1) : 2, parent, view, true),
            points, max - points, points / max, rank, 20, false, leaf);

    private static readonly UnitProfileRow[] Rows =
    [
        Row(0, "T", null, 100, 60, 10, leaf: false),
        Row(1, "A", null, 50, 40, 4, leaf: false),
        Row(2, "A.1", "A", 25, 24, 2, leaf: true),
        Row(3, "A.2", "A", 25, 16, 12, leaf: true),
        Row(4, "B", null, 50, 20, 15, leaf: false),
        Row(5, "B.1", "B", 25, 5, 18, leaf: true),
        Row(6, "B.2", "B", 25, 15, 9, leaf: true),
        Row(7, "V", null, 100, 55, 13, leaf: false, view: true),
    ];

    [Fact]
    public void MostLost_OrdersCriteriaByPointsLost()
    {
        // Lost: A.1 1, A.2 9, B.1 20, B.2 10; groups and views are not criteria.
        Assert.Equal(["B.1", "B.2", "A.2"], UnitProfilePicks.MostLost(Rows, 3).Select(r => r.Column.Code));
    }

    [Fact]
    public void FurthestBelow_GroupsAndViewsRankedWorseThanOverall_FurthestFirst()
    {
        // Overall 10: B is 15 (5 below), V 13 (3 below); A (4) is above. Criteria are left out while groups exist.
        Assert.Equal(["B", "V"], UnitProfilePicks.FurthestBelow(Rows, 10, 5).Select(r => r.Column.Code));
    }

    [Fact]
    public void FurthestAbove_GroupsRankedBetterThanOverall()
    {
        Assert.Equal(["A"], UnitProfilePicks.FurthestAbove(Rows, 10, 5).Select(r => r.Column.Code));
    }

    [Fact]
    public void FurthestBelow_FlatFramework_UsesCriteria()
    {
        UnitProfileRow[] flat = [Rows[0], Rows[2], Rows[3], Rows[5]];

        Assert.Equal(["B.1", "A.2"], UnitProfilePicks.FurthestBelow(flat, 10, 5).Select(r => r.Column.Code));
    }

    [Fact]
    public void Unranked_HasNoRankPicks()
    {
        Assert.Empty(UnitProfilePicks.FurthestBelow(Rows, 0, 5));
    }

    [Fact]
    public void Quantiles_FiveClassesOfTenFigures_TwoEach_TiesKeptTogether()
    {
        var classes = MapClasses.Quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, (a, b) => $"{a}-{b}");
        Assert.Equal(["1-2", "3-4", "5-6", "7-8", "9-10"], classes.Select(c => c.Label));

        var tied = MapClasses.Quantiles([1, 1, 1, 1, 5, 6, double.NaN], 5, (a, b) => $"{a}-{b}");
        Assert.Equal(["1-1", "5-5", "6-6"], tied.Select(c => c.Label));
        Assert.Equal(1, MapClasses.Of(tied, 5));
    }
}
