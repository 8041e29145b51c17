using System.Collections.Immutable;
using ChiSo.Engine.Lineage;

namespace ChiSo.Engine.Ranking;

/// <summary>Which way a unit's rank went between two campaigns.</summary>
public enum MovementKind
{
    /// <summary>A better (smaller) rank than before.</summary>
    Up,

    /// <summary>A worse (larger) rank than before.</summary>
    Down,

    /// <summary>The same rank.</summary>
    Same,

    /// <summary>The unit has no earlier rank to compare with (it is new, or its earlier figure is missing).</summary>
    New,

    /// <summary>The unit is not ranked now, so there is no movement to show.</summary>
    None,
}

/// <summary>One unit's rank now and the rank it is compared with.</summary>
/// <param name="Current">The rank now; <see cref="Ranker.Unranked"/> (0) when not ranked.</param>
/// <param name="Earlier">The earlier rank (own, or of its back-cast figure among the current units); 0 when none.</param>
public readonly record struct RankMove(int Current, int Earlier)
{
    /// <summary>The direction of the move.</summary>
    public MovementKind Kind => Current == Ranker.Unranked ? MovementKind.None
        : Earlier == Ranker.Unranked ? MovementKind.New
        : Earlier > Current ? MovementKind.Up
        : Earlier < Current ? MovementKind.Down
        : MovementKind.Same;

    /// <summary>Places gained (positive) or lost (negative); 0 unless the kind is Up or Down.</summary>
    public int Places => Kind is MovementKind.Up or MovementKind.Down ? Earlier - Current : 0;
}

/// <summary>How the earlier ranks of a comparison were found.</summary>
public enum ComparisonRule
{
    /// <summary>Every current unit is compared with its own rank as the earlier campaign published it.</summary>
    OwnRank,

    /// <summary>
    /// The units changed (the 2025 merger): a successor's earlier figure is the plain mean of its predecessors'
    /// values (<see cref="BackCaster"/>, <see cref="BackCastRule.Mean"/>, the ministry's rule for the 2024 DTI), a
    /// unit that did not change keeps its own value, and these figures are ranked among the current units.
    /// </summary>
    BackCastMean,
}

/// <summary>The earlier campaign's figures of one node, by the earlier campaign's unit codes.</summary>
/// <param name="UnitCodes">The earlier campaign's units.</param>
/// <param name="Values">Each unit's value (0–1; NaN when missing), in the order of <paramref name="UnitCodes"/>.</param>
/// <param name="Ranks">Each unit's published rank (0 = unranked), in the same order.</param>
public sealed record EarlierNode(IReadOnlyList<string> UnitCodes, IReadOnlyList<double> Values, IReadOnlyList<int> Ranks);

/// <summary>The moves of one node, one per current unit, and the rule that found the earlier ranks.</summary>
/// <param name="Rule">How the earlier ranks were found.</param>
/// <param name="Moves">One move per current unit, in the order of the current units.</param>
public sealed record NodeMovement(ComparisonRule Rule, ImmutableArray<RankMove> Moves);

/// <summary>
/// The one rule of rank movement between a campaign and an earlier one of the same index (↑15, ↓2, =, new).
/// </summary>
public static class RankMovement
{
    /// <summary>
    /// Which rule a comparison uses: <see cref="ComparisonRule.BackCastMean"/> as soon as one current unit is a
    /// successor (it has predecessors in <paramref name="lineage"/>), otherwise <see cref="ComparisonRule.OwnRank"/>.
    /// The rule is the same for every node of a table, so that one sentence can name it.
    /// </summary>
    /// <param name="lineage">The predecessors of each current unit that succeeded others, by the current unit's code.</param>
    public static ComparisonRule RuleFor(IReadOnlyDictionary<string, IReadOnlyList<Predecessor>> lineage)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return lineage.Values.Any(p => p.Count > 0) ? ComparisonRule.BackCastMean : ComparisonRule.OwnRank;
    }

    /// <summary>
    /// Compares the current ranks of one node with an earlier campaign's figures of the same node.
    /// <see cref="ComparisonRule.OwnRank"/>: the earlier rank is the unit's own published rank (none for a unit the
    /// earlier campaign did not assess). <see cref="ComparisonRule.BackCastMean"/>: each current unit's earlier
    /// figure is its predecessors' mean value (its own value when it has no predecessors); the figures are ranked
    /// among the current units with <paramref name="ranking"/> (ties share a rank), and a unit without a figure is new.
    /// </summary>
    /// <param name="unitCodes">The current units.</param>
    /// <param name="currentRanks">Their current ranks (0 = unranked), in the same order.</param>
    /// <param name="earlier">The earlier campaign's figures of the node.</param>
    /// <param name="lineage">The predecessors of each current successor, by its code (see <see cref="RuleFor"/>).</param>
    /// <param name="ranking">The current framework's ranking options (rounding), used to rank back-cast figures.</param>
    public static NodeMovement Compare(
        IReadOnlyList<string> unitCodes,
        IReadOnlyList<int> currentRanks,
        EarlierNode earlier,
        IReadOnlyDictionary<string, IReadOnlyList<Predecessor>> lineage,
        RankingOptions? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        ArgumentNullException.ThrowIfNull(currentRanks);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(lineage);
        if (currentRanks.Count != unitCodes.Count)
        {
            throw new ArgumentException("One current rank per unit is needed.", nameof(currentRanks));
        }

        var row = new Dictionary<string, int>(earlier.UnitCodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < earlier.UnitCodes.Count; i++)
        {
            row.TryAdd(earlier.UnitCodes[i], i);
        }

        var rule = RuleFor(lineage);
        var earlierRanks = rule == ComparisonRule.OwnRank
            ? OwnRanks(unitCodes, earlier, row)
            : Ranker.Rank(BackCast(unitCodes, earlier, row, lineage), (ranking ?? RankingOptions.Default) with { Excluded = [] });
        var moves = ImmutableArray.CreateBuilder<RankMove>(unitCodes.Count);
        for (var u = 0; u < unitCodes.Count; u++)
        {
            moves.Add(new RankMove(currentRanks[u], earlierRanks[u]));
        }

        return new NodeMovement(rule, moves.MoveToImmutable());
    }

    private static int[] OwnRanks(IReadOnlyList<string> unitCodes, EarlierNode earlier, Dictionary<string, int> row)
    {
        var ranks = new int[unitCodes.Count];
        for (var u = 0; u < ranks.Length; u++)
        {
            ranks[u] = row.TryGetValue(unitCodes[u], out var r) ? earlier.Ranks[r] : Ranker.Unranked;
        }

        return ranks;
    }

    /// <summary>Each current unit's earlier figure: its predecessors' mean, or its own value; NaN when there is none.</summary>
    private static double[] BackCast(
        IReadOnlyList<string> unitCodes, EarlierNode earlier, Dictionary<string, int> row, IReadOnlyDictionary<string, IReadOnlyList<Predecessor>> lineage)
    {
        var figures = new double[unitCodes.Count];
        for (var u = 0; u < figures.Length; u++)
        {
            var code = unitCodes[u];
            if (lineage.TryGetValue(code, out var predecessors) && predecessors.Count > 0)
            {
                var values = predecessors.Select(p => row.TryGetValue(p.Code, out var r) ? earlier.Values[r] : double.NaN).ToArray();
                figures[u] = BackCaster.Combine(BackCastRule.Mean, code, "", predecessors, values).Figure.Value;
            }
            else
            {
                figures[u] = row.TryGetValue(code, out var r) ? earlier.Values[r] : double.NaN;
            }
        }

        return figures;
    }
}
