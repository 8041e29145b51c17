using System.Collections.Immutable;
using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The result of scoring a points framework: for every column (the plan's nodes by index, then its views, see
/// <see cref="ScoringPlan.ColumnCount"/>) and unit, the points, the value (points ÷ max), the raw rule result of
/// criteria, whether something was missing, and the rank.
/// </summary>
public sealed class ScoreSheet
{
    private readonly ImmutableArray<double[]> _points;
    private readonly ImmutableArray<double[]> _values;
    private readonly ImmutableArray<double[]> _raw;
    private readonly ImmutableArray<bool[]> _incomplete;
    private readonly int[]?[] _ranks;
    private string?[]? _rankGroups;

    internal ScoreSheet(
        PointsDataset data,
        ImmutableArray<double[]> points,
        ImmutableArray<double[]> values,
        ImmutableArray<double[]> raw,
        ImmutableArray<bool[]> incomplete)
    {
        Data = data;
        _points = points;
        _values = values;
        _raw = raw;
        _incomplete = incomplete;
        _ranks = new int[]?[points.Length];
    }

    /// <summary>The data that was scored.</summary>
    public PointsDataset Data { get; }

    /// <summary>The plan that was scored.</summary>
    public ScoringPlan Plan => Data.Plan;

    /// <summary>Points of a node for a unit.</summary>
    public double Points(int node, int unit) => _points[node][unit];

    /// <summary>Value (points ÷ max, 0–1) of a node for a unit; NaN for unscored nodes.</summary>
    public double Value(int node, int unit) => _values[node][unit];

    /// <summary>The raw result of a criterion's rule before clamping to [0, max]; NaN when missing.</summary>
    public double RawResult(int node, int unit) => _raw[node][unit];

    /// <summary>True when an input under the node was missing (and counted as zero).</summary>
    public bool Incomplete(int node, int unit) => _incomplete[node][unit];

    /// <summary>Values of a node for every unit.</summary>
    public ReadOnlySpan<double> Values(int node) => _values[node];

    /// <summary>Points of a node for every unit.</summary>
    public ReadOnlySpan<double> PointsOf(int node) => _points[node];

    /// <summary>
    /// Competition rank (1, 2, 2, 4) of a node's result for a unit within its comparison group, after rounding
    /// what the framework displays (points or values) to its ranking decimals; 0 when unranked (unscored node, or
    /// a group that is not ranked).
    /// </summary>
    public int Rank(int node, int unit)
    {
        var ranks = _ranks[node] ??= ComputeRanks(node);
        return ranks[unit];
    }

    private int[] ComputeRanks(int node)
    {
        if (!Plan.IsScored(node))
        {
            return new int[Data.UnitCount];
        }

        var groups = _rankGroups ??= RankGroups();
        // Rounding applies to what the framework displays: points for a points display (e.g. 826,68 of 960),
        // index values otherwise (the DTI ranks values rounded to 4 decimals).
        var shown = Plan.Framework.Display.As == Frameworks.DisplayAs.Points ? _points[node] : _values[node];
        return Ranker.RankWithinGroups(shown, groups, Plan.Framework.Ranking);
    }

    /// <summary>Each unit's ranking group, the same for every node: null for a group the framework does not rank.</summary>
    private string?[] RankGroups()
    {
        var unranked = Plan.Framework.Groups.Where(g => !g.Ranked).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        return [.. Data.Groups.Select(g => g is not null && unranked.Contains(g) ? null : g ?? "")];
    }
}
