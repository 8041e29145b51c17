using System.Collections.Immutable;

namespace ChiSo.Engine.Formulas;

/// <summary>The result of parsing: a tree (with <see cref="ErrorSyntax"/> where the text was wrong) and the problems.</summary>
/// <param name="Syntax">The tree; never null, even for empty or broken text.</param>
/// <param name="Diagnostics">Lexical and syntax problems, in order of column.</param>
public sealed record FormulaParseResult(FormulaSyntax Syntax, ImmutableArray<FormulaDiagnostic> Diagnostics);

/// <summary>Parses formula text into a <see cref="FormulaSyntax"/> tree. Never throws on any text.</summary>
public sealed partial class FormulaParser
{
    /// <summary>Longest formula accepted; keeps the recursive passes far from the stack limit.</summary>
    public const int MaxLength = 2000;

    /// <summary>Deepest nesting of brackets, calls and prefix operators accepted.</summary>
    public const int MaxNesting = 50;

    private readonly List<Token> tokens;
    private readonly List<FormulaDiagnostic> diagnostics;
    private int position;
    private int depth;
    private int lastErrorAt = -1;
    private bool abandoned;

    private FormulaParser(List<Token> tokens, List<FormulaDiagnostic> diagnostics)
    {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    private Token Current => tokens[position];

    /// <summary>Parses <paramref name="source"/>.</summary>
    public static FormulaParseResult Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<FormulaDiagnostic>();
        var whole = new FormulaSpan(0, source.Length);
        if (source.Length > MaxLength)
        {
            diagnostics.Add(Diagnostic(new FormulaSpan(MaxLength, source.Length - MaxLength),
                FormulaMessages.TooLong(source.Length, MaxLength)));
            return new FormulaParseResult(new ErrorSyntax(whole), [.. diagnostics]);
        }

        var tokens = FormulaLexer.Tokenize(source, diagnostics);
        var parser = new FormulaParser(tokens, diagnostics);
        var syntax = parser.ParseFormula(source);
        return new FormulaParseResult(syntax, [.. diagnostics.OrderBy(d => d.Column)]);
    }

    private FormulaSyntax ParseFormula(string source)
    {
        if (Current.Kind == TokenKind.End)
        {
            Error(new FormulaSpan(0, Math.Max(1, source.Length)), FormulaMessages.EmptyFormula());
            return new ErrorSyntax(new FormulaSpan(0, source.Length));
        }

        var syntax = ParseOr();
        if (Current.Kind != TokenKind.End)
        {
            Error(Current.Span, FormulaMessages.UnexpectedToken(Current.Text));
        }

        return syntax;
    }

    private FormulaSyntax ParseOr() => ParseLeftAssociative(ParseAnd, static kind => kind switch
    {
        TokenKind.Or => BinaryOperator.Or,
        _ => null,
    });

    private FormulaSyntax ParseAnd() => ParseLeftAssociative(ParseNot, static kind => kind switch
    {
        TokenKind.And => BinaryOperator.And,
        _ => null,
    });

    // `not` binds looser than comparisons, as in Python: not x > 3 means not (x > 3).
    private FormulaSyntax ParseNot() => Current.Kind == TokenKind.Not
        ? ParsePrefix(UnaryOperator.Not, ParseNot)
        : ParseComparison();

    private FormulaSyntax ParseComparison() => ParseLeftAssociative(ParseAdditive, static kind => kind switch
    {
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        _ => null,
    });

    private FormulaSyntax ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, static kind => kind switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        _ => null,
    });

    private FormulaSyntax ParseMultiplicative() => ParseLeftAssociative(ParseNegation, static kind => kind switch
    {
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        _ => null,
    });

    private FormulaSyntax ParseNegation() => Current.Kind == TokenKind.Minus
        ? ParsePrefix(UnaryOperator.Negate, ParseNegation)
        : ParsePrimary();

    private FormulaSyntax ParseLeftAssociative(Func<FormulaSyntax> operand, Func<TokenKind, BinaryOperator?> operatorOf)
    {
        var left = operand();
        while (SkipInvalid() && operatorOf(Current.Kind) is { } op)
        {
            var operatorSpan = Current.Span;
            position++;
            var right = operand();
            left = new BinarySyntax(op, left, right, operatorSpan, FormulaSpan.Cover(left.Span, right.Span));
        }

        return left;
    }

    // Where an operator is expected, a bad character (already reported) is passed over: `a $ + x` goes on to check x.
    private bool SkipInvalid()
    {
        while (Current.Kind == TokenKind.Invalid)
        {
            position++;
        }

        return true;
    }

    private UnarySyntax ParsePrefix(UnaryOperator op, Func<FormulaSyntax> operand)
    {
        var start = Current.Span;
        position++;
        var inner = Nested(operand);
        return new UnarySyntax(op, inner, FormulaSpan.Cover(start, inner.Span));
    }

    // Counts nesting so that pathological text cannot overflow the stack; past the limit the rest is skipped.
    private FormulaSyntax Nested(Func<FormulaSyntax> parse)
    {
        if (depth >= MaxNesting)
        {
            var span = FormulaSpan.Cover(Current.Span, tokens[^1].Span);
            Error(Current.Span, FormulaMessages.TooDeep(MaxNesting));
            abandoned = true;
            position = tokens.Count - 1;
            return new ErrorSyntax(span);
        }

        depth++;
        var result = parse();
        depth--;
        return result;
    }

    private void Error(FormulaSpan span, Bilingual message)
    {
        // One report per place: a wrong token often upsets the parser more than once at the same spot.
        if (abandoned || span.Start <= lastErrorAt)
        {
            return;
        }

        lastErrorAt = span.Start;
        diagnostics.Add(Diagnostic(span, message));
    }

    private static FormulaDiagnostic Diagnostic(FormulaSpan span, Bilingual message) =>
        new(span.Column, Math.Max(1, span.Length), message.Vi, message.En);
}
