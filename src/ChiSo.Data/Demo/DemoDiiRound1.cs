using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Demo;

/// <summary>One figure of a round-1 result: a group's (or the total's) points and rank.</summary>
internal readonly record struct SeedFigure(string Node, double Points, int Rank);

/// <summary>
/// The reviewed (round-1) points of the demo DII 2023, designed so that Quảng Trị's round-1 result is exactly the one
/// the ministry sent it (the seed article, QĐ 885/QĐ-BTTTT; domain data dii_quang_tri_round1_seed.csv): groups
/// 7,5 / 43 / 0 / 0 / 0 / 58,84 ranked 28 / 39 / 22 / 26 / 27 / 24, total 109,34 ranked 43 of 63, competition ranking
/// of the points rounded to the framework's 2 decimals (ties share a rank).
/// <para>
/// The method. Quảng Trị's criterion points are fixed by hand (<see cref="QuangTriPoints"/>): each group adds up to
/// the article's figure, and 58,84 and 109,34 are exactly the doubles the engine's sums give (child by child, from 0).
/// Every other province starts from the points the rule gives from its self-assessment (round 0), which the
/// reviewers keep wherever they can:
/// (1) per group, the other 62 provinces are ordered by their rule points (then total, then code); the first
/// rank − 1 must end above Quảng Trị's figure, the rest at or below it. A province already on its side keeps its
/// points; one on the wrong side is moved just across (0,25 points further for each one moved before it, so the
/// moved ones keep their order), which for the three zero groups means: below is exactly 0.
/// (2) for the total, the 42 provinces with the highest self-assessed totals (those that cannot fall below or rise
/// above within their group bands first) must end above 109,34 and the rest at or below it; a province on the wrong
/// side is moved across within its group bands (never past Quảng Trị's figure of a group), the group with most room first.
/// (3) a group's change is spread over as few criteria as possible: a cut comes from the criterion with most points
/// first, a rise goes to the one with most room below its max first; changed criteria get 2-decimal points rounded
/// towards the change, so the bands hold. Criteria not changed keep the rule's points exactly (the reviewers accept them).
/// The result is checked with the engine before it is used: a wrong design throws rather than seeding a wrong demo.
/// </para>
/// </summary>
internal static class DemoDiiRound1
{
    public const string QuangTri = "45";

    /// <summary>Quảng Trị's round-1 figures per group (in the framework's order), from the seed article.</summary>
    public static ImmutableArray<SeedFigure> QuangTriGroups { get; } =
        [new("1", 7.5, 28), new("2", 43, 39), new("3", 0, 22), new("4", 0, 26), new("5", 0, 27), new("6", 58.84, 24)];

    public static SeedFigure QuangTriTotal { get; } = new("", 109.34, 43);

    /// <summary>
    /// Quảng Trị's reviewed points per criterion: a plan adopted and partly carried out (1.1), broadband and service
    /// use as measured, and nothing the council could verify for cloud, data centres, IoT and platforms (groups 3–5),
    /// which is what Quảng Trị objects to.
    /// </summary>
    public static ImmutableDictionary<string, double> QuangTriPoints { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["1.1"] = 7.5, ["1.2"] = 0, ["1.3"] = 0, ["1.4"] = 0,
        ["2.1"] = 8.2, ["2.2"] = 7.6, ["2.3"] = 1.4, ["2.4"] = 9.8, ["2.5"] = 6.5, ["2.6"] = 9.5,
        ["3.1"] = 0,
        ["4.1"] = 0, ["4.2"] = 0, ["4.3"] = 0,
        ["5.1"] = 0,
        ["6.1"] = 8.13, ["6.2"] = 6.35, ["6.3"] = 9.41, ["6.4"] = 8.47, ["6.5"] = 5.93, ["6.6"] = 1.26, ["6.7"] = 9.6, ["6.8"] = 4.2, ["6.9"] = 5.49,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private const double Step = 0.25;
    private const double Margin = 0.05;

    /// <summary>
    /// The reviewed points, indexed [criterion's position in <c>plan.Leaves</c>][unit], from the self-assessment's
    /// scored sheet (round 0: the points the rule gives); the sheet's units must include Quảng Trị.
    /// </summary>
    public static double[][] Design(ScoreSheet self)
    {
        ArgumentNullException.ThrowIfNull(self);
        var plan = self.Plan;
        var codes = self.Data.UnitCodes;
        var qt = codes.IndexOf(QuangTri);
        if (qt < 0)
        {
            throw new InvalidOperationException("The DII demo needs Quảng Trị (45) among its units.");
        }

        var groups = plan.Total.Children;
        var leaves = Enumerable.Range(0, plan.Leaves.Length).GroupBy(l => GroupOf(plan, plan.Leaves[l])).ToDictionary(g => g.Key, g => g.ToArray());
        var points = plan.Leaves.Select(leaf => Enumerable.Range(0, codes.Length).Select(u => self.Points(leaf, u)).ToArray()).ToArray();
        var others = Enumerable.Range(0, codes.Length).Where(u => u != qt).ToArray();

        // (1) group targets and each province's band per group.
        var target = new double[codes.Length][];
        var above = new bool[codes.Length][];
        for (var u = 0; u < codes.Length; u++)
        {
            target[u] = new double[groups.Length];
            above[u] = new bool[groups.Length];
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var node = groups[g];
            var figure = QuangTriGroups.Single(f => f.Node == plan.Nodes[node].Code);
            var order = others.OrderByDescending(u => Shown(self.Points(node, u))).ThenByDescending(u => self.Points(0, u)).ThenBy(u => codes[u], StringComparer.Ordinal).ToArray();
            var lifted = order.Take(figure.Rank - 1).Where(u => Shown(self.Points(node, u)) <= figure.Points).Reverse().ToArray();
            var lowered = order.Skip(figure.Rank - 1).Where(u => Shown(self.Points(node, u)) > figure.Points).ToArray();
            foreach (var u in order.Take(figure.Rank - 1))
            {
                above[u][g] = true;
                target[u][g] = self.Points(node, u);
            }

            foreach (var u in order.Skip(figure.Rank - 1))
            {
                target[u][g] = self.Points(node, u);
            }

            for (var j = 0; j < lifted.Length; j++)
            {
                target[lifted[j]][g] = Math.Min(plan.Nodes[node].MaxPoints, figure.Points + (Step * (j + 1)));
            }

            for (var j = 0; j < lowered.Length; j++)
            {
                target[lowered[j]][g] = Math.Max(0, figure.Points - (Step * (j + 1)));
            }
        }

        // (2) the total: exactly rank − 1 others above Quảng Trị's total.
        var band = (Low: new double[codes.Length][], High: new double[codes.Length][]);
        foreach (var u in others)
        {
            band.Low[u] = [.. groups.Select((node, g) => above[u][g] ? QuangTriGroups[g].Points + Margin : 0)];
            band.High[u] = [.. groups.Select((node, g) => above[u][g] ? plan.Nodes[node].MaxPoints : Math.Max(0, QuangTriGroups[g].Points - Margin))];
        }

        var total = QuangTriTotal.Points;
        var mustBeAbove = others.Where(u => band.Low[u].Sum() > total).ToHashSet();
        var ranked = others.Where(u => !mustBeAbove.Contains(u) && band.High[u].Sum() > total + (2 * Margin))
            .OrderByDescending(u => self.Points(0, u)).ThenBy(u => codes[u], StringComparer.Ordinal);
        var aboveTotal = mustBeAbove.Concat(ranked).Take(QuangTriTotal.Rank - 1).ToHashSet();
        if (aboveTotal.Count != QuangTriTotal.Rank - 1 || mustBeAbove.Count > QuangTriTotal.Rank - 1)
        {
            throw new InvalidOperationException("The DII demo's self-assessment leaves no round-1 design with Quảng Trị's ranks.");
        }

        foreach (var u in others)
        {
            var sum = target[u].Sum();
            if (aboveTotal.Contains(u) && sum <= total + Margin)
            {
                Move(target[u], band.High[u], total + (2 * Margin) - sum);
            }
            else if (!aboveTotal.Contains(u) && sum > total)
            {
                Move(target[u], band.Low[u], total - Margin - sum);
            }
        }

        // (3) criteria.
        var reviewed = points.Select(p => (double[])p.Clone()).ToArray();
        foreach (var u in others)
        {
            for (var g = 0; g < groups.Length; g++)
            {
                Spread(plan, leaves[groups[g]], reviewed, u, target[u][g] - self.Points(groups[g], u));
            }
        }

        for (var l = 0; l < plan.Leaves.Length; l++)
        {
            reviewed[l][qt] = QuangTriPoints[plan.Nodes[plan.Leaves[l]].Code];
        }

        Check(self, reviewed);
        return reviewed;
    }

    /// <summary>The round-1 sheet: the self-assessment's data with <paramref name="reviewed"/> as given points.</summary>
    public static ScoreSheet Score(ScoreSheet self, double[][] reviewed)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(reviewed);
        var data = self.Data;
        var round1 = new PointsDataset(data.Plan, data.UnitCodes, data.UnitNames, data.Groups);
        for (var l = 0; l < reviewed.Length; l++)
        {
            round1.SetGivenPoints(data.Plan.Leaves[l], reviewed[l]);
        }

        return PointsScorer.Score(round1);
    }

    /// <summary>Moves a province's group targets by <paramref name="change"/> in all, the group with most room towards <paramref name="limit"/> first.</summary>
    private static void Move(double[] targets, double[] limit, double change)
    {
        foreach (var g in Enumerable.Range(0, targets.Length).OrderByDescending(g => Math.Abs(limit[g] - targets[g])))
        {
            var room = limit[g] - targets[g];
            var step = change > 0 ? Math.Clamp(change, 0, Math.Max(0, room)) : Math.Clamp(change, Math.Min(0, room), 0);
            targets[g] += step;
            change -= step;
        }
    }

    /// <summary>Spreads a group's change over its criteria: cuts from the most points first, rises into the most room first.</summary>
    private static void Spread(ScoringPlan plan, int[] leaves, double[][] reviewed, int unit, double change)
    {
        if (Math.Abs(change) < 1e-9)
        {
            return;
        }

        var order = change < 0
            ? leaves.OrderByDescending(l => reviewed[l][unit])
            : leaves.OrderByDescending(l => plan.Nodes[plan.Leaves[l]].MaxPoints - reviewed[l][unit]);
        foreach (var l in order.ToArray())
        {
            var max = plan.Nodes[plan.Leaves[l]].MaxPoints;
            var now = reviewed[l][unit];
            var step = change < 0 ? Math.Max(change, -now) : Math.Min(change, max - now);
            if (step == 0)
            {
                continue;
            }

            // Rounded towards the change, so a band's edge is never crossed back.
            var next = step < 0 ? Math.Floor((now + step) * 100) / 100 : Math.Ceiling((now + step) * 100) / 100;
            reviewed[l][unit] = Math.Round(Math.Clamp(next, 0, max), 2);
            change -= step;
            if (Math.Abs(change) < 1e-9)
            {
                return;
            }
        }
    }

    private static void Check(ScoreSheet self, double[][] reviewed)
    {
        var sheet = Score(self, reviewed);
        var qt = self.Data.UnitCodes.IndexOf(QuangTri);
        foreach (var figure in QuangTriGroups.Append(QuangTriTotal))
        {
            var node = figure.Node.Length == 0 ? 0 : IndexOf(sheet.Plan, figure.Node);
            if (sheet.Points(node, qt) != figure.Points || sheet.Rank(node, qt) != figure.Rank)
            {
                throw new InvalidOperationException(
                    $"The DII demo's round-1 design gives Quảng Trị {sheet.Points(node, qt)} ranked {sheet.Rank(node, qt)} at '{figure.Node}', not {figure.Points} ranked {figure.Rank}.");
            }
        }
    }

    private static int IndexOf(ScoringPlan plan, string code) =>
        plan.TryGetIndex(code, out var index) ? index : throw new InvalidOperationException($"The DII framework has no node {code}.");

    private static int GroupOf(ScoringPlan plan, int node)
    {
        while (plan.Nodes[node].Parent != 0)
        {
            node = plan.Nodes[node].Parent;
        }

        return node;
    }

    /// <summary>Points as the ranking compares them: rounded to the framework's 2 decimals.</summary>
    private static double Shown(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);
}
