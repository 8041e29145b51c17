using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// Scores a points framework (the Vietnamese practice, QĐ 922/QĐ-BTTTT): each criterion yields points in
/// [0, max] from its rule; a parent sums its scored children (capped at its max when it says so); a node's value
/// is points ÷ max; the total's value is the sum of the roots' points ÷ the framework's total (DTI = Σ main-index
/// value × max ÷ 1000).
/// </summary>
public static class PointsScorer
{
    /// <summary>
    /// Scores every unit of <paramref name="data"/>. A criterion whose rule gives a missing result scores 0 points
    /// and is marked incomplete; points given directly for a node replace its computed points.
    /// </summary>
    public static ScoreSheet Score(PointsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plan = data.Plan;
        var units = data.UnitCount;
        var points = new double[plan.ColumnCount][];
        var raw = new double[plan.ColumnCount][];
        var incomplete = new bool[plan.ColumnCount][];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new double[units];
            raw[i] = new double[units];
            Array.Fill(raw[i], double.NaN);
            incomplete[i] = new bool[units];
        }

        foreach (var leaf in plan.Leaves)
        {
            ScoreCriterion(plan.Nodes[leaf], data, points[leaf], raw[leaf], incomplete[leaf]);
        }

        foreach (var index in plan.PostOrder)
        {
            var node = plan.Nodes[index];
            if (!node.Children.IsEmpty)
            {
                SumChildren(node, points, incomplete);
            }

            ApplyGiven(node, data, points[index], incomplete[index]);
        }

        var values = new double[plan.ColumnCount][];
        for (var i = 0; i < plan.Nodes.Length; i++)
        {
            values[i] = ValuesOf(plan.Nodes[i].MaxPoints, points[i]);
        }

        foreach (var view in plan.Views)
        {
            values[view.Index] = ScoreView(view, points, values, incomplete);
        }

        return new ScoreSheet(data, [.. points], [.. values], [.. raw], [.. incomplete]);
    }

    /// <summary>
    /// The points a criterion gets from its rule's raw <paramref name="result"/>: kept within [0, max]; a missing
    /// result (NaN) scores 0 and makes the criterion incomplete.
    /// </summary>
    public static (double Points, bool Incomplete) PointsOf(double result, double maxPoints) =>
        double.IsNaN(result) ? (0, true) : (Math.Clamp(result, 0, Math.Max(0, maxPoints)), false);

    private static void ScoreCriterion(PlanNode node, PointsDataset data, double[] points, double[] raw, bool[] incomplete)
    {
        if (!node.Scored)
        {
            return;
        }

        var formula = node.Formula;
        Span<double> inputs = stackalloc double[Math.Max(node.Inputs.Length, 1)];
        inputs = inputs[..node.Inputs.Length];
        for (var u = 0; u < points.Length; u++)
        {
            if (formula is null)
            {
                // A criterion with no rule takes its points from the data ("points entered directly").
                raw[u] = double.NaN;
                incomplete[u] = true;
                continue;
            }

            for (var k = 0; k < inputs.Length; k++)
            {
                inputs[k] = data.Input(node.Index, k, u);
            }

            var result = formula.Evaluate(inputs);
            raw[u] = result;
            (points[u], var missing) = PointsOf(result, node.MaxPoints);
            incomplete[u] |= missing;
        }
    }

    private static void SumChildren(PlanNode node, double[][] points, bool[][] incomplete)
    {
        var target = points[node.Index];
        var flags = incomplete[node.Index];
        Array.Clear(target);
        foreach (var child in node.Children)
        {
            var childPoints = points[child];
            var childFlags = incomplete[child];
            for (var u = 0; u < target.Length; u++)
            {
                target[u] += childPoints[u];
                flags[u] |= childFlags[u];
            }
        }

        if (!node.Scored)
        {
            Array.Clear(target);
        }
        else if (node.Cap)
        {
            for (var u = 0; u < target.Length; u++)
            {
                target[u] = Math.Min(target[u], node.MaxPoints);
            }
        }
    }

    private static void ApplyGiven(PlanNode node, PointsDataset data, double[] points, bool[] incomplete)
    {
        if (!data.HasGivenPoints(node.Index))
        {
            return;
        }

        for (var u = 0; u < points.Length; u++)
        {
            var given = data.GivenPoints(node.Index, u);
            if (!double.IsNaN(given))
            {
                points[u] = node.Scored ? given : 0;
                incomplete[u] = false;
            }
        }
    }

    private static double[] ValuesOf(double maxPoints, double[] points)
    {
        var values = new double[points.Length];
        for (var u = 0; u < values.Length; u++)
        {
            values[u] = maxPoints > 0 ? points[u] / maxPoints : double.NaN;
        }

        return values;
    }

    /// <summary>
    /// A view's points (into <paramref name="points"/>) and values (returned) from its parts' columns, computed
    /// before it (<see cref="ViewRule"/>); incomplete when any part is.
    /// </summary>
    private static double[] ScoreView(PlanView view, double[][] points, double[][] values, bool[][] incomplete)
    {
        var target = points[view.Index];
        var flags = incomplete[view.Index];
        var weights = 0.0;
        foreach (var (column, weight) in view.Parts)
        {
            var source = view.Rule == ViewRule.Sum ? points[column] : values[column];
            for (var u = 0; u < target.Length; u++)
            {
                target[u] += weight * source[u];
                flags[u] |= incomplete[column][u];
            }

            weights += weight;
        }

        if (view.Rule == ViewRule.Sum)
        {
            return ValuesOf(view.MaxPoints, target);
        }

        var result = new double[target.Length];
        for (var u = 0; u < target.Length; u++)
        {
            result[u] = weights > 0 ? target[u] / weights : double.NaN;
            target[u] = result[u] * view.MaxPoints;
        }

        return result;
    }
}
