using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Formulas;

// CONTRACT STUB written by the lead: the formula helper replaces the bodies and may add members,
// but keeps these signatures (the framework validator and the scorer call them).

/// <summary>What a scoring rule may refer to: the criterion's inputs and its maximum points (<c>max</c>).</summary>
/// <param name="Inputs">The criterion's inputs, in declaration order; values are passed in this order.</param>
/// <param name="MaxPoints">The criterion's maximum points, the value of the identifier <c>max</c>.</param>
public sealed record FormulaContext(ImmutableArray<InputDefinition> Inputs, double MaxPoints);

/// <summary>A problem in a formula; <see cref="Column"/> is 1-based within the formula text.</summary>
/// <param name="Column">1-based column in the formula text.</param>
/// <param name="Length">Length of the offending text (at least 1).</param>
/// <param name="MessageVi">Vietnamese sentence.</param>
/// <param name="MessageEn">English sentence.</param>
public sealed record FormulaDiagnostic(int Column, int Length, string MessageVi, string MessageEn);

/// <summary>The result of compiling a formula: the compiled form, or the problems.</summary>
/// <param name="Formula">The compiled formula, null when there are errors.</param>
/// <param name="Diagnostics">Every problem found.</param>
public sealed record FormulaCompilation(CompiledFormula? Formula, ImmutableArray<FormulaDiagnostic> Diagnostics)
{
    /// <summary>True when the formula compiled.</summary>
    public bool Succeeded => Formula is not null;
}

/// <summary>Parses, type-checks and compiles scoring rules.</summary>
public static class FormulaCompiler
{
    /// <summary>Compiles <paramref name="source"/> against <paramref name="context"/>.</summary>
    public static FormulaCompilation Compile(string source, FormulaContext context) =>
        throw new NotImplementedException();
}

/// <summary>A compiled scoring rule. Thread-safe; evaluation allocates nothing.</summary>
public sealed class CompiledFormula
{
    /// <summary>The formula text.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Evaluates with one value per input of the context, in its order (NaN = missing). Returns the raw result as
    /// a number (true = 1, false = 0); NaN when the result is missing. The caller clamps points to [0, max].
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> inputs) => throw new NotImplementedException();
}
