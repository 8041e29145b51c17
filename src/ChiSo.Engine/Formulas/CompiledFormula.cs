using System.Collections.Immutable;

namespace ChiSo.Engine.Formulas;

/// <summary>A compiled scoring rule. Thread-safe; evaluation allocates nothing.</summary>
public sealed class CompiledFormula
{
    // Evaluate takes a span, the compiled delegate an array: each thread copies into its own buffer.
    [ThreadStatic]
    private static double[]? buffer;

    /// <summary>The formula text.</summary>
    public required string Source { get; init; }

    /// <summary>The parsed formula, for tools that show or explain it.</summary>
    public FormulaSyntax Syntax { get; internal init; } = new ErrorSyntax(default);

    /// <summary>Number, or Boolean (then the result is 1 or 0).</summary>
    public FormulaType ResultType { get; internal init; }

    /// <summary>How many input values <see cref="Evaluate"/> expects: the context's inputs.</summary>
    public int InputCount { get; internal init; }

    /// <summary>Positions (in the context's order) of the inputs the formula refers to, ascending.</summary>
    public ImmutableArray<int> UsedInputs { get; internal init; } = [];

    internal BoundNode? Root { get; init; }

    internal Func<double[], double>? Compiled { get; init; }

    /// <summary>
    /// Evaluates with one value per input of the context, in its order (NaN = missing). Returns the raw result as
    /// a number (true = 1, false = 0); NaN when the result is missing. The caller clamps points to [0, max].
    /// </summary>
    /// <exception cref="ArgumentException">The number of values is not <see cref="InputCount"/>.</exception>
    public double Evaluate(ReadOnlySpan<double> inputs)
    {
        var compiled = Compiled ?? throw NotCompiled();
        CheckCount(inputs);
        var values = buffer;
        if (values is null || values.Length < inputs.Length)
        {
            buffer = values = new double[Math.Max(inputs.Length, 16)];
        }

        inputs.CopyTo(values);
        return compiled(values);
    }

    /// <summary>
    /// Evaluates by walking the tree instead of running the compiled code: slower, the reference semantics. Gives
    /// the same result as <see cref="Evaluate"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The number of values is not <see cref="InputCount"/>.</exception>
    public double Interpret(ReadOnlySpan<double> inputs)
    {
        var root = Root ?? throw NotCompiled();
        CheckCount(inputs);
        return FormulaInterpreter.Evaluate(root, inputs);
    }

    /// <inheritdoc/>
    public override string ToString() => Source;

    private void CheckCount(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != InputCount)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The formula '{Source}' takes {InputCount} input values, not {inputs.Length}."),
                nameof(inputs));
        }
    }

    private static InvalidOperationException NotCompiled() =>
        new("This formula was not produced by FormulaCompiler.Compile.");
}
