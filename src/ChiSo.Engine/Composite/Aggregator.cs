namespace ChiSo.Engine.Composite;

/// <summary>Aggregates children columns into one parent column, unit by unit, without per-unit allocations.</summary>
internal sealed class Aggregator(int units)
{
    private readonly double[] _weights = new double[units];
    private readonly double[] _sums = new double[units];
    private readonly bool[] _invalid = new bool[units];
    private readonly bool[] _present = new bool[units];

    /// <summary>Returns the number of units whose value could not be aggregated (x ≤ 0 for gmean, 0 for hmean).</summary>
    public int Aggregate(IReadOnlyList<double[]> children, IReadOnlyList<double> weights, double[] output,
        AggregationMethod method, MissingPolicy missing)
    {
        Array.Clear(_weights);
        Array.Clear(_sums);
        Array.Clear(_invalid);
        Array.Clear(_present);
        for (var c = 0; c < children.Count; c++)
        {
            Accumulate(children[c], weights[c], method, missing);
        }

        var invalid = 0;
        for (var u = 0; u < output.Length; u++)
        {
            if (!_present[u])
            {
                output[u] = double.NaN;
                continue;
            }

            if (_invalid[u])
            {
                invalid++;
                output[u] = double.NaN;
                continue;
            }

            var w = _weights[u];
            var s = _sums[u];
            output[u] = w == 0 ? double.NaN : method switch
            {
                AggregationMethod.ArithmeticMean => s / w,
                AggregationMethod.GeometricMean => Math.Exp(s / w),
                AggregationMethod.HarmonicMean => w / s,
            };
        }

        return invalid;
    }

    private void Accumulate(double[] x, double w, AggregationMethod method, MissingPolicy missing)
    {
        var zeroForMissing = missing == MissingPolicy.CountAsZero;
        for (var u = 0; u < x.Length; u++)
        {
            var v = x[u];
            if (double.IsNaN(v))
            {
                if (!zeroForMissing)
                {
                    continue;
                }

                // Counted as 0: adds weight but nothing to the sum; gmean and hmean cannot use a zero.
                v = 0;
            }
            else
            {
                _present[u] = true;
            }

            switch (method)
            {
                case AggregationMethod.ArithmeticMean:
                    _sums[u] += w * v;
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

            _weights[u] += w;
        }
    }
}
