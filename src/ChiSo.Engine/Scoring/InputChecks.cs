using System.Collections.Immutable;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>A check of a criterion compiled against its inputs, with the sentence shown when it fails.</summary>
/// <param name="Definition">The check as declared.</param>
/// <param name="Formula">The compiled yes/no rule.</param>
/// <param name="Message">What the user is told when it fails: the declared message, or the rule in words.</param>
/// <param name="Inputs">Ids of the inputs the rule names, in declaration order.</param>
public sealed record CompiledCheck(InputCheck Definition, CompiledFormula Formula, Bilingual Message, ImmutableArray<string> Inputs);

/// <summary>A check that the values of a criterion fail.</summary>
/// <param name="Criterion">The criterion's code.</param>
/// <param name="Severity">Error (blocks the sign-off) or warning.</param>
/// <param name="Message">What the user is told.</param>
/// <param name="Inputs">Ids of the inputs concerned.</param>
public sealed record CheckFailure(string Criterion, CheckSeverity Severity, Bilingual Message, ImmutableArray<string> Inputs);

/// <summary>The result of compiling one check.</summary>
/// <param name="Check">The compiled check; null when it has problems.</param>
/// <param name="Diagnostics">Problems of the rule, columns within the rule's text.</param>
/// <param name="NotCondition">True when the rule compiled but is not a yes/no condition.</param>
public sealed record CheckCompilation(CompiledCheck? Check, ImmutableArray<FormulaDiagnostic> Diagnostics, bool NotCondition);

/// <summary>
/// Compiles and evaluates the checks of criteria (docs/adr/0023-checks-on-inputs.md). Pure: values in, failures out.
/// A check does not apply while any input it names has no value (the user may be filling in the whole after the part);
/// it fails when its rule is false.
/// </summary>
public static class InputChecks
{
    /// <summary>Compiles <paramref name="check"/> against the inputs of <paramref name="criterion"/>.</summary>
    public static CheckCompilation Compile(FrameworkNode criterion, InputCheck check)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(check);
        var inputs = criterion.Inputs.IsDefault ? [] : criterion.Inputs;
        var compilation = FormulaCompiler.Compile(check.Rule, new FormulaContext(inputs, FrameworkTree.MaxOf(criterion)));
        if (compilation.Formula is not { } formula)
        {
            return new CheckCompilation(null, compilation.Diagnostics, false);
        }

        if (formula.ResultType != FormulaType.Boolean)
        {
            return new CheckCompilation(null, [], true);
        }

        var words = FormulaWords.Describe(check.Rule, inputs) ?? Bilingual.Same(check.Rule);
        var message = new Bilingual(
            check.Message ?? $"Cần có: {words.Vi}.",
            check.MessageEn ?? $"Required: {words.En}.");
        var used = formula.UsedInputs.Select(i => inputs[i].Id).ToImmutableArray();
        return new CheckCompilation(new CompiledCheck(check, formula, message, used), [], false);
    }

    /// <summary>The checks of <paramref name="criterion"/> that compile; problems are the validator's to report.</summary>
    public static ImmutableArray<CompiledCheck> CompileAll(FrameworkNode criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return [.. (criterion.Checks.IsDefault ? [] : criterion.Checks).Select(c => Compile(criterion, c).Check).OfType<CompiledCheck>()];
    }

    /// <summary>
    /// The checks of <paramref name="criterion"/> that <paramref name="values"/> (one per input, in declaration order,
    /// NaN when missing) fail, in declaration order.
    /// </summary>
    public static ImmutableArray<CheckFailure> Failures(PlanNode criterion, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var failures = ImmutableArray.CreateBuilder<CheckFailure>();
        foreach (var check in criterion.Checks)
        {
            if (Fails(check, values))
            {
                failures.Add(new CheckFailure(criterion.Code, check.Definition.Severity, check.Message, check.Inputs));
            }
        }

        return failures.ToImmutable();
    }

    /// <summary>
    /// What the stored values of one unit break, criterion by criterion in the framework's order: each value against its
    /// input's bounds and date window (<see cref="InputBounds"/>), then each criterion's checks. The one rule the form,
    /// the save response, the submit page and the sign-off apply.
    /// </summary>
    /// <param name="plan">The framework's plan.</param>
    /// <param name="stored">The stored value of (criterion code, input id); default when there is none.</param>
    /// <param name="periodStart">First day of the campaign's period, for <c>within: period</c>.</param>
    /// <param name="periodEnd">Last day of the campaign's period.</param>
    /// <param name="criterion">Only this criterion's failures; null for every criterion.</param>
    public static ImmutableArray<CheckFailure> OfValues(
        ScoringPlan plan, Func<string, string, StoredValue> stored, DateOnly? periodStart, DateOnly? periodEnd, string? criterion = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stored);
        var failures = ImmutableArray.CreateBuilder<CheckFailure>();
        foreach (var leaf in plan.Leaves)
        {
            var node = plan.Nodes[leaf];
            if (criterion is not null && node.Code != criterion)
            {
                continue;
            }

            var values = new double[node.Inputs.Length];
            for (var k = 0; k < node.Inputs.Length; k++)
            {
                var input = node.Inputs[k];
                var value = stored(node.Code, input.Id);
                values[k] = InputCodec.Decode(input, value);
                if (InputBounds.Problem(input, value, periodStart, periodEnd) is { } problem)
                {
                    failures.Add(new CheckFailure(node.Code, CheckSeverity.Error, problem, [input.Id]));
                }
            }

            failures.AddRange(Failures(node, values));
        }

        return failures.ToImmutable();
    }

    /// <summary>True when every input <paramref name="check"/> names has a value and its rule is false.</summary>
    public static bool Fails(CompiledCheck check, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(check);
        foreach (var used in check.Formula.UsedInputs)
        {
            if (double.IsNaN(values[used]))
            {
                return false;
            }
        }

        return check.Formula.Evaluate(values) == 0;
    }
}
