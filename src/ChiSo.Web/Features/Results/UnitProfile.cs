using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Results;

/// <summary>One node or view of a unit's score tree: what it earned, what it lost, its value and its rank there.</summary>
/// <remarks>Column: The column of the results table (a node, or a view after the nodes). Points: Points earned; NaN when not scored. Lost: Max points − points; null when the node states no maximum. Value: Points ÷ max (0–1); NaN when not scored. Rank: Competition rank among the units at this node; 0 when unranked. Ranked: How many units have a rank at this node. IsLeaf: True for a criterion (a node with no child); false for groups, the total and views.</remarks>
public sealed record UnitProfileRow(
    ResultColumn Column, double Points, double? Lost, double Value, int Rank, int Ranked, bool Incomplete, bool IsLeaf);

/// <summary>
/// A unit's results read from one snapshot, every column generically (the total is column 0, main indices are depth 1,
/// views come after the nodes), with its strengths and weaknesses. Built from the cached <see cref="CampaignResults"/>
/// alone: no query.
/// </summary>
public sealed class UnitProfile
{
    /// <summary>How many nodes each list of strengths and weaknesses names.</summary>
    public const int PickCount = 5;

    /// <summary>A unit code in an address longer than this names no unit (official codes have 2–5 digits; bodies' a few more).</summary>
    public const int MaxCodeLength = 64;

    private UnitProfile(CampaignResults results, ResultUnit unit, IReadOnlyList<UnitProfileRow> rows)
    {
        Results = results;
        Unit = unit;
        Rows = rows;
    }

    public CampaignResults Results { get; }

    public ResultUnit Unit { get; }

    /// <summary>Every column in the snapshot's order: the total, the tree in plan order, then the views.</summary>
    public IReadOnlyList<UnitProfileRow> Rows { get; }

    public UnitProfileRow Total => Rows[0];

    /// <summary>
    /// The main indices, the radar's axes: the framework's roots, or the level below when there are fewer than three
    /// roots (the DTI's two groups hold its nine main indices).
    /// </summary>
    public IReadOnlyList<UnitProfileRow> MainIndices
    {
        get
        {
            var scored = Rows.Where(r => r.Column is { IsView: false, Scored: true } && r.Column.Index != 0).ToList();
            var roots = scored.Where(r => r.Column.Depth == 1).ToList();
            var below = scored.Where(r => r.Column.Depth == 2).ToList();
            return roots.Count < 3 && below.Count >= 3 ? below : roots;
        }
    }

    /// <summary>The criteria that lost the most points.</summary>
    public IReadOnlyList<UnitProfileRow> MostLost => UnitProfilePicks.MostLost(Rows, PickCount);

    /// <summary>The nodes and views ranked furthest below the unit's overall rank.</summary>
    public IReadOnlyList<UnitProfileRow> Weakest => UnitProfilePicks.FurthestBelow(Rows, Total.Rank, PickCount);

    /// <summary>The nodes and views ranked furthest above the unit's overall rank.</summary>
    public IReadOnlyList<UnitProfileRow> Strongest => UnitProfilePicks.FurthestAbove(Rows, Total.Rank, PickCount);

    /// <summary>The profile of the unit with <paramref name="unitCode"/>, or null when the snapshot has no such unit.</summary>
    public static UnitProfile? For(CampaignResults results, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Unit(unitCode) is not { } unit)
        {
            return null;
        }

        var stored = results.Stored;
        var parents = results.Columns.Where(c => c.ParentCode is not null).Select(c => c.ParentCode!).ToHashSet(StringComparer.Ordinal);
        var rows = new UnitProfileRow[results.Columns.Count];
        foreach (var column in results.Columns)
        {
            var n = column.Index;
            var points = stored.Points(n, unit.Index);
            var lost = column.MaxPoints is { } max && double.IsFinite(points) ? max - points : (double?)null;
            var ranked = 0;
            for (var u = 0; u < results.Units.Count; u++)
            {
                ranked += stored.Rank(n, u) > 0 ? 1 : 0;
            }

            rows[n] = new UnitProfileRow(column, points, lost, stored.Value(n, unit.Index), stored.Rank(n, unit.Index), ranked,
                stored.Incomplete(n, unit.Index), IsLeaf: n != 0 && !column.IsView && !parents.Contains(column.Code));
        }

        return new UnitProfile(results, unit, rows);
    }

    /// <summary>The mean value of a column over the units that have one.</summary>
    public static double MeanValue(CampaignResults results, int column)
    {
        ArgumentNullException.ThrowIfNull(results);
        var (sum, count) = (0.0, 0);
        for (var u = 0; u < results.Units.Count; u++)
        {
            var v = results.Stored.Value(column, u);
            if (double.IsFinite(v))
            {
                (sum, count) = (sum + v, count + 1);
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
