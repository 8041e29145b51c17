using System.Runtime.CompilerServices;
using ChiSo.Engine.Composite.Numerics;

namespace ChiSo.Engine.Composite;

/// <summary>
/// Aggregates children columns into one parent column, unit by unit, in COINr's order of operations so that
/// equal scores stay equal to the last bit (see <see cref="AggregationMethod"/>):
/// <list type="bullet">
/// <item><c>a_amean</c>: the weights of the children present are rescaled to sum to one (w / sum(w)), then
/// sum(w·x);</item>
/// <item><c>a_gmean</c>: exp(sum(w·log x) / sum(w));</item>
/// <item><c>a_hmean</c>: sum(w) / sum(w / x);</item>
/// </list>
/// every <c>sum</c> being R's, in children order and in extended precision (<see cref="LongDouble"/>).
/// </summary>
internal sealed class Aggregator(int units)
{
    private readonly LongDouble[] _weights = new LongDouble[units];
    private readonly LongDouble[] _sums = new LongDouble[units];
    private readonly double[] _scale = new double[units];
    private readonly bool[] _invalid = new bool[units];

    /// <summary>Returns the number of units whose value could not be aggregated (x ≤ 0 for gmean, 0 for hmean).</summary>
    public int Aggregate(IReadOnlyList<double[]> children, IReadOnlyList<double> weights, double[] output,
        AggregationMethod method, MissingPolicy missing)
    {
        Array.Clear(_weights);
        Array.Clear(_sums);
        Array.Clear(_invalid);
        var zeroForMissing = missing == MissingPolicy.CountAsZero;
        var present = new int[output.Length];
        foreach (var child in children)
        {
            Count(child, present);
        }

        // Units with every child present share one sum of weights; the others get theirs, in children order.
        var total = Total(weights);
        for (var c = 0; c < children.Count; c++)
        {
            AddWeights(children[c], weights[c], present, children.Count);
        }

        for (var u = 0; u < output.Length; u++)
        {
            if (present[u] == children.Count)
            {
                _weights[u] = total;
            }
        }

        if (method == AggregationMethod.ArithmeticMean)
        {
            for (var u = 0; u < output.Length; u++)
            {
                _scale[u] = (zeroForMissing ? total : _weights[u]).ToDouble();
            }
        }

        for (var c = 0; c < children.Count; c++)
        {
            Accumulate(children[c], weights[c], method, zeroForMissing);
        }

        var invalid = 0;
        for (var u = 0; u < output.Length; u++)
        {
            if (present[u] == 0 || _invalid[u])
            {
                invalid += present[u] == 0 ? 0 : 1;
                output[u] = double.NaN;
                continue;
            }

            output[u] = method switch
            {
                AggregationMethod.ArithmeticMean => _sums[u].ToDouble(),
                AggregationMethod.GeometricMean => Math.Exp(_sums[u].ToDouble() / (zeroForMissing ? total : _weights[u]).ToDouble()),
                AggregationMethod.HarmonicMean => (zeroForMissing ? total : _weights[u]).ToDouble() / _sums[u].ToDouble(),
            };
        }

        return invalid;
    }

    private static LongDouble Total(IReadOnlyList<double> weights)
    {
        var total = LongDouble.Zero;
        foreach (var w in weights)
        {
            total += w;
        }

        return total;
    }

    private static void Count(double[] x, int[] present)
    {
        for (var u = 0; u < x.Length; u++)
        {
            present[u] += double.IsNaN(x[u]) ? 0 : 1;
        }
    }

    private void AddWeights(double[] x, double w, int[] present, int all)
    {
        var weight = LongDouble.FromDouble(w);
        for (var u = 0; u < x.Length; u++)
        {
            if (present[u] != all && !double.IsNaN(x[u]))
            {
                _weights[u] += weight;
            }
        }
    }

    // The hot loop of aggregation (every child of every unit, in 80-bit sums): compiled by the JIT, which inlines
    // LongDouble's operators, rather than taken from the ReadyToRun image of the CLI, which calls them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(double[] x, double w, AggregationMethod method, bool zeroForMissing)
    {
        for (var u = 0; u < x.Length; u++)
        {
            var v = x[u];
            if (double.IsNaN(v))
            {
                if (!zeroForMissing)
                {
                    continue;
                }

                // ChiSo's own policy (no COINr counterpart): a missing child counts as 0 with its full weight;
                // gmean and hmean cannot use a zero.
                v = 0;
            }

            switch (method)
            {
                case AggregationMethod.ArithmeticMean:
                    _sums[u] += w / _scale[u] * v;
                    break;
                case AggregationMethod.GeometricMean:
                    _invalid[u] |= v <= 0;
                    _sums[u] += w * Math.Log(v);
                    break;
                case AggregationMethod.HarmonicMean:
                    _invalid[u] |= v == 0;
                    _sums[u] += w / v;
                    break;
            }
        }
    }
}
