using System.Collections.Immutable;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>A sample value that could not be read for an input.</summary>
/// <param name="InputId">The input's id.</param>
/// <param name="Problem">What was expected.</param>
public sealed record SampleProblem(string InputId, Bilingual Problem);

/// <summary>
/// What a scoring rule gives for sample inputs: its problems when it does not compile, else the raw result and the
/// points, computed as scoring computes them.
/// </summary>
/// <param name="Diagnostics">The rule's problems, each with its column; empty when it compiled.</param>
/// <param name="Words">The rule in plain words; null when it does not parse.</param>
/// <param name="SampleProblems">Sample values that are not values of their input's type (they count as missing).</param>
/// <param name="Raw">The rule's raw result (true = 1, false = 0; NaN when missing); null when it did not compile.</param>
/// <param name="Points">The points: the result kept within [0, max], 0 when missing; null when it did not compile.</param>
/// <param name="Incomplete">True when the result was missing, so the criterion would be flagged incomplete.</param>
public sealed record RuleTrialResult(
    ImmutableArray<FormulaDiagnostic> Diagnostics, Bilingual? Words, ImmutableArray<SampleProblem> SampleProblems, double? Raw, double? Points, bool Incomplete);

/// <summary>Checks a rule as it is being written and tries it on sample values ("Thử / Try it").</summary>
public static class RuleTrial
{
    /// <summary>
    /// Compiles <paramref name="rule"/> for a criterion with <paramref name="inputs"/> and <paramref name="maxPoints"/>,
    /// and, when it compiles, evaluates it with the values typed in <paramref name="samples"/> (by input id, read as
    /// the data-entry form reads them; an input without a sample is missing).
    /// </summary>
    public static RuleTrialResult Try(string rule, ImmutableArray<InputDefinition> inputs, double maxPoints, IReadOnlyDictionary<string, string?> samples)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(samples);
        var declared = inputs.IsDefault ? [] : inputs;
        var compilation = FormulaCompiler.Compile(rule, new FormulaContext(declared, maxPoints));
        var words = FormulaWords.Describe(rule, declared);
        var problems = ImmutableArray.CreateBuilder<SampleProblem>();
        var values = new double[declared.Length];
        for (var k = 0; k < declared.Length; k++)
        {
            var typed = samples.TryGetValue(declared[k].Id, out var text) ? text : null;
            if (!InputCodec.TryEncode(declared[k], typed, out _, out values[k], out var problem))
            {
                values[k] = double.NaN;
                problems.Add(new SampleProblem(declared[k].Id, problem));
            }
        }

        if (compilation.Formula is not { } formula)
        {
            return new RuleTrialResult(compilation.Diagnostics, words, problems.ToImmutable(), null, null, false);
        }

        var raw = formula.Evaluate(values);
        var (points, incomplete) = PointsScorer.PointsOf(raw, maxPoints);
        return new RuleTrialResult([], words, problems.ToImmutable(), raw, points, incomplete);
    }
}
