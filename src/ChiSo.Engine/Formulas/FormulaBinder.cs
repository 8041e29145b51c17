using System.Collections.Immutable;
using System.Text;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Formulas;

/// <summary>
/// The type checker: resolves names against the criterion's inputs, checks every operator and call, and builds the
/// <see cref="BoundNode"/> tree. Returns null for a node with an error (already reported), so that one mistake is
/// reported once and does not cascade to the nodes around it.
/// </summary>
internal sealed partial class FormulaBinder(string source, FormulaContext context, List<FormulaDiagnostic> diagnostics)
{
    private readonly bool[] used = new bool[context.Inputs.IsDefault ? 0 : context.Inputs.Length];

    private ImmutableArray<InputDefinition> Inputs => context.Inputs.IsDefault ? [] : context.Inputs;

    /// <summary>Positions of the inputs the formula refers to, ascending.</summary>
    public ImmutableArray<int> UsedInputs => [.. Enumerable.Range(0, used.Length).Where(i => used[i])];

    public BoundNode? Bind(FormulaSyntax syntax) => syntax switch
    {
        NumberSyntax number => new BoundConstant(number.Value, FormulaType.Number),
        BooleanSyntax boolean => new BoundConstant(boolean.Value ? 1 : 0, FormulaType.Boolean),
        DateSyntax date => new BoundConstant(date.Value.DayNumber, FormulaType.Date),
        NameSyntax name => BindName(name),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        CallSyntax call => BindCall(call),
        ChooseSyntax choose => BindChoose(choose),
        _ => null,
    };

    public static FormulaType TypeOf(InputType type) => type switch
    {
        InputType.Number or InputType.Percentage or InputType.Integer => FormulaType.Number,
        InputType.YesNo or InputType.Document or InputType.File => FormulaType.Boolean,
        InputType.Date => FormulaType.Date,
        InputType.Choice => FormulaType.Choice,
    };

    private BoundNode? BindName(NameSyntax name)
    {
        // `max` is the criterion's maximum even if an input is called max; the validator reports such an input.
        if (name.Name == "max")
        {
            return new BoundConstant(context.MaxPoints, FormulaType.Number);
        }

        var index = FindInput(name.Name);
        if (index < 0)
        {
            Report(name.Span, FormulaFunctions.IsFunctionName(name.Name)
                ? FormulaMessages.FunctionWithoutArguments(name.Name)
                : FormulaMessages.UnknownInput(name.Name, Inputs.Select(i => i.Id)));
            return null;
        }

        used[index] = true;
        return new BoundInput(index, TypeOf(Inputs[index].Type));
    }

    private int FindInput(string name)
    {
        for (var i = 0; i < Inputs.Length; i++)
        {
            if (string.Equals(Inputs[i].Id.Normalize(NormalizationForm.FormC), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private BoundUnary? BindUnary(UnarySyntax unary)
    {
        var operand = Bind(unary.Operand);
        var (symbol, expected) = unary.Operator switch
        {
            UnaryOperator.Negate => ("-", FormulaType.Number),
            UnaryOperator.Not => ("not", FormulaType.Boolean),
        };
        if (operand is null)
        {
            return null;
        }

        if (operand.Type != expected)
        {
            Report(unary.Operand.Span, FormulaMessages.OperandType(symbol, Excerpt(unary.Operand.Span), operand.Type, [expected]));
            return null;
        }

        return new BoundUnary(unary.Operator, operand, expected);
    }

    private string Excerpt(FormulaSpan span)
    {
        const int limit = 40;
        var start = Math.Clamp(span.Start, 0, source.Length);
        var length = Math.Clamp(span.Length, 0, source.Length - start);
        return length <= limit ? source.Substring(start, length) : string.Concat(source.AsSpan(start, limit), "…");
    }

    private void Report(FormulaSpan span, Bilingual message) =>
        diagnostics.Add(new FormulaDiagnostic(span.Column, Math.Max(1, span.Length), message.Vi, message.En));
}
