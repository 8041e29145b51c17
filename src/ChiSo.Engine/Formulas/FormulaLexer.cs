using System.Globalization;
using System.Text;

namespace ChiSo.Engine.Formulas;

internal enum TokenKind
{
    End,

    // A character that cannot start a token; reported by the lexer, stands for an operand to the parser.
    Invalid,
    Number,
    Identifier,
    Date,
    True,
    False,
    And,
    Or,
    Not,
    Plus,
    Minus,
    Star,
    Slash,
    OpenParen,
    CloseParen,
    Comma,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

/// <summary>A token; <see cref="Value"/> holds a number's value or a date's day number.</summary>
internal readonly record struct Token(TokenKind Kind, FormulaSpan Span, string Text, double Value = 0);

/// <summary>Splits formula text into tokens. Reports bad characters and keeps going, so every one is reported.</summary>
internal sealed partial class FormulaLexer(string source, List<FormulaDiagnostic> diagnostics)
{
    private int position;

    public static List<Token> Tokenize(string source, List<FormulaDiagnostic> diagnostics)
    {
        var lexer = new FormulaLexer(source, diagnostics);
        var tokens = new List<Token>();
        while (lexer.Next() is { } token)
        {
            tokens.Add(token);
        }

        tokens.Add(new Token(TokenKind.End, new FormulaSpan(source.Length, 0), ""));
        return tokens;
    }

    private Token? Next()
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (char.IsAsciiDigit(c))
            {
                return ReadNumber();
            }
            else if (char.IsLetter(c) || c == '_')
            {
                return ReadWord();
            }
            else
            {
                return ReadOperator();
            }
        }

        return null;
    }

    private Token ReadNumber()
    {
        var start = position;
        SkipDigits();
        if (position < source.Length && source[position] == '.')
        {
            position++;
            if (position < source.Length && char.IsAsciiDigit(source[position]))
            {
                SkipDigits();
            }
            else
            {
                Report(start, position - start, FormulaMessages.NumberWithoutDecimals(source[start..position]));
            }
        }

        var text = source[start..position];
        var value = double.Parse(text.TrimEnd('.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, new FormulaSpan(start, position - start), text, value);
    }

    private void SkipDigits()
    {
        while (position < source.Length && char.IsAsciiDigit(source[position]))
        {
            position++;
        }
    }

    private Token ReadWord()
    {
        var start = position;
        while (position < source.Length && IsIdentifierPart(source[position]))
        {
            position++;
        }

        // Vietnamese text typed on some systems arrives decomposed (NFD); ids compare in form C.
        var text = source[start..position].Normalize(NormalizationForm.FormC);
        var span = new FormulaSpan(start, position - start);
        return text switch
        {
            "and" => new Token(TokenKind.And, span, text),
            "or" => new Token(TokenKind.Or, span, text),
            "not" => new Token(TokenKind.Not, span, text),
            "true" => new Token(TokenKind.True, span, text, 1),
            "false" => new Token(TokenKind.False, span, text, 0),
            "date" => ReadDate(start) ?? new Token(TokenKind.Identifier, span, text),
            _ => new Token(TokenKind.Identifier, span, text),
        };
    }

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // date(yyyy-MM-dd) is one token: read as arithmetic, 2024-12-31 would be a subtraction.
    private Token? ReadDate(int start)
    {
        var at = SkipSpaces(position);
        if (at >= source.Length || source[at] != '(')
        {
            return null;
        }

        var textStart = SkipSpaces(at + 1);
        if (textStart + 10 > source.Length || !LooksLikeDate(source.AsSpan(textStart, 10)))
        {
            return null;
        }

        var close = SkipSpaces(textStart + 10);
        if (close >= source.Length || source[close] != ')')
        {
            return null;
        }

        var text = source.Substring(textStart, 10);
        position = close + 1;
        var span = new FormulaSpan(start, position - start);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Report(textStart, 10, FormulaMessages.InvalidDate(text));
            return new Token(TokenKind.Date, span, text);
        }

        return new Token(TokenKind.Date, span, text, date.DayNumber);
    }

    private static bool LooksLikeDate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 4 or 7 ? text[i] == '-' : char.IsAsciiDigit(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private int SkipSpaces(int at)
    {
        while (at < source.Length && char.IsWhiteSpace(source[at]))
        {
            at++;
        }

        return at;
    }

    private void Report(int start, int length, Bilingual message) =>
        diagnostics.Add(new FormulaDiagnostic(start + 1, Math.Max(1, length), message.Vi, message.En));
}
