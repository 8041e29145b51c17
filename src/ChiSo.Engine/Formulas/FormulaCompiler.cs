using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Formulas;

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

/// <summary>
/// Parses, type-checks and compiles scoring rules written in ChiSo's formula language
/// (docs/formula-language.md has the full description, in Vietnamese and English).
/// </summary>
/// <remarks>
/// <para><b>Values and types.</b> number (number, percentage, integer inputs; <c>max</c>, the criterion's maximum
/// points; literals such as <c>0.8</c>, decimal point only); true/false (yes/no inputs, document and file inputs,
/// which are true when given; <c>true</c>, <c>false</c>; comparisons); date (date inputs, <c>date(2024-12-31)</c>;
/// date ± number is a date, date − date a number of days); choice (choice inputs, usable only in <c>choose</c> and
/// <c>has</c>). There are no implicit conversions: write <c>if(flag, max, 0)</c>, not <c>max * flag</c>.</para>
/// <para><b>Operators</b>, loosest first: <c>or</c>; <c>and</c>; <c>not</c>; <c>&lt; &lt;= &gt; &gt;= = !=</c>;
/// <c>+ -</c>; <c>* /</c>; unary <c>-</c>. Brackets group.</para>
/// <para><b>Functions.</b> <c>if(c, a, b)</c>; <c>min(a, b, …)</c>; <c>max(a, b, …)</c> (<c>max</c> without
/// brackets is the maximum points); <c>clamp(x, lo, hi)</c> = min(max(x, lo), hi); <c>ratio(a, b)</c> = a / b but 0
/// when b = 0; <c>round(x, n)</c> half away from zero; <c>abs(x)</c>; <c>has(x)</c>, true when x is not missing;
/// <c>coalesce(x, y, …)</c>, the first value not missing; <c>steps(x, t1, p1, t2, p2, …)</c>, the points of the
/// highest threshold x reaches, 0 below the first; <c>linear(x, lo, hi)</c> = clamp((x − lo) / (hi − lo), 0, 1),
/// lo &gt; hi when lower is better; <c>choose(choice, key = value, …, else = value)</c>, every option covered or an
/// <c>else</c> arm.</para>
/// <para><b>Missing values</b> (NaN) propagate through arithmetic, comparisons and functions, except: <c>has</c>
/// and <c>coalesce</c> look at missingness; <c>if</c> and <c>choose</c> evaluate only the chosen branch; <c>and</c>
/// and <c>or</c> use three-valued logic (false and missing = false; true or missing = true). <c>x / 0</c> is
/// missing; <c>ratio(x, 0)</c> is 0. A missing result means the criterion scores 0 and is flagged incomplete.</para>
/// </remarks>
public static class FormulaCompiler
{
    /// <summary>
    /// Compiles <paramref name="source"/> against <paramref name="context"/>. Never throws for any text: every
    /// problem comes back in <see cref="FormulaCompilation.Diagnostics"/>, in order of column.
    /// </summary>
    public static FormulaCompilation Compile(string source, FormulaContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var parsed = FormulaParser.Parse(source);
        var diagnostics = new List<FormulaDiagnostic>(parsed.Diagnostics);
        var binder = new FormulaBinder(source, context, diagnostics);
        var root = binder.Bind(parsed.Syntax);
        if (root is { Type: not (FormulaType.Number or FormulaType.Boolean) })
        {
            diagnostics.Add(new FormulaDiagnostic(1, Math.Max(1, source.Length),
                FormulaMessages.ResultType(root.Type).Vi, FormulaMessages.ResultType(root.Type).En));
        }

        if (root is null || diagnostics.Count > 0)
        {
            return new FormulaCompilation(null, [.. diagnostics.OrderBy(d => d.Column)]);
        }

        var formula = new CompiledFormula
        {
            Source = source,
            Syntax = parsed.Syntax,
            ResultType = root.Type,
            InputCount = context.Inputs.IsDefault ? 0 : context.Inputs.Length,
            UsedInputs = binder.UsedInputs,
            Root = root,
            Compiled = FormulaEmitter.Compile(root),
        };
        return new FormulaCompilation(formula, []);
    }
}
