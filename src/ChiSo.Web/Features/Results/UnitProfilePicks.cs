namespace ChiSo.Web.Features.Results;

/// <summary>
/// Strengths and weaknesses of a profile: the criteria that lost the most points, and the nodes and views whose rank is
/// furthest from the unit's overall rank. Ties keep the tree's order, so the lists are the same on every request.
/// </summary>
public static class UnitProfilePicks
{
    /// <summary>Criteria (leaves) with points lost, most lost first; those that lost nothing are not weaknesses.</summary>
    public static IReadOnlyList<UnitProfileRow> MostLost(IReadOnlyList<UnitProfileRow> rows, int count)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => r.IsLeaf && r.Lost is > 0)
            .OrderByDescending(r => r.Lost!.Value).ThenBy(r => r.Column.Index).Take(count)];
    }

    // Groups, indices and views: a criterion's rank is mostly a tie (yes/no criteria), so criteria count only in a flat framework.
    /// <summary>Nodes and views (not the total) ranked worse than <paramref name="overallRank"/>, the furthest first.</summary>
    public static IReadOnlyList<UnitProfileRow> FurthestBelow(IReadOnlyList<UnitProfileRow> rows, int overallRank, int count) =>
        Gaps(rows, overallRank).Where(p => p.Gap > 0).OrderByDescending(p => p.Gap).ThenBy(p => p.Row.Column.Index)
            .Take(count).Select(p => p.Row).ToList();

    /// <summary>Nodes and views (not the total) ranked better than <paramref name="overallRank"/>, the furthest first.</summary>
    public static IReadOnlyList<UnitProfileRow> FurthestAbove(IReadOnlyList<UnitProfileRow> rows, int overallRank, int count) =>
        Gaps(rows, overallRank).Where(p => p.Gap < 0).OrderBy(p => p.Gap).ThenBy(p => p.Row.Column.Index)
            .Take(count).Select(p => p.Row).ToList();

    private static IEnumerable<(UnitProfileRow Row, int Gap)> Gaps(IReadOnlyList<UnitProfileRow> rows, int overallRank)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (overallRank <= 0)
        {
            return [];
        }

        var ranked = rows.Where(r => r.Column.Index != 0 && r.Rank > 0).ToList();
        var above = ranked.Where(r => !r.IsLeaf).ToList();
        return (above.Count > 0 ? above : ranked).Select(r => (r, r.Rank - overallRank));
    }
}

/// <summary>What a list of picks shows beside each node.</summary>
public enum PickShow
{
    Rank,
    Lost,
}
