using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Lineage;

/// <summary>
/// Combines the predecessors' raw values of one input into the value a merged unit would have entered. The rule
/// depends on the kind of input:
/// <list type="bullet">
/// <item>integers (counts of systems, staff, procedures…): the sum;</item>
/// <item>numbers and percentages (rates, shares, averages): the mean weighted by population;</item>
/// <item>yes/no: yes only if every predecessor said yes (a merged unit has a thing only when all its parts do);</item>
/// <item>choice: the option that gives the criterion the fewest points (<see cref="LowestScoringOption"/>);</item>
/// <item>dates: the latest, the date by which every part had done it;</item>
/// <item>documents and files: present only if every predecessor had one.</item>
/// </list>
/// A missing value (NaN) in any predecessor makes the combined value missing: a combination of some of the parts
/// would misstate the whole.
/// </summary>
public static class InputCombiner
{
    /// <summary>Combines <paramref name="values"/> (one per predecessor) for an input of kind <paramref name="type"/>.</summary>
    /// <param name="type">The kind of input.</param>
    /// <param name="values">One value per predecessor.</param>
    /// <param name="weights">Population weights, one per predecessor, summing to 1.</param>
    /// <returns>The combined value; for <see cref="InputType.Choice"/> the first predecessor's option (callers pick the
    /// lowest-scoring one with <see cref="LowestScoringOption"/>).</returns>
    public static double Combine(InputType type, ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        if (values.IsEmpty || HasMissing(values))
        {
            return double.NaN;
        }

        return type switch
        {
            InputType.Integer => Sum(values),
            InputType.Number or InputType.Percentage => WeightedMean(values, weights),
            InputType.YesNo or InputType.Document or InputType.File => Min(values),
            InputType.Date => Max(values),
            InputType.Choice => values[0],
        };
    }

    /// <summary>
    /// Among the options the predecessors chose for input <paramref name="input"/> of <paramref name="node"/>, the one
    /// that gives the fewest points with the other inputs at <paramref name="inputs"/> (ties: the earliest option).
    /// A choice has no order of its own; its worth is what the criterion's rule gives for it.
    /// </summary>
    public static double LowestScoringOption(PlanNode node, int input, ReadOnlySpan<double> inputs, ReadOnlySpan<double> candidates)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (candidates.IsEmpty || HasMissing(candidates))
        {
            return double.NaN;
        }

        var trial = inputs.ToArray();
        var best = double.NaN;
        var bestPoints = double.PositiveInfinity;
        foreach (var option in candidates)
        {
            trial[input] = option;
            var points = node.Formula is { } formula ? formula.Evaluate(trial) : 0;
            points = double.IsNaN(points) ? double.NegativeInfinity : points;
            if (points < bestPoints || (points == bestPoints && option < best))
            {
                best = option;
                bestPoints = points;
            }
        }

        return best;
    }

    private static bool HasMissing(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static double WeightedMean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i] * weights[i];
        }

        return sum;
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
