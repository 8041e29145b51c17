using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Demo;

/// <summary>
/// Published figures a demo campaign's final result must show (<see cref="DemoPublishedFigures"/>): every unit's rank
/// (best first, ties sharing one), the DTI values that were published, and the main-index values where they were.
/// </summary>
/// <param name="Order">Every unit's code and published rank, best first.</param>
/// <param name="Values">Published DTI values (0–1) by unit code; anchors between which other units are interpolated.</param>
/// <param name="MainPoints">Main-index points (the scored main indices in code order) by unit code, where published.</param>
/// <param name="Top">The value of rank 1 when it has none published.</param>
/// <param name="Bottom">The value of the last rank when it has none published.</param>
internal sealed record PublishedFigures(
    ImmutableArray<(string Code, int Rank)> Order,
    ImmutableDictionary<string, double> Values,
    ImmutableDictionary<string, double[]> MainPoints,
    double Top,
    double Bottom);

/// <summary>
/// Designs the reviewed points of a demo DTI campaign whose final result shows published figures, in the manner of
/// <see cref="DemoDiiRound1"/>: (1) each unit's DTI is its published value, its main-index values' sum, or — for a unit
/// with neither — a value interpolated by rank between the published ones (4 decimals, so ranks hold after the DTI's
/// rounding and ties share a value); (2) a unit without published main-index values keeps the shape of its
/// self-assessment: its main indices are scaled together to the DTI's points (each within its max); (3) within a main
/// index the change is spread over as few criteria as possible (cuts from the most points, rises into the most room),
/// the last criterion changed taking the exact remainder. Criteria not changed keep the rule's points. A
/// criterion may be pinned to its max (Quảng Trị's objected criterion, which the answer sets to full points in round
/// 2). The final result is checked with the engine: a design that misses a published figure throws.
/// </summary>
internal static class DemoPublishedDesign
{
    /// <summary>The scored main indices of a DTI plan (the tree's groups' children), in plan order.</summary>
    public static int[] MainIndices(ScoringPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Total.Children.SelectMany(g => plan.Nodes[g].Children).Where(n => plan.Nodes[n].Scored)];
    }

    /// <summary>
    /// The final reviewed points [criterion's position in <c>plan.Leaves</c>][unit] from the self-assessment's scored
    /// sheet; <paramref name="pinned"/> holds (unit code, criterion code) pairs whose final points are the max.
    /// </summary>
    public static double[][] Design(ScoreSheet self, PublishedFigures figures, IReadOnlyCollection<(string Unit, string Criterion)> pinned)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(pinned);
        var plan = self.Plan;
        var codes = self.Data.UnitCodes;
        var mains = MainIndices(plan);
        var totals = Totals(figures);
        var reviewed = plan.Leaves.Select(leaf => Enumerable.Range(0, codes.Length).Select(u => self.Points(leaf, u)).ToArray()).ToArray();
        var leavesOf = mains.ToDictionary(m => m, m => Enumerable.Range(0, plan.Leaves.Length).Where(l => Under(plan, plan.Leaves[l], m)).ToArray());
        for (var u = 0; u < codes.Length; u++)
        {
            if (!totals.TryGetValue(codes[u], out var total))
            {
                throw new InvalidOperationException($"The demo's published figures have no rank for unit {codes[u]}.");
            }

            var targets = figures.MainPoints.TryGetValue(codes[u], out var main)
                ? main
                : Scale([.. mains.Select(m => self.Points(m, u))], [.. mains.Select(m => plan.Nodes[m].MaxPoints)], total);
            for (var i = 0; i < mains.Length; i++)
            {
                var leaves = leavesOf[mains[i]];
                var free = leaves.Where(l => !pinned.Contains((codes[u], plan.Nodes[plan.Leaves[l]].Code))).ToArray();
                foreach (var l in leaves.Except(free))
                {
                    reviewed[l][u] = plan.Nodes[plan.Leaves[l]].MaxPoints;
                }

                Spread(plan, free, reviewed, u, targets[i] - leaves.Sum(l => reviewed[l][u]));
            }
        }

        Check(self, figures, reviewed);
        return reviewed;
    }

    /// <summary>Each unit's DTI points (value × 1000): its main indices' sum, its published value, or interpolated by rank.</summary>
    private static Dictionary<string, double> Totals(PublishedFigures figures)
    {
        var known = new SortedDictionary<int, double>();
        foreach (var (code, rank) in figures.Order)
        {
            if (figures.MainPoints.TryGetValue(code, out var main))
            {
                known[rank] = main.Sum() / 1000;
            }
            else if (figures.Values.TryGetValue(code, out var value))
            {
                known[rank] = value;
            }
        }

        var last = figures.Order.Max(o => o.Rank);
        known.TryAdd(1, figures.Top);
        known.TryAdd(last, figures.Bottom);
        var anchors = known.ToArray();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, rank) in figures.Order)
        {
            if (figures.MainPoints.TryGetValue(code, out var main))
            {
                totals[code] = main.Sum();
                continue;
            }

            var after = Array.FindIndex(anchors, a => a.Key >= rank);
            var (high, low) = (anchors[Math.Max(0, after - 1)], anchors[after]);
            var value = low.Key == rank || high.Key == low.Key ? low.Value
                : high.Value + ((low.Value - high.Value) * (rank - high.Key) / (low.Key - high.Key));
            totals[code] = Math.Round(value, 4, MidpointRounding.AwayFromZero) * 1000;
        }

        return totals;
    }

    /// <summary>Scales a unit's main-index points together to <paramref name="total"/>, each within [0, max], at 2 decimals but the last.</summary>
    private static double[] Scale(double[] points, double[] max, double total)
    {
        var targets = new double[points.Length];
        var fixedAt = new bool[points.Length];
        for (var pass = 0; pass < points.Length; pass++)
        {
            var left = total - Enumerable.Range(0, points.Length).Where(i => fixedAt[i]).Sum(i => targets[i]);
            var free = Enumerable.Range(0, points.Length).Where(i => !fixedAt[i]).ToArray();
            var shape = free.Sum(i => points[i]) > 0 ? free.Select(i => points[i]).ToArray() : [.. free.Select(i => max[i])];
            var sum = shape.Sum();
            var clamped = false;
            for (var j = 0; j < free.Length; j++)
            {
                targets[free[j]] = left * shape[j] / sum;
                if (targets[free[j]] > max[free[j]])
                {
                    (targets[free[j]], fixedAt[free[j]], clamped) = (max[free[j]], true, true);
                }
            }

            if (!clamped)
            {
                break;
            }
        }

        var roomiest = Enumerable.Range(0, points.Length).OrderByDescending(i => max[i] - targets[i]).First();
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = i == roomiest ? 0 : Math.Round(targets[i], 2);
        }

        targets[roomiest] = Math.Round(total - targets.Sum(), 3);
        return targets;
    }

    /// <summary>
    /// Spreads a main index's change over its free criteria: each one passed fills to its max (or empties to 0), and the
    /// one that can take the rest takes the exact remainder, so the main index's points are the target's.
    /// </summary>
    private static void Spread(ScoringPlan plan, int[] leaves, double[][] reviewed, int unit, double change)
    {
        var target = leaves.Sum(l => reviewed[l][unit]) + change;
        var order = change < 0
            ? leaves.OrderByDescending(l => reviewed[l][unit]).ToArray()
            : leaves.OrderByDescending(l => plan.Nodes[plan.Leaves[l]].MaxPoints - reviewed[l][unit]).ToArray();
        foreach (var l in order)
        {
            var others = leaves.Where(k => k != l).Sum(k => reviewed[k][unit]);
            if (Math.Abs(target - others - reviewed[l][unit]) < 1e-12)
            {
                return;
            }

            var max = plan.Nodes[plan.Leaves[l]].MaxPoints;
            reviewed[l][unit] = Math.Clamp(target - others, 0, max);
        }

        if (Math.Abs(target - leaves.Sum(k => reviewed[k][unit])) > 1e-9)
        {
            throw new InvalidOperationException($"A demo main index cannot reach {target} points.");
        }
    }

    private static void Check(ScoreSheet self, PublishedFigures figures, double[][] reviewed)
    {
        var sheet = DemoDiiRound1.Score(self, reviewed);
        var codes = sheet.Data.UnitCodes;
        var mains = MainIndices(sheet.Plan);
        foreach (var (code, rank) in figures.Order)
        {
            var u = codes.IndexOf(code);
            var value = Math.Round(sheet.Value(0, u), 4, MidpointRounding.AwayFromZero);
            var wrong = sheet.Rank(0, u) != rank
                || (figures.Values.TryGetValue(code, out var published) && value != published)
                || (figures.MainPoints.TryGetValue(code, out var main) && mains.Select((m, i) => Math.Abs(sheet.Points(m, u) - main[i])).Max() > 1e-9);
            if (wrong)
            {
                throw new InvalidOperationException(
                    $"The demo design gives unit {code} the value {value} ranked {sheet.Rank(0, u)}, not rank {rank}; main indices {string.Join(" ", mains.Select(m => sheet.Points(m, u)))}.");
            }
        }
    }

    private static bool Under(ScoringPlan plan, int node, int ancestor)
    {
        for (; node > 0; node = plan.Nodes[node].Parent)
        {
            if (node == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
