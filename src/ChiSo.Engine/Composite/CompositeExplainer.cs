using System.Collections.Immutable;
using ChiSo.Engine.Composite.Numerics;

namespace ChiSo.Engine.Composite;

/// <summary>Explains one unit's score at one node of a computed composite (see <see cref="CompositeExplanation"/>).</summary>
public static class CompositeExplainer
{
    /// <summary>Explains <paramref name="unit"/> at <paramref name="node"/> and <paramref name="depth"/> levels below it.</summary>
    /// <param name="model">The model computed.</param>
    /// <param name="data">The data computed.</param>
    /// <param name="options">The options used.</param>
    /// <param name="result">The result of <see cref="CompositeCalculator.Compute(CompositeModel, Dataset, CompositeOptions?)"/> for these inputs.</param>
    /// <param name="unit">Position of the unit in <paramref name="data"/>.</param>
    /// <param name="node">Position of the node in <see cref="CompositeModel.Nodes"/>.</param>
    /// <param name="depth">Levels of children shown (0 = the node alone).</param>
    public static CompositeExplanation Explain(CompositeModel model, Dataset data, CompositeOptions options, CompositeResult result, int unit, int node, int depth)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, data.UnitCount);
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, model.Nodes.Length);
        return Node(model, data, options, result, unit, node, depth, double.NaN, double.NaN, double.NaN);
    }

    private static CompositeExplanation Node(CompositeModel model, Dataset data, CompositeOptions options, CompositeResult result,
        int unit, int node, int depth, double weight, double weightUsed, double contribution)
    {
        var n = model.Nodes[node];
        var ranks = result.Ranks[node];
        var rank = ranks.Length > unit ? ranks[unit] : 0;
        var score = result.Scores[node][unit];
        if (node < model.IndicatorCount)
        {
            return new CompositeExplanation(n.Code, n.Name, n.Type, score, rank, weight, weightUsed, contribution,
                Trace(model, data, options, result, unit, node), null, []);
        }

        var children = ImmutableArray<CompositeExplanation>.Empty;
        if (depth > 0)
        {
            children = Contributions(model, options, result, unit, node)
                .Select(c => Node(model, data, options, result, unit, c.Child, depth - 1, c.Weight, c.Used, c.Contribution))
                .ToImmutableArray();
        }

        return new CompositeExplanation(n.Code, n.Name, n.Type, score, rank, weight, weightUsed, contribution, null, options.Aggregation, children);
    }

    private static List<(int Child, double Weight, double Used, double Contribution)> Contributions(
        CompositeModel model, CompositeOptions options, CompositeResult result, int unit, int node)
    {
        var children = model.Children[node];
        var zeroForMissing = options.Missing == MissingPolicy.CountAsZero;
        var weights = children.Select(c => model.Nodes[c].Weight).ToArray();
        var present = children.Select(c => zeroForMissing || !double.IsNaN(result.Scores[c][unit])).ToArray();
        // The same R sum of the weights present, in children order, as the aggregation divides by.
        var total = RSums.Sum(weights.Select((w, i) => present[i] ? w : double.NaN).ToArray());
        var list = new List<(int, double, double, double)>(children.Length);
        for (var i = 0; i < children.Length; i++)
        {
            var x = result.Scores[children[i]][unit];
            if (double.IsNaN(x) && zeroForMissing)
            {
                x = 0;
            }

            var used = present[i] ? weights[i] / total : 0;
            var contribution = double.IsNaN(x) ? double.NaN : options.Aggregation switch
            {
                AggregationMethod.ArithmeticMean => used * x,
                AggregationMethod.GeometricMean => Math.Pow(x, used),
                AggregationMethod.HarmonicMean => used / x,
            };
            list.Add((children[i], weights[i], used, contribution));
        }

        return list;
    }

    private static IndicatorTrace Trace(CompositeModel model, Dataset data, CompositeOptions options, CompositeResult result, int unit, int node)
    {
        var n = model.Nodes[node];
        var normalised = result.Scores[node][unit];
        if (!data.Columns.TryGetValue(n.Code, out var raw) || raw.Length != data.UnitCount)
        {
            return new IndicatorTrace(double.NaN, double.NaN, false, double.NaN, 0, false, n.Direction, double.NaN, options.Normalisation, double.NaN, double.NaN, normalised);
        }

        // The same steps as the calculator, on a copy of this one column.
        var x = (double[])raw.Clone();
        var groups = options.Imputation == ImputationMethod.GroupMean && options.ImputationGroup is { } g ? data.Group(g)?.Labels : null;
        var imputation = options.Imputation == ImputationMethod.GroupMean && groups is null ? ImputationMethod.None : options.Imputation;
        Imputer.Impute(x, imputation, groups);
        var imputed = x[unit];
        var treatment = options.Treatment == TreatmentMethod.None ? null
            : OutlierTreatment.Treat(n.Code, x, options.WinsoriseMax, options.SkewThreshold, options.KurtosisThreshold);
        var treated = x[unit];
        var flips = options.Normalisation is not (NormalisationMethod.None or NormalisationMethod.Goalposts or NormalisationMethod.DistanceToTarget);
        var direction = flips ? n.Direction : 1;
        var oriented = x.Select(v => v * direction).ToArray();
        var (a, b) = options.Normalisation switch
        {
            NormalisationMethod.MinMax => ColumnStatistics.Range(oriented),
            NormalisationMethod.ZScore => ZParameters(oriented),
            _ => (double.NaN, double.NaN),
        };
        return new IndicatorTrace(raw[unit], imputed, double.IsNaN(raw[unit]) && !double.IsNaN(imputed), treated,
            treatment?.Winsorised ?? 0, treatment?.LogTransformed ?? false, n.Direction, oriented[unit], options.Normalisation, a, b, normalised);
    }

    private static (double, double) ZParameters(double[] x)
    {
        var (mean, count) = ColumnStatistics.Mean(x);
        return (mean, ColumnStatistics.SampleSd(x, mean, count));
    }
}
