namespace ChiSo.Engine.Formulas;

internal static partial class FormulaInterpreter
{
    private static double Call(BoundCall call, ReadOnlySpan<double> inputs)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case FormulaFunction.If:
                var condition = Evaluate(args[0], inputs);
                return double.IsNaN(condition) ? Missing : Evaluate(args[IsTrue(condition) ? 1 : 2], inputs);
            case FormulaFunction.Has:
                return Truth(!double.IsNaN(Evaluate(args[0], inputs)));
            case FormulaFunction.Coalesce:
                foreach (var arg in args)
                {
                    var value = Evaluate(arg, inputs);
                    if (!double.IsNaN(value))
                    {
                        return value;
                    }
                }

                return Missing;
            default:
                break;
        }

        // Every other function is missing as soon as any argument is.
        Span<double> values = stackalloc double[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = Evaluate(args[i], inputs);
            if (double.IsNaN(values[i]))
            {
                return Missing;
            }
        }

        return Strict(call.Function, values);
    }

    private static double Strict(FormulaFunction function, ReadOnlySpan<double> v) => function switch
    {
        FormulaFunction.Min => Fold(v, static (a, b) => b < a ? b : a),
        FormulaFunction.Max => Fold(v, static (a, b) => b > a ? b : a),
        FormulaFunction.Clamp => Clamp(v[0], v[1], v[2]),
        FormulaFunction.Ratio => v[1] == 0 ? 0 : v[0] / v[1],
        FormulaFunction.Round => FormulaMath.Round(v[0], v.Length > 1 ? v[1] : 0),
        FormulaFunction.Abs => Math.Abs(v[0]),
        FormulaFunction.Steps => Steps(v),
        FormulaFunction.Linear => v[1] == v[2] ? Missing : Clamp((v[0] - v[1]) / (v[2] - v[1]), 0, 1),
        FormulaFunction.If or FormulaFunction.Has or FormulaFunction.Coalesce => Missing,
    };

    private static double Fold(ReadOnlySpan<double> values, Func<double, double, double> pick)
    {
        var result = values[0];
        foreach (var value in values[1..])
        {
            result = pick(result, value);
        }

        return result;
    }

    // min(max(x, lo), hi): with lo > hi (possible only when the bounds are inputs) the upper bound wins.
    private static double Clamp(double x, double lo, double hi)
    {
        var raised = x < lo ? lo : x;
        return raised > hi ? hi : raised;
    }

    // The points of the highest threshold that x reaches; with equal thresholds the later pair wins.
    private static double Steps(ReadOnlySpan<double> v)
    {
        var x = v[0];
        var points = 0.0;
        var best = double.NegativeInfinity;
        for (var i = 1; i + 1 < v.Length; i += 2)
        {
            if (x >= v[i] && v[i] >= best)
            {
                best = v[i];
                points = v[i + 1];
            }
        }

        return points;
    }
}
