using System.Collections.Immutable;

namespace ChiSo.Engine.Formulas;

/// <summary>The types of the formula language.</summary>
public enum FormulaType
{
    /// <summary>A number: number, percentage and integer inputs, <c>max</c>, arithmetic.</summary>
    Number,

    /// <summary>True or false: yes/no, document and file inputs, comparisons; carried as 1 and 0.</summary>
    Boolean,

    /// <summary>A date: date inputs and <c>date(2024-12-31)</c>; carried as <see cref="DateOnly.DayNumber"/>.</summary>
    Date,

    /// <summary>A choice input; usable only in <c>choose</c> and <c>has</c>.</summary>
    Choice,
}

/// <summary>The built-in functions other than <c>choose</c>.</summary>
internal enum FormulaFunction
{
    If,
    Min,
    Max,
    Clamp,
    Ratio,
    Round,
    Abs,
    Has,
    Coalesce,
    Steps,
    Linear,
}

// The type-checked tree that both the interpreter and the compiler run: names are resolved to input
// positions, max to its value, choose keys to option indices.
internal abstract record BoundNode(FormulaType Type);

internal sealed record BoundConstant(double Value, FormulaType Type) : BoundNode(Type);

internal sealed record BoundInput(int Index, FormulaType Type) : BoundNode(Type);

internal sealed record BoundUnary(UnaryOperator Operator, BoundNode Operand, FormulaType Type) : BoundNode(Type);

internal sealed record BoundBinary(BinaryOperator Operator, BoundNode Left, BoundNode Right, FormulaType Type)
    : BoundNode(Type);

internal sealed record BoundCall(FormulaFunction Function, ImmutableArray<BoundNode> Arguments, FormulaType Type)
    : BoundNode(Type);

/// <summary><see cref="Arms"/> has one entry per option of the input; null entries fall to <see cref="Else"/>.</summary>
internal sealed record BoundChoose(BoundNode Subject, ImmutableArray<BoundNode?> Arms, BoundNode? Else, FormulaType Type)
    : BoundNode(Type);
