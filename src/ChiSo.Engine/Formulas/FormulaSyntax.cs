using System.Collections.Immutable;

namespace ChiSo.Engine.Formulas;

/// <summary>A stretch of formula text: 0-based <see cref="Start"/> and <see cref="Length"/> in characters.</summary>
/// <param name="Start">0-based offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct FormulaSpan(int Start, int Length)
{
    /// <summary>1-based column of the first character, as diagnostics report it.</summary>
    public int Column => Start + 1;

    /// <summary>Offset just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static FormulaSpan Cover(FormulaSpan first, FormulaSpan last) => new(first.Start, last.End - first.Start);
}

/// <summary>The unary operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c>.</summary>
    Negate,

    /// <summary><c>not x</c>.</summary>
    Not,
}

/// <summary>The binary operators.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>; a zero divisor gives missing.</summary>
    Divide,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>and</c> (three-valued).</summary>
    And,

    /// <summary><c>or</c> (three-valued).</summary>
    Or,
}

/// <summary>A node of a parsed formula. Spans point into the formula text.</summary>
/// <param name="Span">Where the node is in the formula text.</param>
public abstract record FormulaSyntax(FormulaSpan Span);

/// <summary>A number literal such as <c>0.8</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record NumberSyntax(double Value, FormulaSpan Span) : FormulaSyntax(Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record BooleanSyntax(bool Value, FormulaSpan Span) : FormulaSyntax(Span);

/// <summary>A date literal <c>date(2024-12-31)</c>.</summary>
/// <param name="Value">The date.</param>
/// <param name="Span">Where it is.</param>
public sealed record DateSyntax(DateOnly Value, FormulaSpan Span) : FormulaSyntax(Span);

/// <summary>An identifier: an input id, or <c>max</c>.</summary>
/// <param name="Name">The identifier, Unicode-normalised to form C.</param>
/// <param name="Span">Where it is.</param>
public sealed record NameSyntax(string Name, FormulaSpan Span) : FormulaSyntax(Span);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">Where it is.</param>
public sealed record UnarySyntax(UnaryOperator Operator, FormulaSyntax Operand, FormulaSpan Span) : FormulaSyntax(Span);

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="OperatorSpan">Where the operator symbol is.</param>
/// <param name="Span">Where the whole operation is.</param>
public sealed record BinarySyntax(
    BinaryOperator Operator, FormulaSyntax Left, FormulaSyntax Right, FormulaSpan OperatorSpan, FormulaSpan Span)
    : FormulaSyntax(Span);

/// <summary>A function call <c>name(arguments)</c>, other than <c>choose</c>.</summary>
/// <param name="Function">The function name as written.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="NameSpan">Where the function name is.</param>
/// <param name="Span">Where the whole call is.</param>
public sealed record CallSyntax(
    string Function, ImmutableArray<FormulaSyntax> Arguments, FormulaSpan NameSpan, FormulaSpan Span)
    : FormulaSyntax(Span);

/// <summary>A choice-to-points table <c>choose(input, key = value, …, else = value)</c>.</summary>
/// <param name="Subject">The choice input.</param>
/// <param name="Arms">The arms in written order; an arm with key <c>else</c> is the fallback.</param>
/// <param name="NameSpan">Where the word <c>choose</c> is.</param>
/// <param name="Span">Where the whole table is.</param>
public sealed record ChooseSyntax(
    FormulaSyntax Subject, ImmutableArray<ChooseArm> Arms, FormulaSpan NameSpan, FormulaSpan Span)
    : FormulaSyntax(Span);

/// <summary>One arm of a <see cref="ChooseSyntax"/>: <c>key = value</c>.</summary>
/// <param name="Key">The option key, or <c>else</c>.</param>
/// <param name="KeySpan">Where the key is.</param>
/// <param name="Value">The value when the input has this option.</param>
public sealed record ChooseArm(string Key, FormulaSpan KeySpan, FormulaSyntax Value)
{
    /// <summary>The key that marks the fallback arm.</summary>
    public const string ElseKey = "else";
}

/// <summary>A place where the parser found no valid expression; a diagnostic has been reported for it.</summary>
/// <param name="Span">Where it is.</param>
public sealed record ErrorSyntax(FormulaSpan Span) : FormulaSyntax(Span);
